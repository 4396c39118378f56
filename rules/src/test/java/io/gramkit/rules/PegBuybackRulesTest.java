package io.gramkit.rules;

import static io.gramkit.rules.LibraryStates.PEG;
import static io.gramkit.rules.MintingRulesTest.value;
import static io.gramkit.rules.TestScenarios.respondOnce;
import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.interpreter.PathState;
import io.gramkit.interpreter.PathStateAccess;
import io.gramkit.model.Extensions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** library/peg-buyback.drl: a buyback of up to 1,000,000 USD is asked for above a 2% discount. */
class PegBuybackRulesTest {
    static final String BUY_BACK = "Buy back tokens from cash while the discount is wide";
    private static DroolsRules rules;

    @BeforeAll
    static void load() {
        rules = LibraryStates.load("peg-buyback.drl");
    }

    @Test
    void declaresOneRule() {
        assertThat(rules.ruleNames()).containsExactly(BUY_BACK);
    }

    @ParameterizedTest(name = "discount {0}, cash {1} -> buyback {2}")
    @CsvSource({
        // discount,  cash,     buyback tomorrow
        "above 0.02,  4125000,  1000000",
        "0.3,         1,        1000000",
        "0.02,        4125000,  0",
        "below 0.02,  4125000,  0",
        "0.0,         4125000,  0",
        "0.3,         0,        0",
    })
    void buysBackAboveTheTriggerWhileThereIsCash(String discount, double cash, double buyback) {
        PathState state = PathStateAccess.balance(LibraryStates.state(0, value(discount), 1.0), 1e6, 950_000, cash, 75);

        TestScenarios.Day day = respondOnce(rules, LibraryStates.with(Extensions.NONE.withPegDefence(PEG)), state);

        assertThat(state.pendingBuyback()).isEqualTo(buyback);
        long fired = buyback > 0 ? 1 : 0;
        assertThat(day.changes()).containsExactly(fired);
        assertThat(day.firings()).containsExactly(fired);
    }

    @Test
    void aPolicyWithNoBudgetBuysNothing() {
        var noBudget = Extensions.NONE.withPegDefence(
                new Extensions.PegDefenceLevels(TestScenarios.SPAN, 0.03, 0.01, 0.005, 0.02, 0));
        PathState state = PathStateAccess.balance(LibraryStates.state(0, 0.3, 1.0), 1e6, 950_000, 4e6, 75);

        TestScenarios.Day day = respondOnce(rules, LibraryStates.with(noBudget), state);

        assertThat(state.pendingBuyback()).isEqualTo(0.0);
        assertThat(day.firings()).containsExactly(0);
    }
}
