package dev.filmgen.cost;

import dev.filmgen.stage.Stage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a turn cost: yuan (CNY) per stage and in total, the model calls made and the results reused, and what the
 * reuse saved. Worked out from the units each call billed ({@link Charge}) and a {@link PriceList}. Models with no
 * price count as free and are named in {@link #unpriced()}, so a missing price is visible, never silently zero.
 *
 * @param stages cost by stage (only stages that called or reused something)
 * @param total yuan paid
 * @param calls model calls made
 * @param reused results reused
 * @param saved yuan the reused results cost when they were made
 * @param unpriced models that were called but have no price
 * @param free whether every call went to a model priced at nothing (the offline models)
 */
public record FilmCost(Map<Stage, StageCost> stages, BigDecimal total, int calls, int reused, BigDecimal saved,
                       Set<String> unpriced, boolean free) {
    /** The currency of every amount. */
    public static final String CURRENCY = "CNY";
    /** A turn that called nothing. */
    public static final FilmCost NONE = new FilmCost(Map.of(), BigDecimal.ZERO, 0, 0, BigDecimal.ZERO, Set.of(), true);

    public FilmCost {
        Map<Stage, StageCost> m = new EnumMap<>(Stage.class);
        m.putAll(stages);
        stages = Collections.unmodifiableMap(m);
        unpriced = Collections.unmodifiableSet(new TreeSet<>(unpriced));
    }

    /** The cost of {@code paid} calls and {@code reused} results (the charges that first paid for them) at {@code prices}. */
    public static FilmCost of(List<Charge> paid, List<Charge> reused, PriceList prices) {
        Map<Stage, StageCost> stages = new EnumMap<>(Stage.class);
        Set<String> unpriced = new TreeSet<>();
        boolean free = true;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal saved = BigDecimal.ZERO;
        for (Charge c : paid) {
            BigDecimal amount = prices.cost(c.model(), c.units()).orElse(null);
            if (amount == null) {
                unpriced.add(c.model());
                amount = BigDecimal.ZERO;
                free = false;
            } else if (amount.signum() > 0 || !prices.find(c.model()).get().free()) {
                free = false;
            }
            total = total.add(amount);
            stages.merge(c.stage(), new StageCost(1, 0, amount, BigDecimal.ZERO, Map.of(c.item(), amount)),
                    StageCost::plus);
        }
        for (Charge c : reused) {
            BigDecimal amount = c.units().isEmpty() ? BigDecimal.ZERO
                    : prices.cost(c.model(), c.units()).orElse(BigDecimal.ZERO);
            saved = saved.add(amount);
            stages.merge(c.stage(), new StageCost(0, 1, BigDecimal.ZERO, amount, Map.of()), StageCost::plus);
        }
        return new FilmCost(stages, total, paid.size(), reused.size(), saved, unpriced, free);
    }

    /** The cost of one stage, {@link StageCost#NONE} when it called nothing. */
    public StageCost stage(Stage stage) {
        return stages.getOrDefault(stage, StageCost.NONE);
    }

    /** This turn's cost and {@code o}'s added up (for a command that runs several turns). */
    public FilmCost plus(FilmCost o) {
        Map<Stage, StageCost> m = new EnumMap<>(Stage.class);
        m.putAll(stages);
        o.stages.forEach((k, v) -> m.merge(k, v, StageCost::plus));
        Set<String> u = new TreeSet<>(unpriced);
        u.addAll(o.unpriced);
        return new FilmCost(m, total.add(o.total), calls + o.calls, reused + o.reused, saved.add(o.saved), u,
                free && o.free);
    }

    /** An amount as the user reads it: {@code ¥1.23}, or {@code ¥0.004} below a fen. */
    public static String yuan(BigDecimal amount) {
        BigDecimal a = amount.signum() != 0 && amount.abs().compareTo(new BigDecimal("0.01")) < 0
                ? amount.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros()
                : amount.setScale(2, RoundingMode.HALF_UP);
        return "¥" + a.toPlainString();
    }

    /** One line: {@code cost: ¥15.42 (31 calls, 4 reused, ¥0.80 saved)}, saying so when everything was free. */
    public String summary() {
        StringBuilder sb = new StringBuilder("cost: ").append(yuan(total)).append(" (").append(calls)
                .append(calls == 1 ? " call, " : " calls, ").append(reused).append(" reused");
        if (saved.signum() > 0) {
            sb.append(", ").append(yuan(saved)).append(" saved");
        }
        sb.append(')');
        if (free && calls > 0) {
            sb.append(" — offline models are free");
        }
        if (!unpriced.isEmpty()) {
            sb.append(String.format(Locale.ROOT, " — no price for %s, counted as ¥0 (config \"prices\")",
                    String.join(", ", unpriced)));
        }
        return sb.toString();
    }
}
