package io.gramkit.analysis;

/**
 * A share of paths with its Monte Carlo standard error sqrt(p (1 - p) / n) and a 95% Wilson
 * interval (which, unlike p +- 2 se, stays inside [0, 1] and is honest at 0 or n hits).
 */
public record Share(long hits, long paths) {
    private static final double Z95 = 1.959963984540054;

    public Share {
        if (paths <= 0 || hits < 0 || hits > paths) {
            throw new IllegalArgumentException(hits + " of " + paths + " paths");
        }
    }

    public double value() {
        return (double) hits / paths;
    }

    public double standardError() {
        double p = value();
        return Math.sqrt(p * (1 - p) / paths);
    }

    public double wilsonLow() {
        return hits == 0 ? 0.0 : wilson(-1); // exactly 0, where rounding would leave 1e-17
    }

    public double wilsonHigh() {
        return hits == paths ? 1.0 : wilson(1);
    }

    private double wilson(int sign) {
        double p = value();
        double n = paths;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return Math.min(1, Math.max(0, centre + sign * half));
    }
}
