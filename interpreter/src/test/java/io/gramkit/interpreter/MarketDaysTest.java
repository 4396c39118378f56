package io.gramkit.interpreter;

import static io.gramkit.interpreter.TestExtensions.NOTHING;
import static io.gramkit.interpreter.TestScenarios.SPAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gramkit.model.Behaviour;
import io.gramkit.model.RedemptionPolicy;
import io.gramkit.model.Scenario;
import io.gramkit.model.Token;
import io.gramkit.model.market.Arbitrage;
import io.gramkit.model.market.Holders;
import io.gramkit.model.market.Market;
import io.gramkit.model.market.Payout;
import io.gramkit.model.market.Venue;
import io.gramkit.model.market.Wave;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each mechanism of the market model (docs/model.md, "Market model") on one to three days worked
 * out by hand from the equations, gold flat at 75 USD/g unless stated. Expected values are
 * literals with the derivation in comments. Unless stated: supply 1,000,000, fee 0.25%, no
 * minting demand, no arbitrage desk, holders sell everything they do not redeem themselves.
 */
class MarketDaysTest {
    private static final double TIGHT = 1e-9;
    private static final Arbitrage NO_DESK = new Arbitrage(SPAN, 0, 0.0, 0.10, 0.0, 0);
    private static final Holders PLAIN = new Holders(SPAN, OptionalDouble.empty(), 0.0, 0.0);

    /** Flat gold, the given exit share a day, no mint demand, the given daily limit, and a market. */
    private static Scenario scenario(double exitShare, double panic, double dailyLimit, Token token, Market market) {
        return TestScenarios.flatGold(1)
                .withToken(token)
                .withBehaviour(new Behaviour(SPAN, exitShare, 5.0, panic, 0.0, 0.95, 0.5))
                .withRedemption(new RedemptionPolicy(SPAN, 0.0025, 0.01, 0.01, 0.002, dailyLimit))
                .withMarket(market);
    }

    private static Token token(double gold, double cash) {
        return new Token(SPAN, 1_000_000.0, gold, cash);
    }

    private static Market market(List<Venue> venues, Arbitrage desk, Holders holders) {
        return new Market(SPAN, venues, desk, holders, Optional.empty(), List.of(), List.of(), List.of());
    }

    private static Venue book(double depth) {
        return new Venue.OrderBook(SPAN, "book", 1.0, depth, 0.0);
    }

    @Test
    void aPoolSwapMovesAlongTheConstantProduct() {
        // One pool, X0 = Y0 = 100,000. Holdings = S0 - X0 = 900,000; exit 1% of it = 9,000 tokens,
        // all sold into the pool: X1 = 109,000, Y1 = 1e10/109,000 = 91,743.11926605504 g,
        // price = Y1/X1 = 1e10/109,000^2 = 0.8416799932665601: the low and (one venue) the close.
        Market pool = market(List.of(new Venue.Pool(SPAN, "pool", 1.0, 100_000.0)), NO_DESK, PLAIN);
        PathState day1 = TestExtensions.lastState(
                scenario(0.01, 0.0, 0.02, token(950_000.0, 4_125_000.0), pool), NOTHING, 75, 75);
        assertThat(day1.market.venues.tokens[0]).isEqualTo(109_000.0, within(TIGHT));
        assertThat(day1.market.venues.grams[0]).isEqualTo(91_743.11926605504, within(TIGHT));
        assertThat(day1.market.venues.low[0]).isEqualTo(0.8416799932665601, within(1e-15));
        assertThat(day1.discount()).isEqualTo(1.0 - 0.8416799932665601, within(1e-15));
        assertThat(day1.marketPrice()).isEqualTo(75 * 0.8416799932665601, within(1e-12));
        // nobody redeemed (holders sell everything, no desk): supply and reserves unchanged
        assertThat(day1.supply()).isEqualTo(1_000_000.0);
        assertThat(day1.reserves()).isEqualTo(950_000.0);
        // the pool's invariant X*Y is kept
        assertThat(day1.market.venues.tokens[0] * day1.market.venues.grams[0]).isEqualTo(1e10, within(1e-3));
    }

    @Test
    void anOrderBookFillWalksDownItsDepth() {
        // A book with D = 1,000 tokens per 1% (100*D = 100,000), opening at 1. Exit 1% of
        // 1,000,000 = 10,000 tokens: price 1/(1 + 10,000/100,000) = 1/1.1 = 0.9090909090909091.
        Market books = market(List.of(book(1_000.0)), NO_DESK, PLAIN);
        PathState day1 = TestExtensions.lastState(
                scenario(0.01, 0.0, 0.02, token(950_000.0, 4_125_000.0), books), NOTHING, 75, 75);
        assertThat(day1.market.venues.low[0]).isEqualTo(0.9090909090909091, within(1e-15));
        assertThat(day1.discount()).isEqualTo(0.09090909090909094, within(1e-15));
        // sellers were filled at the midpoint of the walk: 10,000*(1 + 1/1.1)/2 = 9,545.45 g
        LiquidityVenues venues = new LiquidityVenues(MarketParameters.of(TestScenarios.flatGold(1), books));
        venues.openDay(1.0, 1.0);
        assertThat(venues.sell(0, 10_000.0)).isEqualTo(9_545.454545454546, within(TIGHT));
    }

    @Test
    void theDeskBuysUpToTheValueOfRedeemingAndIsPaidTheNextDay() {
        // Day 1, the book of the previous test after the same 10,000-token sale (price 1/1.1).
        // One desk, 1e9 USD, c = 10%, no settlement days. Nothing is queued, so the wait
        // w = (0 + 0)/20,000 = 0 and d* = f = 0.25%; coverage 1.005 >= 1, so the target is 0.9975.
        // The book reaches 0.9975 at s* = 100,000*(1/0.9975 - 1) = 250.6265664160...; the desk buys
        // 10,000 - s* = 9,749.373433583965 tokens at the midpoint (1/1.1 + 0.9975)/2:
        // 9,294.033378901806 g = 697,052.5034176355 USD at 75 USD/g.
        Market desk = market(List.of(book(1_000.0)), new Arbitrage(SPAN, 1, 1e9, 0.10, 0.0, 0), PLAIN);
        Scenario scenario = scenario(0.01, 0.0, 0.02, token(950_000.0, 4_125_000.0), desk);
        PathState day1 = TestExtensions.lastState(scenario, NOTHING, 75, 75);
        assertThat(day1.market.desk.inventory).isEqualTo(9_749.373433583965, within(TIGHT));
        assertThat(day1.market.desk.capital).isEqualTo(999_302_947.4965824, within(1e-6));
        assertThat(day1.discount()).isEqualTo(0.0025, within(1e-15));
        assertThat(day1.market.venues.low[0]).isEqualTo(0.9090909090909091, within(1e-15));
        assertThat(day1.market.requiredDiscountToday).isEqualTo(0.0025);
        // Day 2: the desk presents its 9,749.37 tokens (holders redeem nothing themselves); the limit
        // is 2% of 1,000,000 = 20,000, so all are served and paid from cash at 75 USD/g:
        // 9,749.373433583965*0.9975*75 = 729,375.00 (the desk paid 697,052.50 for them); the fee stays at 0.25% (d =
        // 0.25% is
        // neither above 1% nor below 0.2%). Supply 1,000,000 - 9,749.37 = 990,250.6265664160.
        PathState day2 = TestExtensions.lastState(scenario, NOTHING, 75, 75, 75);
        assertThat(day2.market.desk.redeemedTotal).isEqualTo(9_749.373433583965, within(TIGHT));
        assertThat(day2.market.desk.receivedTotal)
                .isEqualTo(9_749.373433583965 * 0.9975 * 75, within(1e-6))
                .isEqualTo(729_375.0000000005, within(1e-6));
        assertThat(day2.supply()).isEqualTo(990_250.626566416, within(TIGHT));
        assertThat(day2.cash()).isEqualTo(4_125_000.0 - 729_375.0000000005, within(1e-6));
        // and it buys the day's sale (1% of 990,250.63 held) back up to 0.9975 again
        assertThat(day2.discount()).isEqualTo(0.0025, within(1e-12));
    }

    @Nested
    class FireSale {
        private final Market costly = market(
                        List.of(book(1_000.0)), NO_DESK, new Holders(SPAN, OptionalDouble.empty(), 0.0, 1.0))
                .withPayout(new Payout(SPAN, 0.01, 0.02, 10_000.0));

        @Test
        void goldIsSoldAtAHaircutThatGrowsWithTheAmount() {
            // No cash. Holders redeem themselves (retail share 1): 0.5% of 1,000,000 = 5,000 tokens,
            // owed 5,000*0.9975 = 4,987.5 g of value. Grams g sold with average haircut
            // 0.01 + 0.02*g/10,000: g*(0.99 - 2e-6*g) = 4,987.5, the smaller root
            // g = (0.99 - sqrt(0.9801 - 8e-6*4,987.5))/4e-6 = 5,090.222969451994 g; the haircut cost
            // 102.72296945199378 g stays with the issuer.
            PathState day1 = TestExtensions.lastState(
                    scenario(0.005, 0.0, 0.02, token(1_010_000.0, 0.0), costly), NOTHING, 75, 75);
            assertThat(day1.market.goldSoldTotal).isEqualTo(5_090.222969451994, within(TIGHT));
            assertThat(day1.market.fireSaleLossTotal).isEqualTo(102.72296945199378, within(TIGHT));
            assertThat(day1.reserves()).isEqualTo(1_004_909.777030548, within(TIGHT));
            assertThat(day1.supply()).isEqualTo(995_000.0, within(TIGHT));
        }

        @Test
        void theDailyCapacityLimitsWhatIsServed() {
            // Holders redeem 2% = 20,000 (the daily limit). At most 10,000 g can be sold, fetching
            // 10,000*(1 - (0.01 + 0.02)) = 9,700 g of value, enough for 9,700/0.9975 =
            // 9,724.310776942355 tokens: those are served, the gold capacity is used up, and the
            // other 10,275.689223057645 tokens are sold on the book instead.
            PathState day1 = TestExtensions.lastState(
                    scenario(0.02, 0.0, 0.02, token(1_010_000.0, 0.0), costly), NOTHING, 75, 75);
            assertThat(day1.redeemedTotal()).isEqualTo(9_724.310776942355, within(TIGHT));
            assertThat(day1.unmetTotal()).isEqualTo(10_275.689223057645, within(TIGHT));
            assertThat(day1.market.goldSoldTotal).isEqualTo(10_000.0, within(1e-6));
            assertThat(day1.market.redeemableToday).isEqualTo(9_724.310776942355, within(TIGHT));
            // the book: 1/(1 + 10,275.689223057645/100,000)
            assertThat(day1.market.venues.low[0])
                    .isEqualTo(1.0 / (1.0 + 10_275.689223057645 / 100_000.0), within(1e-12));
        }
    }

    @Test
    void aWaveAddsItsShareOnTheDaysOfItsWindowOnly() {
        // A wave of 30% over 3 days from day 2 adds 10% a day to the exit share on days 2, 3, 4.
        // Holders redeem everything themselves, the limit is 100%, no base exit, plenty of gold:
        //   day 1: 0;  day 2: 10% of 1,000,000 = 100,000;  day 3: 10% of 900,000 = 90,000;
        //   day 4: 10% of 810,000 = 81,000;  day 5: nothing (the wave is over).
        Market wave = market(List.of(book(1_000.0)), NO_DESK, new Holders(SPAN, OptionalDouble.empty(), 0.0, 1.0))
                .withWaves(List.of(new Wave(SPAN, "Run", 0.30, 3, 2)));
        Scenario scenario = scenario(0.0, 0.0, 1.0, token(1_005_000.0, 0.0), wave);
        double[] redeemed = new double[6];
        TestExtensions.run(scenario, (day, state) -> redeemed[day] = state.redeemedTotal(), 75, 75, 75, 75, 75, 75);
        assertThat(redeemed[1]).isEqualTo(0.0);
        assertThat(redeemed[2]).isEqualTo(100_000.0, within(TIGHT));
        assertThat(redeemed[3]).isEqualTo(190_000.0, within(TIGHT));
        assertThat(redeemed[4]).isEqualTo(271_000.0, within(TIGHT));
        assertThat(redeemed[5]).isEqualTo(271_000.0, within(TIGHT));
    }

    @Test
    void panicDecaysWithItsHalfLife() {
        // Gold falls 20% on day 1 (75 -> 60) and stays. k_panic = 0.5, half-life 1 day (decay 0.5):
        //   panic_1 = 0.5*(1 - 60/75) = 0.09999999999999998, panic_2 = 0.05, panic_3 = 0.025.
        // Holders redeem it all themselves (limit 100%): day 1 0.1*1,000,000 = 100,000;
        //   day 2 0.05*900,000 = 45,000; day 3 0.025*855,000 = 21,375.
        Market halfLife = market(List.of(book(1_000.0)), NO_DESK, new Holders(SPAN, OptionalDouble.of(1.0), 0.0, 1.0));
        Scenario scenario = scenario(0.0, 0.5, 1.0, token(1_005_000.0, 0.0), halfLife);
        double[] panic = new double[4];
        double[] redeemed = new double[4];
        TestExtensions.run(
                scenario,
                (day, state) -> {
                    panic[day] = state.market.panic;
                    redeemed[day] = state.redeemedTotal();
                },
                75,
                60,
                60,
                60);
        assertThat(panic[1]).isEqualTo(0.09999999999999998, within(1e-17));
        assertThat(panic[2]).isEqualTo(0.05, within(1e-16));
        assertThat(panic[3]).isEqualTo(0.025, within(1e-16));
        assertThat(redeemed[3]).isEqualTo(100_000.0 + 45_000.0 + 21_375.0, within(1e-6));
        // with a half-life of 2 days the decay is 0.5^(1/2) = 0.7071067811865476
        Holders twoDays = new Holders(SPAN, OptionalDouble.of(2.0), 0.0, 1.0);
        assertThat(twoDays.panicDecay()).isEqualTo(0.7071067811865476);
    }

    @Test
    void withoutAHalfLifePanicIsTodaysFallOnly() {
        // As in the reference day: panic_1 = 0.5*0.2, then 0 while gold stays flat.
        Market noMemory = market(List.of(book(1_000.0)), NO_DESK, new Holders(SPAN, OptionalDouble.empty(), 0.0, 1.0));
        PathState day2 = TestExtensions.lastState(
                scenario(0.0, 0.5, 1.0, token(1_005_000.0, 0.0), noMemory), NOTHING, 75, 60, 60);
        assertThat(day2.market.panic).isEqualTo(0.0);
        assertThat(day2.redeemedTotal()).isEqualTo(100_000.0, within(1e-6));
    }
}
