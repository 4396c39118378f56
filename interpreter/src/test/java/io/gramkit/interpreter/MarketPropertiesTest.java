package io.gramkit.interpreter;

import static io.gramkit.interpreter.TestScenarios.SPAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gramkit.interpreter.gold.GbmGold;
import io.gramkit.model.Gold;
import io.gramkit.model.GoldModel;
import io.gramkit.model.Scenario;
import io.gramkit.model.Shock;
import io.gramkit.model.market.Arbitrage;
import io.gramkit.model.market.Holders;
import io.gramkit.model.market.Market;
import io.gramkit.model.market.Payout;
import io.gramkit.model.market.ReserveFreeze;
import io.gramkit.model.market.Venue;
import io.gramkit.model.market.VenueShock;
import io.gramkit.model.market.Wave;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the market model's equations guarantee, over random scenarios (seeded): the accounting
 * identities on every path-day, the arbitrage bound on every qualifying path-day, results that do
 * not depend on the thread count, and the trade-off of arbitrage capacity on common random numbers.
 */
class MarketPropertiesTest {

    /** A random market: one to three venues, a desk or none, any holder behaviour, payout and schedule. */
    static Market randomMarket(SplittableRandom random, boolean withDesk, int horizon) {
        int count = 1 + random.nextInt(3);
        List<Venue> venues = new ArrayList<>();
        double left = 1.0;
        for (int v = 0; v < count; v++) {
            double share = v == count - 1 ? left : left * random.nextDouble(0.2, 0.8);
            left -= share;
            venues.add(
                    random.nextBoolean()
                            ? new Venue.Pool(SPAN, "v" + v, share, random.nextDouble(5_000, 200_000))
                            : new Venue.OrderBook(
                                    SPAN, "v" + v, share, random.nextDouble(200, 10_000), random.nextDouble(0, 0.5)));
        }
        Arbitrage desk = new Arbitrage(
                SPAN,
                withDesk ? 1 + random.nextInt(4) : random.nextInt(3),
                random.nextDouble(5e5, 1e7),
                random.nextDouble(0, 0.3),
                random.nextDouble(0, 0.002),
                random.nextInt(3));
        Holders holders = new Holders(
                SPAN,
                random.nextBoolean() ? OptionalDouble.of(random.nextDouble(0.5, 10)) : OptionalDouble.empty(),
                random.nextDouble(0, 5),
                random.nextDouble(0, 0.6));
        Optional<Payout> payout = random.nextBoolean()
                ? Optional.of(new Payout(
                        SPAN, random.nextDouble(0, 0.03), random.nextDouble(0, 0.05), random.nextDouble(2e3, 5e4)))
                : Optional.empty();
        List<Wave> waves = random.nextBoolean()
                ? List.of(new Wave(
                        SPAN, "wave", random.nextDouble(0, 0.4), 1 + random.nextInt(30), 1 + random.nextInt(horizon)))
                : List.of();
        List<VenueShock> sales = random.nextBoolean()
                ? List.of(new VenueShock(SPAN, "v0", random.nextDouble(1, 30_000), 1 + random.nextInt(horizon)))
                : List.of();
        int freezeDay = 1 + random.nextInt(horizon);
        List<ReserveFreeze> freezes = random.nextBoolean()
                ? List.of(new ReserveFreeze(
                        SPAN, "bank", random.nextDouble(0, 0.2), freezeDay, freezeDay + 1 + random.nextInt(10)))
                : List.of();
        return new Market(SPAN, venues, desk, holders, payout, waves, sales, freezes);
    }

    static Stream<Arguments> scenarios() {
        SplittableRandom random = new SplittableRandom(20261204L);
        return IntStream.range(0, 10).mapToObj(i -> {
            int horizon = 90;
            Scenario scenario = TestScenarios.reference(20 + random.nextInt(40), random.nextLong())
                    .withHorizon(horizon)
                    .withGold(new Gold(
                            SPAN,
                            75.0,
                            new GoldModel.Gbm(SPAN, 0.0, random.nextDouble(0.05, 0.6)),
                            List.of(new Shock.Move(
                                    SPAN,
                                    "drop",
                                    -0.4 * random.nextDouble(),
                                    1 + random.nextInt(5),
                                    1 + random.nextInt(60)))))
                    .withMarket(randomMarket(random, i % 2 == 0, horizon));
            return Arguments.of(scenario);
        });
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void accountingIdentitiesHoldOnEveryPathDay(Scenario scenario) {
        Market market = scenario.market().orElseThrow();
        double s0 = scenario.token().supply();
        double r0 = scenario.token().goldGrams();
        double c0 = scenario.token().cashUsd();
        double k0 = market.arbitrage().totalCapitalUsd();
        AtomicLong checked = new AtomicLong();
        ScriptedRules rules = new ScriptedRules((day, s) -> {
            // the levers the rules pull, often, from a stream that depends only on path and day
            SplittableRandom pick = new SplittableRandom(s.path() * 1_000L + day);
            switch (pick.nextInt(12)) {
                case 0 -> s.setRedemptionsOpen(!s.redemptionsOpen());
                case 1 -> s.setRedemptionLimit(pick.nextDouble(0, 0.05));
                case 2 -> s.setRedemptionGate(pick.nextDouble(0, 0.05));
                case 3 -> s.setGoldSale(pick.nextDouble(0, 0.1));
                case 4 -> s.setGoldPurchase(pick.nextDouble(0, 0.5));
                case 5 -> s.setFee(pick.nextDouble(0, 0.03));
                case 6 -> s.setMintingEnabled(!s.mintingEnabled());
                default -> {}
            }
            MarketState m = s.market;
            String at = "path " + s.path() + ", day " + day;
            assertThat(s.supply())
                    .as("supply, " + at)
                    .isCloseTo(s0 - s.redeemedTotal + s.mintedTotal, within(1e-9 * s0));
            double frozenGold = Arrays.stream(m.frozenGold).sum();
            double frozenCash = Arrays.stream(m.frozenCash).sum();
            assertThat(s.reserves())
                    .as("gold, " + at)
                    .isCloseTo(
                            r0
                                    - m.goldSoldTotal
                                    + s.mintedGoldTotal
                                    - s.goldSoldTotal
                                    + s.goldBoughtTotal
                                    - (m.frozenGoldTotal - m.releasedGoldTotal),
                            within(1e-9 * r0));
            assertThat(m.frozenGoldTotal - m.releasedGoldTotal).isCloseTo(frozenGold, within(1e-9 * r0));
            assertThat(s.cash())
                    .as("cash, " + at)
                    .isCloseTo(
                            c0
                                    - s.paidCashTotal
                                    + s.mintedCashTotal
                                    + s.cashFromGoldTotal
                                    - s.cashToGoldTotal
                                    - (m.frozenCashTotal - m.releasedCashTotal),
                            within(1e-9 * c0 + 1e-6));
            assertThat(m.frozenCashTotal - m.releasedCashTotal).isCloseTo(frozenCash, within(1e-9 * c0 + 1e-6));
            LiquidityVenues v = m.venues;
            for (int i = 0; i < market.venues().size(); i++) {
                if (market.venues().get(i) instanceof Venue.Pool pool) {
                    double x0 = pool.tokens();
                    assertThat(v.tokens[i])
                            .as("pool tokens, " + at)
                            .isCloseTo(x0 + v.tokensIn[i] - v.tokensOut[i], within(1e-8 * x0));
                    assertThat(v.grams[i])
                            .as("pool gold, " + at)
                            .isCloseTo(x0 + v.gramsIn[i] - v.gramsOut[i], within(1e-8 * x0));
                    assertThat(v.tokens[i] * v.grams[i])
                            .as("pool invariant, " + at + " X " + v.tokens[i] + " Y " + v.grams[i] + " P " + m.price
                                    + " low " + Arrays.toString(v.low) + " inv " + m.desk.inventory + " S "
                                    + s.supply())
                            .isCloseTo(x0 * x0, within(1e-9 * x0 * x0));
                }
                assertThat(v.low[i]).as("low, " + at).isBetween(0.0, 1.0 + 1e-12);
            }
            ArbitrageDesk desk = m.desk;
            assertThat(desk.capital + desk.pendingUsd)
                    .as("desk capital, " + at)
                    .isCloseTo(
                            k0 - desk.spentTotal + desk.receivedTotal, within(1e-9 * (k0 + desk.receivedTotal) + 1e-6));
            assertThat(desk.inventory)
                    .as("desk inventory, " + at)
                    .isCloseTo(desk.boughtTotal - desk.redeemedTotal, within(1e-9 * s0));
            assertThat(desk.inventory).isGreaterThanOrEqualTo(-1e-9 * s0);
            assertThat(desk.capital).isGreaterThanOrEqualTo(-1e-6);
            assertThat(s.cash()).isGreaterThanOrEqualTo(ReferenceStep.CASH_TOLERANCE);
            assertThat(s.reserves()).isGreaterThanOrEqualTo(-1e-9 * r0);
            assertThat(s.discount()).isBetween(0.0, 1.0);
            assertThat(s.marketPrice()).isCloseTo(s.gold() * (1.0 - s.discount()), within(1e-9 * s.gold()));
            checked.incrementAndGet();
        });
        new Simulator(scenario, rules, new GbmGold(scenario)).run(2, DayObserver.NONE);
        assertThat(checked.get()).isEqualTo((long) scenario.paths() * scenario.horizonDays());
    }

    @Test
    void theDiscountStaysWithinTheArbitrageBoundWhileArbitrageCanWork() {
        // Qualifying path-days: redemptions served today (a finite wait), a desk whose capital did
        // not run out (and holders with tokens left to sell it), coverage at least 1. There
        // d_t <= f + c*w/365 + 0.25% (the risk premium is drawn below 0.2%). Halts are pulled at
        // random so that the wait is sometimes infinite.
        long[] days = new long[2];
        scenarios().forEach(arguments -> {
            Scenario scenario = (Scenario) arguments.get()[0];
            Market market = scenario.market().orElseThrow();
            double c = market.arbitrage().annualCost();
            ScriptedRules rules = new ScriptedRules((day, s) -> {
                SplittableRandom pick = new SplittableRandom(s.path() * 7_919L + day);
                if (s.redemptionsOpen() ? pick.nextInt(30) == 0 : pick.nextInt(3) == 0) {
                    s.setRedemptionsOpen(!s.redemptionsOpen());
                }
                MarketState m = s.market;
                boolean qualifies = m.redeemableToday > 0.0
                        && market.arbitrage().desks() > 0
                        && !m.desk.capitalBound
                        && !m.desk.tokensBound
                        && m.deskCoverageToday >= 1.0
                        && s.coverage() >= 1.0;
                synchronized (days) {
                    days[1]++;
                    if (qualifies) {
                        days[0]++;
                    }
                }
                if (qualifies) {
                    double bound = m.feeToday + c * m.waitToday / 365.0 + 0.0025;
                    assertThat(s.discount())
                            .as(
                                    "path %d, day %d: fee %s, wait %s, lows %s, cov %s, supply %s, inv %s, pools %s %s, cap %s",
                                    s.path(),
                                    day,
                                    m.feeToday,
                                    m.waitToday,
                                    Arrays.toString(m.venues.low),
                                    m.deskCoverageToday,
                                    s.supply(),
                                    m.desk.inventory,
                                    Arrays.toString(m.venues.tokens),
                                    Arrays.toString(m.venues.grams),
                                    m.desk.capital)
                            .isLessThanOrEqualTo(bound);
                }
            });
            new Simulator(scenario, rules, new GbmGold(scenario)).run(2, DayObserver.NONE);
        });
        assertThat(days[0]).as("qualifying path-days of " + days[1]).isGreaterThanOrEqualTo(days[1] / 5);
    }

    @Test
    void marketRunsAreByteIdenticalAcrossThreadCounts() {
        Scenario scenario = TestMarkets.referenceV2(97, 7L).withHorizon(120);
        PathOutcomes one = run(scenario, 1);
        for (int threads : new int[] {2, 3, 5}) {
            PathOutcomes many = run(scenario, threads);
            assertThat(many.columns()).isEqualTo(one.columns());
            for (String column : one.columns()) {
                assertThat(many.column(column))
                        .as(column + " with " + threads + " threads")
                        .containsExactly(one.column(column));
            }
        }
    }

    private static PathOutcomes run(Scenario scenario, int threads) {
        return new Simulator(scenario, new ReferenceRulesOracle(), new GbmGold(scenario))
                .run(threads, DayObserver.NONE)
                .outcomes();
    }
}
