package io.gramkit.rules;

import static io.gramkit.rules.DebtRuleStates.USUAL_CEILING;
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
 * debt/debt-ceiling.drl: the ceiling drops to 1 M while the surplus buffer is below 2% of the
 * debt (100,000 on day 0, so 2,000 is the floor exactly: 2,000/100,000 = 0.02 in doubles) and
 * returns to the block's 5 M once it is not.
 */
class DebtCeilingRulesTest {
    static final String LOWER = "Lower the debt ceiling when the surplus buffer runs thin";
    static final String RESTORE = "Restore the debt ceiling when the surplus buffer is rebuilt";
    static final DebtLevels LEVELS =
            DebtLevels.NONE.withDebtCeiling(new DebtLevels.DebtCeiling(SPAN, 0.02, 1_000_000.0));
    private static DroolsRules rules;

    @BeforeAll
    static void load() {
        rules = DebtRuleStates.load("debt-ceiling.drl");
    }

    @Test
    void declaresTheLowerRuleThenTheRestoreRule() {
        assertThat(rules.ruleNames()).containsExactly(LOWER, RESTORE);
    }

    @ParameterizedTest(name = "surplus {0}, ceiling in force {1} -> ceiling {2}")
    @CsvSource({
        "1999.99, 5000000, 1000000",
        "2000,    5000000, 5000000",
        "0,       5000000, 1000000",
        "0,       1000000, 1000000",
        "1999.99, 1000000, 1000000",
        "2000,    1000000, 5000000",
        "2000.01, 1000000, 5000000",
    })
    void lowersBelowTheFloorAndRestoresAtIt(double surplus, double inForce, double expected) {
        DebtSystem block = DebtRuleStates.usual(surplus, LEVELS);
        PathState state = DebtRuleStates.state(block, 100);
        state.debt().setDebtCeiling(inForce);

        TestScenarios.Day day = respondOnce(rules, DebtRuleStates.scenario(block), state);

        assertThat(state.debt().debtCeiling()).isEqualTo(expected);
        long[] counts =
                expected == inForce ? countsFor(rules) : countsFor(rules, expected == USUAL_CEILING ? RESTORE : LOWER);
        assertThat(day.changes()).containsExactly(counts);
    }

    @Test
    void withoutItsLevelsNothingFires() {
        DebtSystem bare = DebtRuleStates.usual(0.0, DebtLevels.NONE);
        PathState state = DebtRuleStates.state(bare, 100);

        TestScenarios.Day day = respondOnce(rules, DebtRuleStates.scenario(bare), state);

        assertThat(day.firings()).containsExactly(0, 0);
    }
}
