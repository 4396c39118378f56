package io.gramkit.analysis;

/**
 * A Monte Carlo estimate with its standard error and a 95% interval: a Wilson interval for a
 * share of paths, {@code value +- 1.96 se} for a mean, an order-statistic interval for a quantile.
 * A standard error or bound that does not apply is NaN.
 */
public record Estimate(double value, double standardError, double low, double high, long count) {
    static final double Z95 = 1.959963984540054;

    public static Estimate of(Share share) {
        return new Estimate(share.value(), share.standardError(), share.wilsonLow(), share.wilsonHigh(), share.paths());
    }

    /** The mean of {@code values}, skipping NaN (paths where the quantity is undefined). */
    public static Estimate mean(double[] values) {
        long n = 0;
        double mean = 0;
        double m2 = 0;
        for (double x : values) {
            if (Double.isNaN(x)) {
                continue;
            }
            n++;
            double delta = x - mean; // Welford: stable for a million paths
            mean += delta / n;
            m2 += delta * (x - mean);
        }
        if (n == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double se = n > 1 ? Math.sqrt(m2 / (n - 1) / n) : Double.NaN;
        return new Estimate(mean, se, mean - Z95 * se, mean + Z95 * se, n);
    }

    /** The share of {@code values} equal to 1 (each 0 or 1). */
    public static Estimate share(double[] indicators) {
        long hits = 0;
        for (double x : indicators) {
            hits += x != 0 ? 1 : 0;
        }
        return of(new Share(hits, indicators.length));
    }

    /** Whether {@code x} lies inside the 95% interval. */
    public boolean covers(double x) {
        return x >= low && x <= high;
    }
}
