package io.gramkit.rules;

import static io.gramkit.rules.DebtRuleStates.USUAL_RATIO;
import static io.gramkit.rules.TestScenarios.SPAN;
import static io.gramkit.rules.TestScenarios.countsFor;
import static io.gramkit.rules.TestScenarios.respondOnce;
import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.interpreter.PathState;
import io.gramkit.model.debt.DebtLevels;
import io.gramkit.model.debt.DebtSystem;
import io.gramkit.model.debt.VaultGroup;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * debt/liquidation-ratio.drl: the ratio tightens to 150% when the oracle has fallen 12.5% or more
 * over 3 days (87.5/100 - 1 = -0.125 exactly) and returns to 125% once the fall over 3 days is
 * less than 6.25% (93.75/100 - 1 = -0.0625 exactly). Vaults at 300% stay open at these prices.
 */
class LiquidationRatioRulesTest {
    static final String TIGHTEN = "Tighten the liquidation ratio after a sharp fall in the collateral price";
    static final String RESTORE = "Restore the liquidation ratio once the collateral price has steadied";
    static final DebtSystem BLOCK = DebtRuleStates.block(
            List.of(new VaultGroup(SPAN, 10, 3.0, 1_000.0)),
            Optional.empty(),
            0.0,
            DebtLevels.NONE.withLiquidationRatio(new DebtLevels.LiquidationRatio(SPAN, 0.125, 3, 0.0625, 1.5)));
    private static DroolsRules rules;

    @BeforeAll
    static void load() {
        rules = DebtRuleStates.load("liquidation-ratio.drl");
    }

    @Test
    void declaresTheTightenRuleThenTheRestoreRule() {
        assertThat(rules.ruleNames()).containsExactly(TIGHTEN, RESTORE);
    }

    @ParameterizedTest(name = "prices {0}, ratio in force {1} -> ratio {2}")
    @CsvSource({
        // oracle prices of days 0.. (today last),  ratio in force,  ratio tomorrow
        "100 100 100 100 87.5,                       1.25, 1.5",
        "100 100 100 100 87.49,                      1.25, 1.5",
        "100 100 100 100 87.51,                      1.25, 1.25",
        // the fall counts over the last 3 days only
        "100 87.5 87.5 87.5 87.5,                    1.25, 1.25",
        "100 87.5,                                   1.25, 1.5",
        // restore once the fall over 3 days is less than 6.25%
        "100 100 100 100 93.75,                      1.5,  1.5",
        "100 100 100 100 93.76,                      1.5,  1.25",
        "100 100 100 100 90,                         1.5,  1.5",
        "100 87.5 87.5 87.5 87.5,                    1.5,  1.25",
    })
    void tightensOnASharpFallAndRestoresWhenCalm(String prices, double inForce, double expected) {
        double[] oracle = Arrays.stream(prices.trim().split(" +"))
                .mapToDouble(Double::parseDouble)
                .toArray();
        PathState state = DebtRuleStates.state(BLOCK, oracle);
        state.debt().setLiquidationRatio(inForce);

        TestScenarios.Day day = respondOnce(rules, DebtRuleStates.scenario(BLOCK), state);

        assertThat(state.debt().liquidationRatio()).isEqualTo(expected);
        long[] counts =
                expected == inForce ? countsFor(rules) : countsFor(rules, expected == USUAL_RATIO ? RESTORE : TIGHTEN);
        assertThat(day.changes()).containsExactly(counts);
    }

    @Test
    void withoutItsLevelsNothingFires() {
        DebtSystem bare = DebtRuleStates.usual(0.0, DebtLevels.NONE);
        PathState state = DebtRuleStates.state(bare, 100, 50);

        TestScenarios.Day day = respondOnce(rules, DebtRuleStates.scenario(bare), state);

        assertThat(day.firings()).containsExactly(0, 0);
    }
}
