package io.gramkit.interpreter.gold;

import io.gramkit.model.GoldModel;
import io.gramkit.model.PriceHistory;
import io.gramkit.model.Scenario;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Stationary block bootstrap (Politis and Romano, 1994) of a price series' log returns r_1..r_n.
 * Each day one uniform u: on day 1, or when {@code u < 1/L}, a new block starts at an index drawn
 * uniformly from 0..n-1 (a second draw); otherwise the block goes on to the next index, wrapping
 * from the last to the first. Block lengths are geometric with mean L.
 * <p>Each observation's return becomes one simulated calendar day, rescaled from the series'
 * frequency (P periods a year) so that the annualised mean and variance are kept:
 * <pre>
 * r'_i = c + (r_i - mean(r)) * sqrt(P/365),  c = mean(r)*P/365,  v = var(r)*P/365
 * x    = c + m*(r'_i - c) - 0.5*(m^2 - 1)*v        m: the day's volatility multiplier
 * </pre>
 */
final class BootstrapGold extends StochasticGold {
    private final double[] returns;
    private final double center;
    private final double variance;
    private final double newBlock;
    private final String source;

    BootstrapGold(Scenario scenario) {
        super(scenario);
        GoldModel.Bootstrap model = (GoldModel.Bootstrap) scenario.gold().model();
        PriceHistory history = model.history();
        double[] raw = history.logReturns();
        double mean = 0;
        for (double r : raw) {
            mean += r;
        }
        mean /= raw.length;
        double squares = 0;
        for (double r : raw) {
            squares += (r - mean) * (r - mean);
        }
        double perYear = history.periodsPerYear();
        double scale = Math.sqrt(perYear / 365.0);
        this.center = mean * perYear / 365.0;
        this.variance = squares / raw.length * perYear / 365.0;
        this.returns = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            returns[i] = center + (raw[i] - mean) * scale;
        }
        this.newBlock = 1.0 / model.meanBlockDays();
        this.source = history.source();
    }

    @Override
    ShockedPath path(UniformRandomProvider stream, ShockSchedule schedule, double spot) {
        return new Path(stream, schedule, spot);
    }

    @Override
    String samplers() {
        return "block starts by UniformRandomProvider.nextDouble and nextInt over " + returns.length + " returns of "
                + source;
    }

    /** The rescaled daily returns, in series order. */
    double[] dailyReturns() {
        return returns.clone();
    }

    final class Path extends ShockedPath {
        private final UniformRandomProvider stream;
        private int index = -1;

        Path(UniformRandomProvider stream, ShockSchedule schedule, double spot) {
            super(schedule, spot);
            this.stream = stream;
        }

        /** The index of the return used today (after {@link #advance}). */
        int index() {
            return index;
        }

        @Override
        double logReturn(int day, double m) {
            double u = stream.nextDouble();
            if (index < 0 || u < newBlock) {
                index = stream.nextInt(returns.length);
            } else {
                index = index + 1 == returns.length ? 0 : index + 1;
            }
            double r = returns[index];
            return m == 1.0 ? r : center + m * (r - center) - 0.5 * (m * m - 1) * variance;
        }
    }
}
