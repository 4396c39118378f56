package io.gramkit.interpreter.gold;

import io.gramkit.model.GoldModel;
import io.gramkit.model.Scenario;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.TSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * GARCH(1,1) on daily log returns, one innovation a day:
 * <pre>
 * eps_t = sqrt(h_t) * z_t                    z_t normal, or Student-t(nu) scaled to unit variance
 * x_t   = mu*dt - 0.5*m^2*h_t + m*eps_t     m: the volatility multiplier of the day (1 outside windows)
 * h_1   = sigma^2*dt,   h_{t+1} = omega + alpha*eps_t^2 + beta*h_t,   omega = (1 - alpha - beta)*sigma^2*dt
 * </pre>
 * The variance recursion uses the model's own {@code eps_t}, so shocks never feed into it.
 */
final class GarchGold extends StochasticGold {
    private final GoldModel.Garch model;

    GarchGold(Scenario scenario) {
        super(scenario);
        this.model = (GoldModel.Garch) scenario.gold().model();
    }

    @Override
    ShockedPath path(UniformRandomProvider stream, ShockSchedule schedule, double spot) {
        ContinuousSampler innovation;
        if (model.normalInnovations()) {
            innovation = ZigguratSampler.NormalizedGaussian.of(stream);
        } else {
            double nu = model.degreesOfFreedom();
            ContinuousSampler t = TSampler.of(stream, nu);
            double scale = Math.sqrt((nu - 2) / nu);
            innovation = () -> t.sample() * scale;
        }
        double longRun = model.volatility() * model.volatility() * DT;
        double omega = (1 - model.alpha() - model.beta()) * longRun;
        double alpha = model.alpha();
        double beta = model.beta();
        double muDt = model.drift() * DT;
        return new ShockedPath(schedule, spot) {
            private double h = longRun;

            @Override
            double logReturn(int day, double m) {
                double eps = Math.sqrt(h) * innovation.sample();
                double x = muDt - 0.5 * m * m * h + m * eps;
                h = omega + alpha * eps * eps + beta * h;
                return x;
            }
        };
    }

    @Override
    String samplers() {
        return model.normalInnovations()
                ? "normals by ZigguratSampler.NormalizedGaussian"
                : "Student-t(" + model.degreesOfFreedom() + ") by TSampler, scaled to unit variance";
    }
}
