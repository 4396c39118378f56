package io.gramkit.rules;

import static io.gramkit.rules.TestScenarios.SPAN;
import static io.gramkit.rules.TestScenarios.countsFor;
import static io.gramkit.rules.TestScenarios.respondOnce;
import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.interpreter.PathState;
import io.gramkit.model.debt.AuctionDepth;
import io.gramkit.model.debt.DebtLevels;
import io.gramkit.model.debt.DebtSystem;
import io.gramkit.model.debt.VaultGroup;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * debt/emergency-shutdown.drl: the system shuts down once bad debt the surplus could not absorb
 * exceeds the limit. The state: 10 vaults owing 1,000 at 130% of 100 are liquidated on day 1 at
 * 90 (ratio 1.17) with no bids at all, so 10,000 is bad; the 3,000 surplus absorbs 3,000 and
 * 7,000 is uncovered. A vault at 300% stays open.
 */
class EmergencyShutdownRulesTest {
    static final String SHUT = "Shut the system down when bad debt outruns the surplus buffer";
    private static DroolsRules rules;

    @BeforeAll
    static void load() {
        rules = DebtRuleStates.load("emergency-shutdown.drl");
    }

    static DebtSystem block(double limit) {
        return DebtRuleStates.block(
                List.of(new VaultGroup(SPAN, 10, 1.3, 1_000.0), new VaultGroup(SPAN, 1, 3.0, 1_000.0)),
                Optional.of(new AuctionDepth(SPAN, 0.0)),
                3_000.0,
                DebtLevels.NONE.withShutdown(new DebtLevels.Shutdown(SPAN, limit)));
    }

    @Test
    void declaresOneRule() {
        assertThat(rules.ruleNames()).containsExactly(SHUT);
    }

    @ParameterizedTest(name = "limit {0} -> shut down {1}")
    @CsvSource({
        "6999.99, true",
        "7000,    false",
        "7000.01, false",
        "0,       true",
    })
    void shutsDownWhenUncoveredBadDebtExceedsTheLimit(double limit, boolean shut) {
        DebtSystem block = block(limit);
        PathState state = DebtRuleStates.state(block, 100, 90);
        assertThat(state.debt().uncoveredBadDebt()).isEqualTo(7_000.0);

        TestScenarios.Day day = respondOnce(rules, DebtRuleStates.scenario(block), state);

        assertThat(state.debt().shutdown()).isEqualTo(shut);
        assertThat(day.changes()).containsExactly(shut ? countsFor(rules, SHUT) : countsFor(rules));
    }

    @Test
    void aShutdownIsNotDecidedTwice() {
        DebtSystem block = block(0);
        PathState state = DebtRuleStates.state(block, 100, 90);
        state.debt().setShutdown(true);

        TestScenarios.Day day = respondOnce(rules, DebtRuleStates.scenario(block), state);

        assertThat(day.firings()).containsExactly(0);
    }

    @Test
    void withoutItsLevelsNothingFires() {
        DebtSystem bare = DebtRuleStates.block(
                List.of(new VaultGroup(SPAN, 10, 1.3, 1_000.0)),
                Optional.of(new AuctionDepth(SPAN, 0.0)),
                0.0,
                DebtLevels.NONE);
        PathState state = DebtRuleStates.state(bare, 100, 90);

        TestScenarios.Day day = respondOnce(rules, DebtRuleStates.scenario(bare), state);

        assertThat(day.firings()).containsExactly(0);
    }
}
