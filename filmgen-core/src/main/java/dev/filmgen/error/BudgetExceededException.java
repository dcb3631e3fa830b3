package dev.filmgen.error;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A model call was not made because its estimated cost would take the turn over its budget. Nothing was paid for
 * it; everything made before is kept, so the same turn with a larger budget goes on from here.
 */
public class BudgetExceededException extends NonRetriableException {
    private static final long serialVersionUID = 1L;
    private final BigDecimal budget;
    private final BigDecimal spent;
    private final BigDecimal estimate;

    /**
     * @param message what was not made and why
     * @param budget the turn's budget in yuan
     * @param spent yuan already spent (and committed to calls under way) in the turn
     * @param estimate the refused call's estimated yuan
     */
    public BudgetExceededException(String message, BigDecimal budget, BigDecimal spent, BigDecimal estimate) {
        super(message, null);
        this.budget = Objects.requireNonNull(budget, "budget");
        this.spent = Objects.requireNonNull(spent, "spent");
        this.estimate = Objects.requireNonNull(estimate, "estimate");
    }

    /** The turn's budget in yuan. */
    public BigDecimal budget() {
        return budget;
    }

    /** Yuan spent in the turn (with calls under way) when the call was refused. */
    public BigDecimal spent() {
        return spent;
    }

    /** The refused call's estimated cost in yuan. */
    public BigDecimal estimate() {
        return estimate;
    }
}
