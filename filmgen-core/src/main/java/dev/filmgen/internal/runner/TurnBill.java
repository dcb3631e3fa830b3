package dev.filmgen.internal.runner;

import dev.filmgen.cost.Charge;
import dev.filmgen.cost.FilmCost;
import dev.filmgen.cost.PriceList;
import dev.filmgen.error.BudgetExceededException;
import dev.filmgen.model.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A turn's bill: the calls it paid for and the results it reused, and its budget. Before a call the runner reserves
 * the call's estimated cost; a reservation that would take spending plus reservations over the budget is refused
 * and stops the turn. When the call returns, its reservation gives way to what it really billed; a failed call
 * (providers do not bill failed tasks) releases it. Thread-safe.
 */
public final class TurnBill {
    private final PriceList prices;
    private final BigDecimal budget;
    private final List<Charge> paid = new ArrayList<>();
    private final List<Charge> reused = new ArrayList<>();
    private final Set<String> warned = new HashSet<>();
    private BigDecimal spent = BigDecimal.ZERO;
    private BigDecimal reserved = BigDecimal.ZERO;
    private BudgetExceededException stop;

    /**
     * @param prices prices of every model (missing ones count as free and are reported)
     * @param budget most yuan the turn may spend, or null for no limit
     */
    public TurnBill(PriceList prices, BigDecimal budget) {
        this.prices = Objects.requireNonNull(prices, "prices");
        this.budget = budget;
    }

    /** A bill with no prices and no budget. */
    public static TurnBill unpriced() {
        return new TurnBill(PriceList.empty(), null);
    }

    public PriceList prices() {
        return prices;
    }

    /** Yuan for {@code units} of {@code model}; empty when the model has no price. */
    public Optional<BigDecimal> price(String model, Units units) {
        return prices.cost(model, units);
    }

    /** Whether {@code model} has no price and this is the first time the turn asks (to warn once). */
    public synchronized boolean firstUnpriced(String model) {
        return prices.find(model).isEmpty() && warned.add(model);
    }

    /**
     * Reserves {@code estimate} yuan for a call about to be made. {@code what} names the call for the refusal.
     * Throws {@link BudgetExceededException}, and stops the turn, when the turn would pass its budget.
     */
    public synchronized BigDecimal reserve(BigDecimal estimate, String what) {
        if (stop != null) {
            throw new BudgetExceededException(what + " was not made: the turn already stopped at its budget of "
                    + FilmCost.yuan(budget), budget, spent.add(reserved), estimate);
        }
        if (budget != null && spent.add(reserved).add(estimate).compareTo(budget) > 0) {
            stop = new BudgetExceededException(what + " was not made: it would cost about " + FilmCost.yuan(estimate)
                    + " and take the turn past its budget of " + FilmCost.yuan(budget) + " (" + FilmCost.yuan(spent)
                    + " spent" + (reserved.signum() > 0 ? ", " + FilmCost.yuan(reserved) + " in calls under way" : "")
                    + ")", budget, spent.add(reserved), estimate);
            throw stop;
        }
        reserved = reserved.add(estimate);
        return estimate;
    }

    /** A reserved call returned and billed {@code charge}. */
    public synchronized void paid(BigDecimal reservation, Charge charge) {
        reserved = reserved.subtract(reservation);
        paid.add(charge);
        spent = spent.add(prices.cost(charge.model(), charge.units()).orElse(BigDecimal.ZERO));
    }

    /** A reserved call failed: nothing billed. */
    public synchronized void released(BigDecimal reservation) {
        reserved = reserved.subtract(reservation);
    }

    /** A result was reused; {@code original} is the charge that first paid for it (empty units when unknown). */
    public synchronized void reused(Charge original) {
        reused.add(original);
    }

    /** The budget refusal that stopped the turn, if any. */
    public synchronized Optional<BudgetExceededException> stopped() {
        return Optional.ofNullable(stop);
    }

    /** The turn's budget, or null. */
    public BigDecimal budget() {
        return budget;
    }

    /** Yuan spent so far. */
    public synchronized BigDecimal spent() {
        return spent;
    }

    /** What the turn cost so far. */
    public synchronized FilmCost cost() {
        return FilmCost.of(new ArrayList<>(paid), new ArrayList<>(reused), prices);
    }
}
