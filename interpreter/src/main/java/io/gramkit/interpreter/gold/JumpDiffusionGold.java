package io.gramkit.interpreter.gold;

import io.gramkit.model.GoldModel;
import io.gramkit.model.Scenario;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Merton jump-diffusion, compensated so that the drift is the expected growth rate:
 * <pre>
 * x = (mu - lambda*k - 0.5*sigma^2)*dt + sigma*sqrt(dt)*z + Y_1 + ... + Y_N
 * N ~ Poisson(lambda*dt),  Y_j ~ Normal(m, s^2),  k = exp(m + s^2/2) - 1
 * </pre>
 * Draws each day, in this order: z, then N, then N normals for the jump sizes. A volatility
 * window multiplies sigma (the diffusion) only.
 */
final class JumpDiffusionGold extends StochasticGold {
    private final GoldModel.JumpDiffusion model;

    JumpDiffusionGold(Scenario scenario) {
        super(scenario);
        this.model = (GoldModel.JumpDiffusion) scenario.gold().model();
    }

    @Override
    ShockedPath path(UniformRandomProvider stream, ShockSchedule schedule, double spot) {
        ContinuousSampler normal = ZigguratSampler.NormalizedGaussian.of(stream);
        double lambdaDt = model.jumpsPerYear() * DT;
        DiscreteSampler jumps = lambdaDt > 0 ? PoissonSampler.of(stream, lambdaDt) : () -> 0;
        double mu = model.drift() - model.jumpsPerYear() * model.meanJumpReturn();
        double sigma = model.volatility();
        double jumpMean = model.jumpMean();
        double jumpDispersion = model.jumpDispersion();
        return new ShockedPath(schedule, spot) {
            @Override
            double logReturn(int day, double volatilityMultiplier) {
                double z = normal.sample();
                double s = sigma * volatilityMultiplier;
                double x = (mu - 0.5 * s * s) * DT + s * Math.sqrt(DT) * z;
                for (int n = jumps.sample(); n > 0; n--) {
                    x += jumpMean + jumpDispersion * normal.sample();
                }
                return x;
            }
        };
    }

    @Override
    String samplers() {
        return "normals by ZigguratSampler.NormalizedGaussian, jump counts by PoissonSampler";
    }
}
