package io.gramkit.interpreter.gold;

import io.gramkit.model.GoldModel;
import io.gramkit.model.Scenario;
import java.util.OptionalInt;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Geometric Brownian motion with scheduled shocks, one independent random stream per path:
 * <pre>
 * e = exp((a + b*z) + shock_t),  a = (mu - 0.5*sigma*sigma)*dt,  b = sigma*sqrt(dt),  dt = 1/365
 * </pre>
 * Path i draws from the generator seeded with the scenario's seed after i jumps, so a path's
 * numbers depend on the seed and i only. Every day consumes one normal, shock or not.
 */
public final class GbmGold implements GoldSource {
    public static final RandomSource GENERATOR = RandomSource.XO_SHI_RO_256_PP;
    static final double DT = 1.0 / 365.0;

    private final double spot;
    private final double a;
    private final double b;
    private final double[] shocks;
    private final long seed;

    public GbmGold(Scenario scenario) {
        GoldModel.Gbm gbm = (GoldModel.Gbm) scenario.gold().model();
        double mu = gbm.drift();
        double sigma = gbm.volatility();
        this.spot = scenario.gold().spotUsdPerGram();
        this.a = (mu - 0.5 * sigma * sigma) * DT;
        this.b = sigma * Math.sqrt(DT);
        this.shocks = ShockSchedule.logReturns(scenario.gold().shocks(), scenario.horizonDays());
        this.seed = scenario.seed();
    }

    @Override
    public GoldPath[] paths(int count) {
        JumpableUniformRandomProvider master = (JumpableUniformRandomProvider) (UniformRandomProvider) GENERATOR.create(seed);
        GoldPath[] paths = new GoldPath[count];
        for (int i = 0; i < count; i++) {
            paths[i] = new Path(master.jump());
        }
        return paths;
    }

    @Override
    public OptionalInt fixedPathCount() {
        return OptionalInt.empty();
    }

    @Override
    public String description() {
        return GENERATOR.name() + " seeded with the scenario seed; path i uses the stream after i jumps of 2^128;"
                + " normals by ZigguratSampler.NormalizedGaussian";
    }

    private final class Path implements GoldPath {
        private final ContinuousSampler normal;
        private double price = spot;
        private double factor = 1.0;

        Path(UniformRandomProvider stream) {
            this.normal = ZigguratSampler.NormalizedGaussian.of(stream);
        }

        @Override
        public double spot() {
            return spot;
        }

        @Override
        public void advance(int day) {
            double z = normal.sample();
            factor = StrictMath.exp((a + b * z) + shocks[day]);
            price = price * factor;
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
