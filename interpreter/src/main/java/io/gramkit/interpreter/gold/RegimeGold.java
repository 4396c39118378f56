package io.gramkit.interpreter.gold;

import io.gramkit.model.GoldModel;
import io.gramkit.model.Scenario;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Two-state regime switching. Each day first one uniform u decides the regime (a calm path turns
 * stressed when {@code u < p}, a stressed one calm when {@code u < q}), then one normal z gives
 * the GBM step of today's regime. Every path starts calm, before day 1.
 */
final class RegimeGold extends StochasticGold {
    private final GoldModel.RegimeSwitching model;

    RegimeGold(Scenario scenario) {
        super(scenario);
        this.model = (GoldModel.RegimeSwitching) scenario.gold().model();
    }

    @Override
    ShockedPath path(UniformRandomProvider stream, ShockSchedule schedule, double spot) {
        return new Path(stream, schedule, spot);
    }

    @Override
    String samplers() {
        return "regime switches by UniformRandomProvider.nextDouble, normals by ZigguratSampler.NormalizedGaussian";
    }

    final class Path extends ShockedPath {
        private final UniformRandomProvider stream;
        private final ContinuousSampler normal;
        private boolean stressed;

        Path(UniformRandomProvider stream, ShockSchedule schedule, double spot) {
            super(schedule, spot);
            this.stream = stream;
            this.normal = ZigguratSampler.NormalizedGaussian.of(stream);
        }

        /** Today's regime (after {@link #advance}). */
        boolean stressed() {
            return stressed;
        }

        @Override
        double logReturn(int day, double volatilityMultiplier) {
            double u = stream.nextDouble();
            stressed = stressed ? !(u < model.stressedToCalm()) : u < model.calmToStressed();
            GoldModel.Regime regime = stressed ? model.stressed() : model.calm();
            double s = regime.volatility() * volatilityMultiplier;
            return (regime.drift() - 0.5 * s * s) * DT + s * Math.sqrt(DT) * normal.sample();
        }
    }
}
