package io.gramkit.rules;

import io.gramkit.interpreter.PathState;
import io.gramkit.model.Scenario;
import io.gramkit.model.debt.DebtLevels;
import io.gramkit.model.debt.DebtSystem;
import java.util.ArrayList;
import java.util.List;
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

    /** The policy facts of a scenario's debt block, in the order inserted; none without a block. */
    static List<Object> levels(Scenario scenario) {
        if (scenario.debt().isEmpty()) {
            return List.of();
        }
        DebtSystem system = scenario.debt().get();
        List<Object> facts = new ArrayList<>();
        facts.add(DebtPolicy.of(system));
        DebtLevels levels = system.levels();
        levels.stabilityFee().map(StabilityFeeLevels::of).ifPresent(facts::add);
        levels.debtCeiling().map(DebtCeilingLevels::of).ifPresent(facts::add);
        levels.liquidationRatio().map(LiquidationRatioLevels::of).ifPresent(facts::add);
        levels.newDebt().map(NewDebtLevels::of).ifPresent(facts::add);
        levels.shutdown().map(ShutdownLevels::of).ifPresent(facts::add);
        return facts;
    }

    /**
     * The path facts of a scenario's debt block, null when it has none; the session inserts its
     * levels ({@link #levels}) with the token's, and the path facts go in on the first {@link #refresh}.
     */
    static DebtFacts of(Scenario scenario, PathState[] states, TokenDay[] tokens) {
        if (scenario.debt().isEmpty()) {
            return null;
        }
        DebtDay[] days = new DebtDay[states.length];
        for (int i = 0; i < states.length; i++) {
            days[i] = new DebtDay(tokens[i], states[i].debt());
        }
        return new DebtFacts(days, new FactHandle[states.length]);
    }

    void refresh(EveryPropertyUpdate updates, int day) {
        for (int i = 0; i < days.length; i++) {
            days[i].refresh(day);
            handles[i] = updates.put(handles[i], days[i]);
        }
    }
}
