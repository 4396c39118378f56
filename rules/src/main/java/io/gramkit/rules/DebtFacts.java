package io.gramkit.rules;

import io.gramkit.interpreter.PathState;
import io.gramkit.model.Scenario;
import io.gramkit.model.debt.DebtLevels;
import io.gramkit.model.debt.DebtSystem;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The debt block's facts in one session: its policy levels (inserted once, each response's only
 * when the scenario sets them) and one {@link DebtDay} per path, refreshed every day.
 */
final class DebtFacts {
    private final DebtDay[] days;
    private final FactHandle[] handles;

    private DebtFacts(DebtDay[] days, FactHandle[] handles) {
        this.days = days;
        this.handles = handles;
    }

    /** Inserts the facts of a scenario's debt block; null when it has none. */
    static DebtFacts insert(KieSession session, Scenario scenario, PathState[] states, TokenDay[] tokens) {
        if (scenario.debt().isEmpty()) {
            return null;
        }
        DebtSystem system = scenario.debt().get();
        session.insert(DebtPolicy.of(system));
        DebtLevels levels = system.levels();
        levels.stabilityFee().map(StabilityFeeLevels::of).ifPresent(session::insert);
        levels.debtCeiling().map(DebtCeilingLevels::of).ifPresent(session::insert);
        levels.liquidationRatio().map(LiquidationRatioLevels::of).ifPresent(session::insert);
        levels.newDebt().map(NewDebtLevels::of).ifPresent(session::insert);
        levels.shutdown().map(ShutdownLevels::of).ifPresent(session::insert);
        DebtDay[] days = new DebtDay[states.length];
        FactHandle[] handles = new FactHandle[states.length];
        for (int i = 0; i < states.length; i++) {
            days[i] = new DebtDay(tokens[i], states[i].debt());
            handles[i] = session.insert(days[i]);
        }
        return new DebtFacts(days, handles);
    }

    void refresh(KieSession session, int day) {
        for (int i = 0; i < days.length; i++) {
            days[i].refresh(day);
            session.update(handles[i], days[i]);
        }
    }
}
