package io.gramkit.rules;

import static io.gramkit.rules.LibraryStates.BAND;
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
 * library/rebalancing.drl: with 1,000,000 tokens at 75 USD/g (liabilities 75,000,000 USD), a band
 * of 4% to 8% is 3,000,000 to 6,000,000 USD of cash; below it 5% of the gold is sold, above it a
 * quarter of the cash buys gold.
 */
class RebalancingRulesTest {
    static final String SELL = "Sell gold for cash when the cash buffer is below the band";
    static final String BUY = "Buy gold with cash when the cash buffer is above the band";
    private static DroolsRules rules;

    @BeforeAll
    static void load() {
        rules = LibraryStates.load("rebalancing.drl");
    }

    @Test
    void declaresTheSellRuleThenTheBuyRule() {
        assertThat(rules.ruleNames()).containsExactly(SELL, BUY);
    }

    @ParameterizedTest(name = "cash {0} -> sell {1}, buy {2}")
    @CsvSource({
        // cash,     gold share sold, cash share spent, rule
        "2999999,    0.05,            0,                " + SELL,
        "0,          0.05,            0,                " + SELL,
        "3000000,    0,               0,                ''",
        "4500000,    0,               0,                ''",
        "6000000,    0,               0,                ''",
        "6000001,    0,               0.25,             " + BUY,
        "40000000,   0,               0.25,             " + BUY,
    })
    void keepsTheCashBufferInTheBand(double cash, double sold, double spent, String rule) {
        PathState state = PathStateAccess.balance(LibraryStates.state(0, 0.0, 1.0), 1e6, 950_000, cash, 75);

        TestScenarios.Day day =
                respondOnce(rules, LibraryStates.with(Extensions.NONE.withRebalancingBand(BAND)), state);

        assertThat(state.pendingGoldSale()).isEqualTo(sold);
        assertThat(state.pendingGoldPurchase()).isEqualTo(spent);
        long[] expected = rule.isEmpty() ? countsFor(rules) : countsFor(rules, rule);
        assertThat(day.changes()).containsExactly(expected);
        assertThat(day.firings()).containsExactly(expected);
    }

    @Test
    void noGoldNoSale() {
        PathState state = PathStateAccess.balance(LibraryStates.state(0, 0.0, 1.0), 1e6, 0, 1_000_000, 75);

        TestScenarios.Day day =
                respondOnce(rules, LibraryStates.with(Extensions.NONE.withRebalancingBand(BAND)), state);

        assertThat(state.pendingGoldSale()).isEqualTo(0.0);
        assertThat(day.firings()).containsExactly(0, 0);
    }
}
