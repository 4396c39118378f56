package io.gramkit.rules;

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
 * debt/new-debt.drl: new debt pauses while the collateral ratio is below 150% and resumes at or
 * above 170% (the ratio is price/50: 75 is 1.5 and 85 is 1.7 exactly).
 */
class NewDebtRulesTest {
    static final String PAUSE = "Pause new debt when the collateral ratio is low";
    static final String RESUME = "Resume new debt when the collateral ratio has recovered";
    static final DebtSystem BLOCK =
            DebtRuleStates.usual(0.0, DebtLevels.NONE.withNewDebt(new DebtLevels.NewDebt(SPAN, 1.5, 1.7)));
    private static DroolsRules rules;

    @BeforeAll
    static void load() {
        rules = DebtRuleStates.load("new-debt.drl");
    }

    @Test
    void declaresThePauseRuleThenTheResumeRule() {
        assertThat(rules.ruleNames()).containsExactly(PAUSE, RESUME);
    }

    @ParameterizedTest(name = "price {0}, allowed {1} -> allowed {2}")
    @CsvSource({
        "74.99, true,  false",
        "75,    true,  true",
        "75.01, true,  true",
        "84.99, false, false",
        "85,    false, true",
        "85.01, false, true",
        "80,    false, false",
        "80,    true,  true",
    })
    void pausesBelowThePauseRatioAndResumesAtTheResumeRatio(double price, boolean allowed, boolean expected) {
        PathState state = DebtRuleStates.state(BLOCK, 100, price);
        state.debt().setNewDebtAllowed(allowed);

        TestScenarios.Day day = respondOnce(rules, DebtRuleStates.scenario(BLOCK), state);

        assertThat(state.debt().newDebtAllowed()).isEqualTo(expected);
        long[] counts = expected == allowed ? countsFor(rules) : countsFor(rules, expected ? RESUME : PAUSE);
        assertThat(day.changes()).containsExactly(counts);
    }

    @Test
    void withoutItsLevelsNothingFires() {
        DebtSystem bare = DebtRuleStates.usual(0.0, DebtLevels.NONE);
        PathState state = DebtRuleStates.state(bare, 100, 60);

        TestScenarios.Day day = respondOnce(rules, DebtRuleStates.scenario(bare), state);

        assertThat(day.firings()).containsExactly(0, 0);
    }
}
