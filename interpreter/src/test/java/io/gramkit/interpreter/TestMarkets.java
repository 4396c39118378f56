package io.gramkit.interpreter;

import static io.gramkit.interpreter.TestScenarios.SPAN;

import io.gramkit.model.Scenario;
import io.gramkit.model.market.Arbitrage;
import io.gramkit.model.market.Holders;
import io.gramkit.model.market.Market;
import io.gramkit.model.market.Payout;
import io.gramkit.model.market.Venue;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Market models built in code for the market tests: the settings of scenario-library/reference-v2.gram. */
final class TestMarkets {
    private TestMarkets() {}

    static Venue.Pool pool(double share, double tokens) {
        return new Venue.Pool(SPAN, "pool", share, tokens);
    }

    static Venue.OrderBook book(double share, double depth) {
        return new Venue.OrderBook(SPAN, "book", share, depth, 0.25);
    }

    /** The market of reference-v2: a pool and a book, three desks, panic memory, a costly payout. */
    static Market referenceV2() {
        return new Market(
                SPAN,
                List.of(pool(0.2, 100_000.0), book(0.8, 2_500.0)),
                new Arbitrage(SPAN, 3, 3_000_000.0, 0.10, 0.0, 1),
                new Holders(SPAN, OptionalDouble.empty(), 0.0, 0.0),
                Optional.of(new Payout(SPAN, 0.0, 0.02, 20_000.0)),
                List.of(),
                List.of(),
                List.of());
    }

    /** The reference scenario with the reference-v2 market. */
    static Scenario referenceV2(int paths, long seed) {
        return TestScenarios.reference(paths, seed).withMarket(referenceV2());
    }
}
