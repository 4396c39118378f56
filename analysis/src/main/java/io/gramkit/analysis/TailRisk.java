package io.gramkit.analysis;

import java.util.Arrays;

/**
 * Value at risk and expected shortfall of a per-path loss (larger is worse) at a level such as
 * 95%: VaR is the level's type-7 quantile across paths, with a distribution-free 95% interval
 * from the order statistics (normal approximation to the binomial rank); ES is the mean of the
 * worst {@code ceil((1 - level) n)} paths, with the standard error of that mean.
 */
public record TailRisk(double level, Estimate valueAtRisk, Estimate expectedShortfall) {

    public static TailRisk of(double[] losses, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level " + level + " is outside (0, 1)");
        }
        double[] sorted =
                Arrays.stream(losses).filter(x -> !Double.isNaN(x)).sorted().toArray();
        int n = sorted.length;
        if (n == 0) {
            throw new IllegalArgumentException("no values");
        }
        Estimate valueAtRisk = Quantiles.estimate(sorted, level);
        int worst = (int) Math.max(1, Math.ceil((1 - level) * n));
        Estimate shortfall = Estimate.mean(Arrays.copyOfRange(sorted, n - worst, n));
        return new TailRisk(level, valueAtRisk, shortfall);
    }
}
