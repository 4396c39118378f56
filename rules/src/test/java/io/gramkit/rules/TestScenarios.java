package io.gramkit.rules;

import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.interpreter.PathState;
import io.gramkit.interpreter.ResponseRules;
import io.gramkit.interpreter.ResponseSession;
import io.gramkit.model.Behaviour;
import io.gramkit.model.Gold;
import io.gramkit.model.GoldModel;
import io.gramkit.model.MintingPolicy;
import io.gramkit.model.RedemptionPolicy;
import io.gramkit.model.Scenario;
import io.gramkit.model.Token;
import java.util.List;

/** Scenarios and one-day rule runs built in code for the rule tests. */
final class TestScenarios {
    static final SourceSpan SPAN = SourceSpan.of(new SourceFile("test", ""));
    /** fee_base, fee_high, disc_high, disc_low, redeem_cap of the model brief. */
    static final RedemptionPolicy REFERENCE_REDEMPTION = new RedemptionPolicy(SPAN, 0.0025, 0.01, 0.01, 0.002, 0.02);

    static final MintingPolicy REFERENCE_MINTING = new MintingPolicy(SPAN, 1.0);

    private TestScenarios() {}

    static Scenario reference() {
        return with(REFERENCE_REDEMPTION, REFERENCE_MINTING);
    }

    static Scenario with(RedemptionPolicy redemption, MintingPolicy minting) {
        return new Scenario(
                SPAN,
                "rule test",
                "built in code",
                365,
                1,
                1,
                new Gold(SPAN, 75.0, new GoldModel.Gbm(SPAN, 0.0, 0.18), List.of()),
                new Token(SPAN, 1_000_000.0, 950_000.0, 4_125_000.0),
                new Behaviour(SPAN, 0.001, 5.0, 0.5, 0.003, 0.95, 0.5),
                redemption,
                minting,
                List.of());
    }

    /** What one call of the rules did: changes per rule (in rule order) and firings per rule. */
    static final class Day {
        private final long[] changes;
        private final long[] firings;

        Day(long[] changes, long[] firings) {
            this.changes = changes;
            this.firings = firings;
        }

        long[] changes() {
            return changes;
        }

        long[] firings() {
            return firings;
        }
    }

    /** Runs the rules once on the given end-of-day states; the states carry the new levers after. */
    static Day respondOnce(ResponseRules rules, Scenario scenario, PathState... states) {
        long[] changes = new long[rules.ruleNames().size()];
        try (ResponseSession session = rules.open(scenario, List.of(states))) {
            session.respond(states[0].day(), changes);
            return new Day(changes, ((DroolsSession) session).firings());
        }
    }

    /** Change counts with one for each named rule and zero for the others. */
    static long[] countsFor(ResponseRules rules, String... changed) {
        long[] counts = new long[rules.ruleNames().size()];
        for (String name : changed) {
            counts[rules.ruleNames().indexOf(name)]++;
        }
        return counts;
    }
}
