package io.gramkit.interpreter.gold;

import io.gramkit.interpreter.TestScenarios;
import io.gramkit.model.Gold;
import io.gramkit.model.GoldModel;
import io.gramkit.model.Scenario;
import io.gramkit.model.Shock;
import java.util.List;

/** Gold paths stepped directly (no token model), and the statistics the theory tests compare. */
final class GoldRuns {
    static final double DT = 1.0 / 365.0;

    private GoldRuns() {}

    static Scenario scenario(GoldModel model, List<Shock> shocks, int horizon, int paths, long seed) {
        return TestScenarios.reference(paths, seed)
                .withHorizon(horizon)
                .withGold(new Gold(TestScenarios.SPAN, 75.0, model, shocks));
    }

    /** {@code [path][day - 1]}: each day's factor e = G_t / G_{t-1}. */
    static double[][] factors(Scenario scenario) {
        GoldPath[] paths = StochasticGold.of(scenario).paths(scenario.paths());
        double[][] factors = new double[paths.length][scenario.horizonDays()];
        for (int p = 0; p < paths.length; p++) {
            for (int day = 1; day <= scenario.horizonDays(); day++) {
                paths[p].advance(day);
                factors[p][day - 1] = paths[p].factor();
            }
        }
        return factors;
    }

    /** {@code [path][day - 1]}: each day's price G_t. */
    static double[][] prices(Scenario scenario) {
        GoldPath[] paths = StochasticGold.of(scenario).paths(scenario.paths());
        double[][] prices = new double[paths.length][scenario.horizonDays()];
        for (int p = 0; p < paths.length; p++) {
            for (int day = 1; day <= scenario.horizonDays(); day++) {
                paths[p].advance(day);
                prices[p][day - 1] = paths[p].price();
            }
        }
        return prices;
    }

    /** Daily log returns {@code [path][day - 1]}, from day {@code fromDay} on. */
    static double[][] logReturns(Scenario scenario, int fromDay) {
        double[][] factors = factors(scenario);
        double[][] returns = new double[factors.length][];
        for (int p = 0; p < factors.length; p++) {
            returns[p] = new double[factors[p].length - fromDay + 1];
            for (int i = 0; i < returns[p].length; i++) {
                returns[p][i] = Math.log(factors[p][i + fromDay - 1]);
            }
        }
        return returns;
    }

    static double mean(double[][] values) {
        double sum = 0;
        long n = 0;
        for (double[] row : values) {
            for (double v : row) {
                sum += v;
                n++;
            }
        }
        return sum / n;
    }

    /** Population variance of all values. */
    static double variance(double[][] values) {
        double mean = mean(values);
        double sum = 0;
        long n = 0;
        for (double[] row : values) {
            for (double v : row) {
                sum += (v - mean) * (v - mean);
                n++;
            }
        }
        return sum / n;
    }

    static long count(double[][] values) {
        long n = 0;
        for (double[] row : values) {
            n += row.length;
        }
        return n;
    }

    /** Excess kurtosis m4 / m2^2 - 3 of all values. */
    static double excessKurtosis(double[][] values) {
        double mean = mean(values);
        double m2 = 0;
        double m4 = 0;
        long n = 0;
        for (double[] row : values) {
            for (double v : row) {
                double d = (v - mean) * (v - mean);
                m2 += d;
                m4 += d * d;
                n++;
            }
        }
        m2 /= n;
        m4 /= n;
        return m4 / (m2 * m2) - 3;
    }

    /** Autocorrelation at {@code lag} of squared deviations from the pooled mean, within each path. */
    static double squaredAutocorrelation(double[][] values, int lag) {
        double mean = mean(values);
        double sumSquares = 0;
        long n = 0;
        for (double[] row : values) {
            for (double v : row) {
                sumSquares += (v - mean) * (v - mean);
                n++;
            }
        }
        double meanSquare = sumSquares / n;
        double covariance = 0;
        double variance = 0;
        long pairs = 0;
        for (double[] row : values) {
            for (int i = 0; i < row.length; i++) {
                double a = (row[i] - mean) * (row[i] - mean) - meanSquare;
                variance += a * a;
                if (i + lag < row.length) {
                    double b = (row[i + lag] - mean) * (row[i + lag] - mean) - meanSquare;
                    covariance += a * b;
                    pairs++;
                }
            }
        }
        return (covariance / pairs) / (variance / n);
    }

    /**
     * A statistic's mean over {@code batches} groups of whole paths, with its standard error: paths
     * are independent, so the batch values are independent draws of the statistic and their
     * standard deviation over sqrt(batches) is the standard error of their mean.
     */
    static double[] batchMeans(
            double[][] values, int batches, java.util.function.ToDoubleFunction<double[][]> statistic) {
        int perBatch = values.length / batches;
        double[] stats = new double[batches];
        for (int b = 0; b < batches; b++) {
            stats[b] = statistic.applyAsDouble(java.util.Arrays.copyOfRange(values, b * perBatch, (b + 1) * perBatch));
        }
        double mean = java.util.Arrays.stream(stats).average().orElseThrow();
        double var =
                java.util.Arrays.stream(stats).map(s -> (s - mean) * (s - mean)).sum() / (batches - 1);
        return new double[] {mean, Math.sqrt(var / batches)};
    }
}
