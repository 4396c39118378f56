package io.gramkit.rules;

import static io.gramkit.rules.TestScenarios.SPAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gramkit.diagnostic.InputException;
import io.gramkit.interpreter.DayObserver;
import io.gramkit.interpreter.RunResult;
import io.gramkit.interpreter.Simulator;
import io.gramkit.interpreter.gold.GivenGold;
import io.gramkit.model.Extensions;
import io.gramkit.model.GoldPrices;
import io.gramkit.model.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Library rules and extensions in whole runs through Drools: the circuit breaker pauses and
 * resumes over days, a feed lag changes what the reference rules decide, and rules that look back
 * too far or pull a lever out of range are reported, not run.
 */
class LibraryRunsTest {
    @TempDir
    Path folder;

    private static RunResult run(DroolsRules rules, Scenario scenario, double... prices) {
        Scenario days = scenario.withHorizon(prices.length - 1).withPaths(1);
        GivenGold gold = new GivenGold(GoldPrices.of("test", new double[][] {prices}));
        return new Simulator(days, rules, gold).run(1, DayObserver.NONE);
    }

    private static long changes(RunResult result, String rule) {
        return result.ruleChanges().stream()
                .filter(c -> c.rule().equals(rule))
                .findFirst()
                .orElseThrow()
                .pathDays();
    }

    @Test
    void theCircuitBreakerClosesRedemptionsForThePauseAfterAFall() {
        // Gold 75 on days 0-2, 65.625 from day 3 (65.625/75 - 1 = -0.125, exactly the tripping fall
        // over 3 days). The pause decided at the end of day 3 closes days 4-8; the rules reopen at
        // the end of day 8 (5 halted days) and gold is flat, so day 9 serves redemptions again.
        DroolsRules rules = DroolsRules.load(List.of(Path.of("reference"), Path.of("library/circuit-breaker.drl")));
        Scenario breaker =
                TestScenarios.reference().withExtensions(Extensions.NONE.withCircuitBreaker(LibraryStates.BREAKER));
        double[] prices = {75, 75, 75, 65.625, 65.625, 65.625, 65.625, 65.625, 65.625, 65.625};
        double[] redeemed = new double[prices.length];
        for (int day = 3; day < prices.length; day++) {
            redeemed[day] = run(rules, breaker, java.util.Arrays.copyOf(prices, day + 1))
                    .outcomes()
                    .redeemedTotal(0);
        }
        for (int day = 4; day <= 8; day++) {
            assertThat(redeemed[day]).as("redeemed by day " + day).isEqualTo(redeemed[3]);
        }
        assertThat(redeemed[9]).isGreaterThan(redeemed[8]);
        RunResult nineDays = run(rules, breaker, prices);
        assertThat(changes(nineDays, CircuitBreakerRulesTest.PAUSE)).isEqualTo(1);
        assertThat(changes(nineDays, CircuitBreakerRulesTest.RESUME)).isEqualTo(1);
    }

    @Test
    void underAFeedLagTheReferenceRulesDecideOnTheOldPrice() {
        // Day 1, gold 75 -> 90: the true coverage 0.99584 halts minting; with the feed a day late
        // the rules see 75 and coverage 1.00502, and minting stays on.
        DroolsRules reference = DroolsRules.packagedReference();
        assertThat(run(reference, TestScenarios.reference(), 75, 90).outcomes().mintEnabled(0))
                .isFalse();
        Scenario lagged =
                TestScenarios.reference().withExtensions(Extensions.NONE.withFeedLag(new Extensions.FeedLag(SPAN, 1)));
        assertThat(run(reference, lagged, 75, 90).outcomes().mintEnabled(0)).isTrue();
        // a day later the rules see 90, and minting halts
        assertThat(run(reference, lagged, 75, 90, 90).outcomes().mintEnabled(0)).isFalse();
    }

    @Test
    void aConditionThatLooksBackFurtherThanThePathKeepsIsReported() {
        DroolsRules rules = DroolsRules.load(List.of(TestRuleFiles.drl(folder, "far.drl", """
                rule "Halt minting after a monthly fall"
                when
                    $token : TokenDay( mintingEnabled, goldMoveOver( 30 ) < -0.1 )
                then
                    $token.haltMinting();
                end
                """)));
        assertThatThrownBy(() -> run(rules, TestScenarios.reference(), 75, 70))
                .isInstanceOf(InputException.class)
                .satisfies(
                        e -> assertThat(((InputException) e)
                                        .diagnostics()
                                        .get(0)
                                        .message())
                                .isEqualTo(
                                        "a condition of rule 'Halt minting after a monthly fall' failed on day 1: gold 30 days ago"
                                                + " is beyond the 0 days of gold prices a path keeps; raise the scenario's gold look-back"));
        // with the look-back raised, the rule runs
        Scenario thirtyDays = TestScenarios.reference().withExtensions(Extensions.NONE.withGoldLookbackDays(30));
        assertThat(run(rules, thirtyDays, 75, 70).outcomes().mintEnabled(0)).isTrue();
        assertThat(run(rules, thirtyDays, 75, 67.4).outcomes().mintEnabled(0)).isFalse();
    }

    @Test
    void theWholeLibraryWithEveryExtensionRunsTheSameOnAnyNumberOfThreads() {
        DroolsRules rules = DroolsRules.load(List.of(Path.of("reference"), Path.of("library")));
        Extensions all = Extensions.NONE
                .withSettlementDelay(new Extensions.SettlementDelay(SPAN, 2))
                .withMintLimit(new Extensions.MintLimit(SPAN, 0.002))
                .withRebalancing(new Extensions.Rebalancing(SPAN, 0.004))
                .withCustodyFee(new Extensions.CustodyFee(SPAN, 0.0012))
                .withFeeRevenue(new Extensions.FeeRevenue(SPAN))
                .withReserveShortfall(new Extensions.ReserveShortfall(SPAN, 40, 0.03))
                .withFeedLag(new Extensions.FeedLag(SPAN, 1))
                .withTreasury(new Extensions.Treasury(SPAN, 2_000_000.0))
                .withCollateral(new Extensions.CollateralLevels(SPAN, 0.98, 0.005, 500_000.0))
                .withPegDefence(new Extensions.PegDefenceLevels(SPAN, 0.03, 0.01, 0.01, 0.02, 300_000.0))
                .withRebalancingBand(new Extensions.RebalancingBand(SPAN, 0.03, 0.08, 0.02, 0.25))
                .withCircuitBreaker(new Extensions.CircuitBreakerLevels(SPAN, 0.08, 5, 3));
        Scenario scenario = io.gramkit.interpreter.TestScenarios.reference(240, 42)
                .withHorizon(120)
                .withExtensions(all);
        RunResult one = new Simulator(scenario, rules, new io.gramkit.interpreter.gold.GbmGold(scenario))
                .run(1, DayObserver.NONE);
        RunResult three = new Simulator(scenario, rules, new io.gramkit.interpreter.gold.GbmGold(scenario))
                .run(3, DayObserver.NONE);
        assertThat(one.outcomes().columns()).endsWith("redemption_limit", "redemption_gate", "redemptions_open");
        for (String column : one.outcomes().columns()) {
            assertThat(three.outcomes().column(column))
                    .as(column)
                    .containsExactly(one.outcomes().column(column));
        }
        assertThat(three.ruleChanges()).isEqualTo(one.ruleChanges());
        for (var rule : one.ruleChanges()) {
            assertThat(rule.pathDays())
                    .as("path-days changed by '" + rule.rule() + "'")
                    .isPositive();
        }
    }

    @Test
    void aLeverSetOutOfRangeIsReported() {
        DroolsRules rules = DroolsRules.load(List.of(TestRuleFiles.drl(folder, "wide.drl", """
                rule "Serve half again"
                when
                    $token : TokenDay( redemptionLimit < 1 )
                then
                    $token.limitRedemptions( 1.5 );
                end
                """)));
        assertThatThrownBy(() -> run(rules, TestScenarios.reference(), 75, 75))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(
                                ((InputException) e).diagnostics().get(0).message())
                        .isEqualTo("rule 'Serve half again' set the daily redemption limit to 1.5 on path 0, day 1;"
                                + " a share must be in [0, 1]"));
    }
}
