package dev.filmgen.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.filmgen.FilmAgent;
import dev.filmgen.FilmAgentBuilder;
import dev.filmgen.TurnResult;
import dev.filmgen.calls.CallKind;
import dev.filmgen.cost.Charge;
import dev.filmgen.cost.FilmCost;
import dev.filmgen.cost.ModelPrice;
import dev.filmgen.cost.PriceList;
import dev.filmgen.domain.Topic;
import dev.filmgen.error.BudgetExceededException;
import dev.filmgen.event.FilmEvent;
import dev.filmgen.intent.Intent;
import dev.filmgen.model.Units;
import dev.filmgen.session.InMemorySessionStore;
import dev.filmgen.stage.Stage;
import dev.filmgen.testing.Agents;
import dev.filmgen.testing.FakeModels;
import dev.filmgen.testing.MemoryStorage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a turn costs, from the units its calls billed, and the budget: a call that would pass it is not made, the turn
 * stops keeping everything, and the same request with a larger budget finishes without a repeated paid call.
 */
class CostAndBudgetTest {
    /** Pictures ¥0.20, clips ¥1 a second at 720P (¥5 a clip), speech ¥0.001 a character; text free. */
    private static final PriceList PRICES = PriceList.builder()
            .price("fake-roleimage", ModelPrice.from("test").per(Units.IMAGES, "0.20").build())
            .price("fake-firstframeimage", ModelPrice.from("test").per(Units.IMAGES, "0.20").build())
            .price("fake-video", ModelPrice.from("test").per(Units.videoSeconds("720P"), "1").build())
            .price("fake-audio", ModelPrice.from("test").per(Units.CHARACTERS, "0.001").build())
            .price("fake", ModelPrice.free("test text models"))
            .build();

    private final InMemorySessionStore store = new InMemorySessionStore();
    private final MemoryStorage storage = new MemoryStorage();

    private FilmAgentBuilder agent(FakeModels models) {
        return Agents.builder(models).prices(PRICES).sessionStore(store).storage(storage);
    }

    private static BigDecimal yuan(String s) {
        return new BigDecimal(s);
    }

    private static void assertYuan(String expected, BigDecimal actual) {
        assertEquals(0, yuan(expected).compareTo(actual), "expected ¥" + expected + ", was ¥" + actual.toPlainString());
    }

    @Test
    void aFilmsCostSumsTheUnitsItsCallsRecordedByStageAndBoard() {
        FakeModels models = new FakeModels();
        List<FilmEvent> events = new ArrayList<>();
        TurnResult r;
        try (FilmAgent a = agent(models).build()) {
            r = a.generate("c", Topic.of("a red kettle"), events::add);
        }
        assertTrue(r.ok(), r.reply());
        // 2 portraits + 4 frames at ¥0.20, 4 clips of 5 s at ¥1, 4 narrations of 11 characters at ¥0.001
        assertYuan("21.244", r.cost().total());
        assertYuan("20", r.cost().stage(Stage.VIDEO).amount());
        assertYuan("5", r.cost().stage(Stage.VIDEO).items().get(2));
        assertYuan("0.8", r.cost().stage(Stage.FIRST_FRAME_IMAGE).amount());
        assertEquals(models.count(CallKind.TEXT) + models.count(CallKind.IMAGE) + models.count(CallKind.VIDEO)
                + models.count(CallKind.SPEECH), r.cost().calls(), "every model call is a charge");
        List<Charge> ledger = r.session().charges();
        assertEquals(r.cost().calls(), ledger.size(), "the session keeps every charge");
        assertTrue(ledger.stream().allMatch(Charge::estimated), "the fakes report no usage, so units are counted");
        assertEquals(5, ledger.stream().filter(c -> c.stage() == Stage.VIDEO).findFirst().orElseThrow().units()
                .get("video_seconds_720P"));
        assertTrue(r.cost().unpriced().isEmpty(), r.cost().unpriced().toString());

        List<FilmEvent.Charged> told = events.stream().filter(e -> e instanceof FilmEvent.Charged)
                .map(e -> (FilmEvent.Charged) e).toList();
        assertEquals(ledger.size(), told.size(), "each charge is told once, as it is saved");
        assertYuan("21.244", told.stream().map(FilmEvent.Charged::yuan).reduce(BigDecimal.ZERO, BigDecimal::add));
        FilmEvent.Charged clip = told.stream().filter(c -> c.stage() == Stage.VIDEO && c.item() == 2).findFirst()
                .orElseThrow();
        assertEquals("video", clip.kind());
        assertEquals(5L, clip.units().get("video_seconds_720P"));
        assertYuan("5", clip.yuan());
    }

    @Test
    void reusedResultsCostNothingAndTheirPriceIsCountedAsSaved() {
        FakeModels models = new FakeModels();
        try (FilmAgent a = agent(models).build()) {
            a.generate("c", Topic.of("a red kettle"), null);
            TurnResult again = a.run("c", new Intent.RunStage(Stage.VIDEO), null);
            assertTrue(again.ok(), again.reply());
            assertEquals(0, again.cost().calls());
            assertEquals(4, again.cost().reused());
            assertYuan("0", again.cost().total());
            assertYuan("20", again.cost().saved());
        }
    }

    @Test
    void theBudgetStopsBeforeTheCallThatWouldCrossItAndALargerBudgetFinishesWithoutPayingTwice() {
        FakeModels models = new FakeModels();
        List<FilmEvent> events = new ArrayList<>();
        TurnResult stopped;
        try (FilmAgent a = agent(models).budget(yuan("12")).build()) {
            stopped = a.generate("b", Topic.of("a red kettle"), events::add);
        }
        // Pictures and voices cost ¥1.244 in all and two clips ¥10, so only a third clip can cross ¥12. Which
        // pictures and voices were still to start when it was refused depends on scheduling: the checks below hold
        // whatever raced.
        assertFalse(stopped.ok());
        assertEquals(2, models.count(CallKind.VIDEO), "the third clip was never submitted");
        assertEquals(2, stopped.session().clips().size());
        assertNull(stopped.session().film());
        long images = models.count(CallKind.IMAGE);
        long voices = models.count(CallKind.SPEECH);
        assertYuan(billOf(images, 2, voices).toPlainString(), stopped.cost().total());
        assertTrue(stopped.cost().total().compareTo(yuan("12")) <= 0, stopped.cost().summary());
        assertEquals(paidCalls(models), stopped.cost().calls(), "every call made is on the bill");

        BudgetExceededException refusal = stopped.failures().stream().map(Throwable::getCause)
                .filter(c -> c instanceof BudgetExceededException).map(c -> (BudgetExceededException) c)
                .filter(e -> e.getMessage().contains("would cost about")).findFirst().orElseThrow();
        assertYuan("5", refusal.estimate());
        assertTrue(refusal.spent().add(refusal.estimate()).compareTo(yuan("12")) > 0,
                "the refused call would have crossed the budget: " + refusal.getMessage());
        assertTrue(stopped.failures().stream().allMatch(f -> f.getCause() instanceof BudgetExceededException),
                stopped.failures().toString());
        assertTrue(events.stream().anyMatch(e -> e instanceof FilmEvent.StageFailed
                && ((FilmEvent.StageFailed) e).code().equals("budget_exceeded")));
        assertTrue(stopped.reply().contains("Stopped at the budget of ¥12.00: "
                + FilmCost.yuan(stopped.cost().total()) + " spent in this turn"), stopped.reply());
        assertTrue(stopped.reply().contains("Video") && stopped.reply().contains("Film"), stopped.reply());

        long callsBefore = paidCalls(models);
        TurnResult resumed;
        try (FilmAgent a = agent(models).budget(yuan("30")).build()) {
            resumed = a.run("b", new Intent.MakeFilm(), null);
        }
        assertTrue(resumed.ok(), resumed.reply());
        assertTrue(resumed.session().film() != null);
        assertEquals(6, models.count(CallKind.IMAGE), "each picture was made once, before or after the stop");
        assertEquals(4, models.count(CallKind.VIDEO), "only the two missing clips were made");
        assertEquals(4, models.count(CallKind.SPEECH), "each voice was made once, before or after the stop");
        assertYuan(billOf(6 - images, 2, 4 - voices).toPlainString(), resumed.cost().total());
        assertEquals(paidCalls(models) - callsBefore, resumed.cost().calls());
        List<Charge> ledger = resumed.session().charges();
        assertEquals(paidCalls(models), ledger.size(), "one charge per paid call across both turns");
        assertEquals(ledger.size(), ledger.stream().map(Charge::key).distinct().count(), "no call was paid twice");
    }

    /** Model calls the fakes answered (the composition is no model call). */
    private static long paidCalls(FakeModels models) {
        return models.calls().stream().filter(c -> c.kind() != CallKind.COMPOSE).count();
    }

    /** What {@code images} pictures, {@code clips} clips and {@code voices} narrations cost at {@link #PRICES}. */
    private static BigDecimal billOf(long images, long clips, long voices) {
        return new BigDecimal("0.20").multiply(BigDecimal.valueOf(images))
                .add(new BigDecimal("5").multiply(BigDecimal.valueOf(clips)))
                .add(new BigDecimal("0.011").multiply(BigDecimal.valueOf(voices)));
    }

    @Test
    void noBudgetMeansNoLimitAndAZeroBudgetMakesNoPaidCall() {
        FakeModels models = new FakeModels();
        TurnResult r;
        try (FilmAgent a = agent(models).budget(BigDecimal.ZERO).build()) {
            r = a.generate("z", Topic.of("a red kettle"), null);
        }
        assertFalse(r.ok());
        assertEquals(0, models.count(CallKind.IMAGE) + models.count(CallKind.VIDEO) + models.count(CallKind.SPEECH));
        assertTrue(models.count(CallKind.TEXT) > 0, "free calls still run");
        assertYuan("0", r.cost().total());
    }
}
