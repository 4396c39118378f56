package io.gramkit.interpreter;

import static io.gramkit.interpreter.TestScenarios.SPAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gramkit.interpreter.gold.GbmGold;
import io.gramkit.model.Extensions;
import io.gramkit.model.Gold;
import io.gramkit.model.GoldModel;
import io.gramkit.model.Scenario;
import io.gramkit.model.Shock;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extended step with every extension off gives the reference step's doubles bit for bit, and
 * with every extension on (and the rules pulling every new lever at random) the accounting
 * identities of docs/model.md ("Extensions") hold on every path.
 */
class ExtendedStepTest {

    static Stream<Arguments> scenarios() {
        SplittableRandom random = new SplittableRandom(20261124L);
        return IntStream.range(0, 8).mapToObj(i -> {
            double vol = 0.05 + 0.6 * random.nextDouble();
            double shock = -0.4 * random.nextDouble();
            Scenario varied = TestScenarios.reference(60 + random.nextInt(80), random.nextLong())
                    .withHorizon(120)
                    .withGold(new Gold(
                            SPAN,
                            75.0,
                            new GoldModel.Gbm(SPAN, 0.0, vol),
                            List.of(new Shock.Move(
                                    SPAN, "drop", shock, 1 + random.nextInt(5), 1 + random.nextInt(60)))));
            return Arguments.of(varied);
        });
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void withEveryExtensionOffTheExtendedStepIsTheReferenceStepBitForBit(Scenario scenario) {
        // A look-back alone changes no number but sends every path through the extended step.
        Scenario extended = scenario.withExtensions(Extensions.NONE.withGoldLookbackDays(5));
        PathOutcomes reference = run(scenario, new ReferenceRulesOracle());
        PathOutcomes viaExtended = run(extended, new ReferenceRulesOracle());
        for (String column : PathOutcomes.COLUMNS) {
            assertThat(viaExtended.column(column)).as(column).containsExactly(reference.column(column));
        }
    }

    @Test
    void theReferenceRunHasTheReferenceColumnsOnly() {
        PathOutcomes reference = run(TestScenarios.reference(3, 1).withHorizon(5), new ReferenceRulesOracle());
        assertThat(reference.columns()).isEqualTo(PathOutcomes.COLUMNS);
        assertThat(reference.extensionColumns()).isEmpty();
    }

    @Test
    void theExtensionsAppendTheirColumnsAfterTheReferenceColumns() {
        Scenario delayed = TestScenarios.flatGold(3)
                .withExtensions(Extensions.NONE
                        .withSettlementDelay(new Extensions.SettlementDelay(SPAN, 2))
                        .withFeeRevenue(new Extensions.FeeRevenue(SPAN)));
        PathOutcomes outcomes = run(delayed, new ReferenceRulesOracle());
        assertThat(outcomes.extensionColumns()).containsExactly("queue", "queue_wait_days", "fee_revenue");
        assertThat(outcomes.columns())
                .startsWith(PathOutcomes.COLUMNS.toArray(String[]::new))
                .endsWith("fee_revenue");
        // as in ExtensionDaysTest: after day 3 of flat gold, 2,000.98899 g wait, the oldest for 1 day
        assertThat(outcomes.value(0, "queue")).isEqualTo(2_000.98899, within(1e-9));
        assertThat(outcomes.value(0, "queue_wait_days")).isEqualTo(1.0);
        // fees: (1,000 + 1,002 + 1,004.004) tokens at 0.25%, at 75 USD/g
        assertThat(outcomes.value(0, "fee_revenue")).isEqualTo(3_006.004 * 0.0025 * 75, within(1e-9));
    }

    @Test
    void levelsAloneDoNotChangeTheStep() {
        Extensions levels = Extensions.NONE.withCollateral(new Extensions.CollateralLevels(SPAN, 0.95, 0.005, 1e6));
        assertThat(levels.changesTheStep()).isFalse();
        assertThat(levels.goldHistoryDays()).isZero();
        assertThat(Extensions.NONE
                        .withCircuitBreaker(new Extensions.CircuitBreakerLevels(SPAN, 0.1, 3, 5))
                        .withFeedLag(new Extensions.FeedLag(SPAN, 2))
                        .goldHistoryDays())
                .isEqualTo(5);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void accountingIdentitiesHoldWithEveryExtensionOn(Scenario scenario) {
        Extensions all = Extensions.NONE
                .withSettlementDelay(new Extensions.SettlementDelay(SPAN, 3))
                .withMintLimit(new Extensions.MintLimit(SPAN, 0.002))
                .withRebalancing(new Extensions.Rebalancing(SPAN, 0.004))
                .withCustodyFee(new Extensions.CustodyFee(SPAN, 0.0012))
                .withFeeRevenue(new Extensions.FeeRevenue(SPAN))
                .withReserveShortfall(new Extensions.ReserveShortfall(SPAN, 30, 0.05))
                .withFeedLag(new Extensions.FeedLag(SPAN, 2))
                .withTreasury(new Extensions.Treasury(SPAN, 3_000_000.0))
                .withGoldLookbackDays(10);
        Scenario extended = scenario.withExtensions(all);
        List<PathState> last = new java.util.ArrayList<>();
        int horizon = extended.horizonDays();
        ScriptedRules rules = new ScriptedRules((day, state) -> {
            // every lever, often, from a stream that depends only on path and day
            SplittableRandom pick = new SplittableRandom(state.path() * 1_000L + day);
            switch (pick.nextInt(10)) {
                case 0 -> state.setRedemptionsOpen(!state.redemptionsOpen());
                case 1 -> state.setRedemptionLimit(pick.nextDouble(0, 0.05));
                case 2 -> state.setBuyback(pick.nextDouble(0, 2e5));
                case 3 -> state.setGoldSale(pick.nextDouble(0, 0.2));
                case 4 -> state.setGoldPurchase(pick.nextDouble(0, 0.5));
                case 5 -> state.setTopUp(pick.nextDouble(0, 1e6));
                default -> {}
            }
            if (day == horizon) {
                synchronized (last) {
                    last.add(state);
                }
            }
        });
        new Simulator(extended, rules, new GbmGold(extended)).run(2, DayObserver.NONE);
        assertThat(last).hasSize(extended.paths());
        double s0 = extended.token().supply();
        double r0 = extended.token().goldGrams();
        double c0 = extended.token().cashUsd();
        for (PathState s : last) {
            String path = "path " + s.path();
            assertThat(s.supply())
                    .as("supply of " + path)
                    .isCloseTo(s0 - s.redeemedTotal + s.mintedTotal - s.boughtBackTotal, within(1e-6 * s0));
            assertThat(s.reserves())
                    .as("gold of " + path)
                    .isCloseTo(
                            r0
                                    - s.paidGoldTotal
                                    + s.mintedGoldTotal
                                    - s.goldSoldTotal
                                    + s.goldBoughtTotal
                                    - s.shortfallTotal,
                            within(1e-6 * r0));
            assertThat(s.cash())
                    .as("cash of " + path)
                    .isCloseTo(
                            c0
                                    - s.paidCashTotal
                                    + s.mintedCashTotal
                                    + s.toppedUpTotal
                                    + s.cashFromGoldTotal
                                    - s.cashToGoldTotal
                                    - s.buybackCashTotal
                                    - s.custodyPaidTotal,
                            within(1e-6 * c0));
            assertThat(s.queue()).as("queue of " + path).isCloseTo(s.queuedTotal - s.queuePaidTotal, within(1e-6 * s0));
            assertThat(s.treasury()).as("treasury of " + path).isCloseTo(3_000_000.0 - s.toppedUpTotal, within(1e-6));
            assertThat(s.cash()).isGreaterThanOrEqualTo(ReferenceStep.CASH_TOLERANCE);
            assertThat(s.reserves()).isGreaterThanOrEqualTo(0.0);
            assertThat(s.discount()).isBetween(0.0, extended.behaviour().marketImpact());
            assertThat(s.premium()).isBetween(0.0, extended.behaviour().marketImpact());
        }
    }

    @Test
    void aPathWhoseWholeSupplyIsBoughtBackIsWoundDown() {
        // 1,000 tokens, 1e6 USD of cash; everyone redeems (base 100%) and the cap serves 2%. Day 1:
        // x = 20, u = 980, d = 0.49, m = 3 (on peg yesterday): S1 = 983, C1 = 1e6 + 0.15*75.
        // Day 2: x = 19.66, and a buyback of up to 1e9 USD (so all the cash) at 75*0.51 = 38.25
        // takes the other 963.34 tokens (no minting at a discount): no supply is left. From then on
        // there is no market (d = 0) and nothing to cover (coverage infinite); the reserves stay.
        Scenario all = TestScenarios.withToken(
                TestScenarios.withBehaviour(
                        TestScenarios.flatGold(4),
                        new io.gramkit.model.Behaviour(SPAN, 1.0, 5.0, 0.5, 0.003, 0.95, 0.5)),
                new io.gramkit.model.Token(SPAN, 1_000.0, 950.0, 1_000_000.0));
        ScriptedRules buyEverything = new ScriptedRules((day, state) -> state.setBuyback(1e9));
        PathOutcomes end = new Simulator(all, buyEverything, new GbmGold(all))
                .run(1, DayObserver.NONE)
                .outcomes();
        assertThat(end.supply(0)).isEqualTo(0.0);
        assertThat(end.discount(0)).isEqualTo(0.0);
        assertThat(end.coverage(0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(end.redeemedTotal(0)).isEqualTo(39.66, within(1e-12));
        assertThat(end.marketPrice(0)).isEqualTo(75.0);
        // cash: 1,000,011.25 less the 963.34 tokens bought at 38.25 USD = 963,163.495
        assertThat(end.cash(0)).isEqualTo(963_163.495, within(1e-6));
    }

    private static PathOutcomes run(Scenario scenario, ResponseRules rules) {
        return new Simulator(scenario, rules, new GbmGold(scenario))
                .run(2, DayObserver.NONE)
                .outcomes();
    }
}
