package io.gramkit.interpreter;

import io.gramkit.interpreter.debt.DebtBook;
import io.gramkit.interpreter.debt.DebtColumns;
import io.gramkit.interpreter.debt.DebtStep;
import io.gramkit.model.Scenario;

/**
 * Where the worker, the snapshot and the outcomes meet the debt block: each a no-op for a path
 * without one, so a scenario without a debt block runs exactly as before.
 */
final class DebtDays {
    private DebtDays() {}

    static void open(PathState state, Scenario scenario) {
        state.debt = scenario.debt()
                .map(system -> DebtStep.open(system, state.gold, state.marketPrice))
                .orElse(null);
    }

    /** The debt block's day, after the token's day and before the rules. */
    static void advance(PathState state, int day) {
        if (state.debt != null) {
            DebtStep.advance(state.debt, day, state.gold, state.marketPrice);
        }
    }

    /** After the rules. */
    static void close(PathState state) {
        if (state.debt != null) {
            DebtStep.close(state.debt);
        }
    }

    static void record(PathState state, DaySnapshot snapshot) {
        DebtBook book = state.debt;
        snapshot.collateralRatio[state.path - snapshot.firstPath] = book.collateralRatio();
        snapshot.badDebt[state.path - snapshot.firstPath] = book.badDebt();
    }

    static double column(PathState state, String column) {
        if (state.debt == null || !DebtColumns.COLUMNS.contains(column)) {
            throw new IllegalArgumentException("no extension column '" + column + "'");
        }
        return DebtColumns.value(state.debt, column);
    }
}
