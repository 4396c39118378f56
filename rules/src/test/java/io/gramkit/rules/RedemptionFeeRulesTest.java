package io.gramkit.rules;

import static io.gramkit.interpreter.ReferenceRulesOracle.RAISE_FEE;
import static io.gramkit.interpreter.ReferenceRulesOracle.RESTORE_FEE;
import static io.gramkit.rules.MintingRulesTest.value;
import static io.gramkit.rules.TestScenarios.countsFor;
import static io.gramkit.rules.TestScenarios.respondOnce;
import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.interpreter.PathState;
import io.gramkit.model.RedemptionPolicy;
import io.gramkit.model.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * reference/redemption-fee.drl: which rule fires, and what changes, at and around the wide (1%)
 * and calm (0.2%) discounts, with a base fee of 0.25% and a raised fee of 1%.
 */
class RedemptionFeeRulesTest {
    private static DroolsRules rules;

    @BeforeAll
    static void load() {
        rules = DroolsRules.load(List.of(Path.of("reference/redemption-fee.drl")));
    }

    @Test
    void declaresTheRaiseRuleThenTheRestoreRule() {
        assertThat(rules.ruleNames()).containsExactly(RAISE_FEE, RESTORE_FEE);
    }

    @ParameterizedTest(name = "discount {0}, fee {1} -> fee {2} by ''{3}''")
    @CsvSource({
        // discount,  fee before, fee after, rule that changed it
        "above 0.01,  0.0025,     0.01,      " + RAISE_FEE,
        "0.3,         0.0025,     0.01,      " + RAISE_FEE,
        "0.01,        0.0025,     0.0025,    ''",
        "0.3,         0.01,       0.01,      ''",
        "0.005,       0.01,       0.01,      ''",
        "0.005,       0.0025,     0.0025,    ''",
        "0.002,       0.01,       0.01,      ''",
        "below 0.002, 0.01,       0.0025,    " + RESTORE_FEE,
        "0.0,         0.01,       0.0025,    " + RESTORE_FEE,
        "0.0,         0.0025,     0.0025,    ''",
        // a fee at neither level (set by another rule set, say) moves only past a threshold
        "0.3,         0.005,      0.01,      " + RAISE_FEE,
        "0.0,         0.005,      0.0025,    " + RESTORE_FEE,
        "0.005,       0.005,      0.005,     ''",
    })
    void feeLeansAgainstTheDiscount(String discount, double before, double after, String rule) {
        PathState state = PathState.endOfDay(0, 11, value(discount), 1.0, before, true);

        TestScenarios.Day day = respondOnce(rules, TestScenarios.reference(), state);

        assertThat(state.fee()).isEqualTo(after);
        long[] expected = rule.isEmpty() ? countsFor(rules) : countsFor(rules, rule);
        assertThat(day.changes()).containsExactly(expected);
        assertThat(day.firings())
                .as("a rule fires only when it changes the lever")
                .containsExactly(expected);
        assertThat(state.mintingEnabled()).isTrue();
    }

    @Test
    void theLevelsAreThePolicys() {
        // base 0.5%, raised 2%, wide above 3%, calm below 1%
        Scenario wider = TestScenarios.reference()
                .withRedemption(new RedemptionPolicy(TestScenarios.SPAN, 0.005, 0.02, 0.03, 0.01, 0.02));
        PathState notWideYet = PathState.endOfDay(0, 5, 0.02, 1.0, 0.005, true);
        PathState wide = PathState.endOfDay(1, 5, 0.031, 1.0, 0.005, true);
        PathState calm = PathState.endOfDay(2, 5, 0.009, 1.0, 0.02, true);

        TestScenarios.Day day = respondOnce(rules, wider, notWideYet, wide, calm);

        assertThat(notWideYet.fee()).isEqualTo(0.005);
        assertThat(wide.fee()).isEqualTo(0.02);
        assertThat(calm.fee()).isEqualTo(0.005);
        assertThat(day.changes()).containsExactly(countsFor(rules, RAISE_FEE, RESTORE_FEE));
    }
}
