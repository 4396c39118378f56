package io.gramkit.interpreter;

import static io.gramkit.interpreter.TestScenarios.SPAN;

import io.gramkit.interpreter.gold.GivenGold;
import io.gramkit.model.Extensions;
import io.gramkit.model.GoldPrices;
import io.gramkit.model.Scenario;

/** Extension parts and one-path runs over given prices, for the extension tests. */
final class TestExtensions {
    private TestExtensions() {}

    static Extensions.SettlementDelay delay(int days) {
        return new Extensions.SettlementDelay(SPAN, days);
    }

    /** The reference scenario (one path) with the given extensions. */
    static Scenario reference(Extensions extensions) {
        return TestScenarios.reference(1, 1).withExtensions(extensions);
    }

    /** Runs one path over the given prices (day 0 first); the script runs after the reference rules. */
    static PathOutcomes run(Scenario scenario, ScriptedRules.Script script, double... prices) {
        Scenario days = scenario.withHorizon(prices.length - 1).withPaths(1);
        GivenGold gold = new GivenGold(GoldPrices.of("test", new double[][] {prices}));
        return new Simulator(days, new ScriptedRules(script), gold)
                .run(1, DayObserver.NONE)
                .outcomes();
    }

    /** The end-of-day state of the last day, after the rules, as the script saw it. */
    static PathState lastState(Scenario scenario, ScriptedRules.Script script, double... prices) {
        PathState[] last = new PathState[1];
        run(
                scenario,
                (day, state) -> {
                    script.respond(day, state);
                    last[0] = state;
                },
                prices);
        return last[0];
    }

    static final ScriptedRules.Script NOTHING = (day, state) -> {};
}
