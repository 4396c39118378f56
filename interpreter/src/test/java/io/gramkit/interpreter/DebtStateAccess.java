package io.gramkit.interpreter;

import io.gramkit.interpreter.debt.DebtBook;
import io.gramkit.interpreter.debt.DebtStep;
import io.gramkit.model.debt.DebtSystem;

/** Test access for rule tests: gives an end-of-day state a debt block run through given prices. */
public final class DebtStateAccess {
    private DebtStateAccess() {}

    /**
     * Opens {@code system} at {@code prices[0]} and runs days 1.. at the others (the token's market
     * price equal to gold's); the state's day and gold become the last day's.
     */
    public static PathState debt(PathState state, DebtSystem system, double... prices) {
        DebtBook book = DebtStep.open(system, prices[0], prices[0]);
        for (int day = 1; day < prices.length; day++) {
            DebtStep.advance(book, day, prices[day], prices[day]);
            DebtStep.close(book);
        }
        state.debt = book;
        state.day = prices.length - 1;
        state.gold = prices[prices.length - 1];
        return state;
    }
}
