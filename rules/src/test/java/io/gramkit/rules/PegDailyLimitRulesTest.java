package io.gramkit.rules;

import static io.gramkit.rules.LibraryStates.PEG;
import static io.gramkit.rules.MintingRulesTest.value;
import static io.gramkit.rules.TestScenarios.countsFor;
import static io.gramkit.rules.TestScenarios.respondOnce;
import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.interpreter.PathState;
import io.gramkit.interpreter.PathStateAccess;
import io.gramkit.model.Extensions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * library/peg-daily-limit.drl: the daily limit (2% of supply in the redemption policy) tightens
 * to 0.5% above a 3% discount and is restored below a 1% discount.
 */
class PegDailyLimitRulesTest {
    static final String TIGHTEN = "Tighten the daily limit while the discount is wide";
    static final String RESTORE = "Restore the daily limit once the discount is calm";
    private static DroolsRules rules;

    @BeforeAll
    static void load() {
        rules = LibraryStates.load("peg-daily-limit.drl");
    }

    @Test
    void declaresTheTightenRuleThenTheRestoreRule() {
        assertThat(rules.ruleNames()).containsExactly(TIGHTEN, RESTORE);
    }

    @ParameterizedTest(name = "discount {0}, limit {1} -> limit {2} by ''{3}''")
    @CsvSource({
        // discount,  limit before, limit after, rule that changed it
        "above 0.03,  0.02,         0.005,       " + TIGHTEN,
        "0.3,         0.02,         0.005,       " + TIGHTEN,
        "0.03,        0.02,         0.02,        ''",
        "0.3,         0.005,        0.005,       ''",
        // tightening never loosens a stricter limit set elsewhere
        "0.3,         0.001,        0.001,       ''",
        "0.3,         0.01,         0.005,       " + TIGHTEN,
        "0.02,        0.005,        0.005,       ''",
        "0.01,        0.005,        0.005,       ''",
        "below 0.01,  0.005,        0.02,        " + RESTORE,
        "0.0,         0.005,        0.02,        " + RESTORE,
        "0.0,         0.02,         0.02,        ''",
        // restoring undoes only this file's own tightening
        "0.0,         0.001,        0.001,       ''",
    })
    void theLimitLeansAgainstTheDiscount(String discount, double before, double after, String rule) {
        PathState state =
                PathStateAccess.redemptions(LibraryStates.state(0, value(discount), 1.0), before, 1.0, true, 0);

        TestScenarios.Day day = respondOnce(rules, LibraryStates.with(Extensions.NONE.withPegDefence(PEG)), state);

        assertThat(state.redemptionLimit()).isEqualTo(after);
        long[] expected = rule.isEmpty() ? countsFor(rules) : countsFor(rules, rule);
        assertThat(day.changes()).containsExactly(expected);
        assertThat(day.firings())
                .as("a rule fires only when it changes the lever")
                .containsExactly(expected);
        assertThat(state.redemptionGate()).isEqualTo(1.0);
        assertThat(state.fee()).isEqualTo(0.0025);
    }

    @Test
    void withoutPegDefenceLevelsNothingFires() {
        PathState state = LibraryStates.state(0, 0.3, 1.0);

        TestScenarios.Day day = respondOnce(rules, TestScenarios.reference(), state);

        assertThat(state.redemptionLimit()).isEqualTo(0.02);
        assertThat(day.firings()).containsExactly(0, 0);
    }
}
