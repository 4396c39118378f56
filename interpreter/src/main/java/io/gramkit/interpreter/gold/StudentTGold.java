package io.gramkit.interpreter.gold;

import io.gramkit.model.GoldModel;
import io.gramkit.model.Scenario;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.TSampler;

/**
 * GBM with Student-t innovations scaled to unit variance, so the stated volatility is the annual
 * standard deviation of log returns:
 * <pre>
 * x = (mu - 0.5*sigma^2)*dt + sigma*sqrt(dt) * t * sqrt((nu - 2)/nu),   t ~ Student-t(nu)
 * </pre>
 * One Student-t draw a day (TSampler, which consumes a varying number of uniforms).
 */
final class StudentTGold extends StochasticGold {
    private final double mu;
    private final double sigma;
    private final double nu;
    private final double scale;

    StudentTGold(Scenario scenario) {
        super(scenario);
        GoldModel.StudentT model = (GoldModel.StudentT) scenario.gold().model();
        this.mu = model.drift();
        this.sigma = model.volatility();
        this.nu = model.degreesOfFreedom();
        this.scale = Math.sqrt((nu - 2) / nu);
    }

    @Override
    ShockedPath path(UniformRandomProvider stream, ShockSchedule schedule, double spot) {
        ContinuousSampler t = TSampler.of(stream, nu);
        return new ShockedPath(schedule, spot) {
            @Override
            double logReturn(int day, double volatilityMultiplier) {
                double z = t.sample() * scale;
                double s = sigma * volatilityMultiplier;
                return (mu - 0.5 * s * s) * DT + s * Math.sqrt(DT) * z;
            }
        };
    }

    @Override
    String samplers() {
        return "Student-t(" + nu + ") by TSampler, scaled to unit variance";
    }
}
