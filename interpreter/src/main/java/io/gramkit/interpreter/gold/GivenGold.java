package io.gramkit.interpreter.gold;

import io.gramkit.model.GoldPrices;
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
            paths[i] = new Replay(prices, i);
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
        private final GoldPrices prices;
        private final int path;
        private double price;
        private double factor = 1.0;

        Replay(GoldPrices prices, int path) {
            this.prices = prices;
            this.path = path;
            this.price = prices.price(path, 0);
        }

        @Override
        public double spot() {
            return prices.price(path, 0);
        }

        @Override
        public void advance(int day) {
            factor = prices.price(path, day) / prices.price(path, day - 1);
            price = prices.price(path, day);
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
