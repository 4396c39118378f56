package io.gramkit.rules;

import static io.gramkit.rules.DebtRuleStates.USUAL_FEE;
import static io.gramkit.rules.TestScenarios.SPAN;
import static io.gramkit.rules.TestScenarios.countsFor;
import static io.gramkit.rules.TestScenarios.respondOnce;
import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.interpreter.PathState;
import io.gramkit.model.debt.DebtLevels;
import io.gramkit.model.debt.DebtSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * debt/stability-fee.drl: the fee rises to 10% while the system's collateral ratio is below 150%
 * and returns to the block's 4% at or above 180%. The ratio is price/50 (DebtRuleStates), so a
 * price of 75 is a ratio of exactly 1.5 and 90 of exactly 1.8.
 */
class StabilityFeeRulesTest {
    static final String RAISE = "Raise the stability fee when the collateral ratio is low";
    static final String RESTORE = "Restore the stability fee when the collateral ratio is healthy";
    static final DebtSystem BLOCK = DebtRuleStates.usual(
            0.0, DebtLevels.NONE.withStabilityFee(new DebtLevels.StabilityFee(SPAN, 1.5, 1.8, 0.10)));
    private static DroolsRules rules;

    @BeforeAll
    static void load() {
        rules = DebtRuleStates.load("stability-fee.drl");
    }

    @Test
    void declaresTheRaiseRuleThenTheRestoreRule() {
        assertThat(rules.ruleNames()).containsExactly(RAISE, RESTORE);
    }

    @ParameterizedTest(name = "price {0}, fee in force {1} -> fee {2}")
    @CsvSource({
        "74.99, 0.04, 0.10",
        "75,    0.04, 0.04",
        "75.01, 0.04, 0.04",
        "65,    0.10, 0.10",
        "89.99, 0.10, 0.10",
        "90,    0.10, 0.04",
        "90.01, 0.10, 0.04",
        "85,    0.10, 0.10",
        "85,    0.04, 0.04",
    })
    void raisesBelowTheStressRatioAndRestoresAtTheCalmRatio(double price, double inForce, double expected) {
        PathState state = DebtRuleStates.state(BLOCK, 100, price);
        state.debt().setStabilityFee(inForce);

        TestScenarios.Day day = respondOnce(rules, DebtRuleStates.scenario(BLOCK), state);

        assertThat(state.debt().stabilityFee()).isEqualTo(expected);
        long[] counts =
                expected == inForce ? countsFor(rules) : countsFor(rules, expected == USUAL_FEE ? RESTORE : RAISE);
        assertThat(day.changes()).containsExactly(counts);
    }

    @Test
    void withoutItsLevelsNothingFires() {
        DebtSystem bare = DebtRuleStates.usual(0.0, DebtLevels.NONE);
        PathState state = DebtRuleStates.state(bare, 100, 65);

        TestScenarios.Day day = respondOnce(rules, DebtRuleStates.scenario(bare), state);

        assertThat(day.firings()).containsExactly(0, 0);
    }
}
