package io.gramkit.model;

/**
 * Given gold prices, USD per gram, for paths 0 .. n-1 and days 0 .. horizon: what a run replays
 * instead of drawing gold prices (read from a file by gold-data's {@code GoldPathsFile}, or given
 * in code). Arrays are owned by this object and never handed out.
 */
public final class GoldPrices {
    private final String source;
    private final double[][] byPath;

    private GoldPrices(String source, double[][] byPath) {
        this.source = source;
        this.byPath = byPath;
    }

    /** Prices given in code (tests, notebooks): {@code prices[path][day]}, copied. */
    public static GoldPrices of(String source, double[][] prices) {
        if (prices.length == 0) {
            throw new IllegalArgumentException("no paths");
        }
        double[][] copy = new double[prices.length][];
        for (int i = 0; i < prices.length; i++) {
            if (prices[i].length != prices[0].length || prices[i].length < 2) {
                throw new IllegalArgumentException("path " + i + " must have the same days 0..T (T >= 1) as path 0");
            }
            for (double price : prices[i]) {
                if (!(price > 0) || Double.isInfinite(price)) {
                    throw new IllegalArgumentException("path " + i + " has a non-positive price " + price);
                }
            }
            copy[i] = prices[i].clone();
        }
        return new GoldPrices(source, copy);
    }

    public String source() {
        return source;
    }

    public int pathCount() {
        return byPath.length;
    }

    public int horizonDays() {
        return byPath[0].length - 1;
    }

    public double price(int path, int day) {
        return byPath[path][day];
    }
}
