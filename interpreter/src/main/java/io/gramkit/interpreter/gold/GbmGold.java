package io.gramkit.interpreter.gold;

import io.gramkit.model.GoldModel;
import io.gramkit.model.Scenario;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Geometric Brownian motion with scheduled shocks, one independent random stream per path:
 * <pre>
 * e = exp((a + b*z) + shock_t),  a = (mu - 0.5*sigma*sigma)*dt,  b = sigma*sqrt(dt),  dt = 1/365
 * </pre>
 * Path i draws from the generator seeded with the scenario's seed after i jumps, so a path's
 * numbers depend on the seed and i only. Every day consumes one normal, shock or not. Inside a
 * volatility window {@code sigma} is multiplied in both {@code a} and {@code b}.
 */
public final class GbmGold extends StochasticGold {
    private final double mu;
    private final double sigma;
    private final double a;
    private final double b;

    public GbmGold(Scenario scenario) {
        super(scenario);
        GoldModel.Gbm gbm = (GoldModel.Gbm) scenario.gold().model();
        this.mu = gbm.drift();
        this.sigma = gbm.volatility();
        this.a = (mu - 0.5 * sigma * sigma) * DT;
        this.b = sigma * Math.sqrt(DT);
    }

    @Override
    ShockedPath path(UniformRandomProvider stream, ShockSchedule schedule, double spot) {
        return new Path(stream, schedule, spot);
    }

    @Override
    String samplers() {
        return "normals by ZigguratSampler.NormalizedGaussian";
    }

    private final class Path extends ShockedPath {
        private final ContinuousSampler normal;

        Path(UniformRandomProvider stream, ShockSchedule schedule, double spot) {
            super(schedule, spot);
            this.normal = ZigguratSampler.NormalizedGaussian.of(stream);
        }

        @Override
        double logReturn(int day, double volatilityMultiplier) {
            double z = normal.sample();
            if (volatilityMultiplier == 1.0) {
                return a + b * z;
            }
            double s = sigma * volatilityMultiplier;
            return (mu - 0.5 * s * s) * DT + s * Math.sqrt(DT) * z;
        }
    }
}
