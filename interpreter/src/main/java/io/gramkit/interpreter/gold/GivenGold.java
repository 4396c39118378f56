package io.gramkit.interpreter.gold;

import java.util.OptionalInt;

/**
 * Given gold prices replace the model and its shocks: day t's price is G (day 0's replaces the
 * spot) and today's factor is e = G_t / G_{t-1}.
 */
public final class GivenGold implements GoldSource {
    private final GoldPrices prices;

    public GivenGold(GoldPrices prices) {
        this.prices = prices;
    }

    @Override
    public GoldPath[] paths(int count) {
        if (count != prices.pathCount()) {
            throw new IllegalArgumentException("the price file has " + prices.pathCount() + " paths, not " + count);
        }
        GoldPath[] paths = new GoldPath[count];
        for (int i = 0; i < count; i++) {
            paths[i] = new Replay(prices.path(i));
        }
        return paths;
    }

    @Override
    public OptionalInt fixedPathCount() {
        return OptionalInt.of(prices.pathCount());
    }

    @Override
    public String description() {
        return "given gold prices from " + prices.source() + " (no random numbers drawn)";
    }

    private static final class Replay implements GoldPath {
        private final double[] prices;
        private double price;
        private double factor = 1.0;

        Replay(double[] prices) {
            this.prices = prices;
            this.price = prices[0];
        }

        @Override
        public double spot() {
            return prices[0];
        }

        @Override
        public void advance(int day) {
            factor = prices[day] / prices[day - 1];
            price = prices[day];
        }

        @Override
        public double price() {
            return price;
        }

        @Override
        public double factor() {
            return factor;
        }
    }
}
