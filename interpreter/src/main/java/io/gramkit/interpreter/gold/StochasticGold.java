package io.gramkit.interpreter.gold;

import io.gramkit.model.GoldModel;
import io.gramkit.model.Scenario;
import java.util.OptionalInt;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Gold paths from the scenario's stochastic model and shocks, one independent random stream per
 * path: path i draws from {@link #GENERATOR} seeded with the scenario's seed after i jumps of
 * 2^128, so a path's numbers depend on the seed and i only, never on threads or other paths.
 * Every model draws its numbers every day, shock or not, so a shock never shifts the numbers of
 * later days.
 */
public abstract class StochasticGold implements GoldSource {
    public static final RandomSource GENERATOR = RandomSource.XO_SHI_RO_256_PP;
    /** Steps are calendar days. */
    static final double DT = 1.0 / 365.0;

    static final String STREAMS =
            GENERATOR.name() + " seeded with the scenario seed; path i uses the stream after i jumps of 2^128";

    private final double spot;
    private final long seed;
    private final ShockSchedule schedule;

    StochasticGold(Scenario scenario) {
        this.spot = scenario.gold().spotUsdPerGram();
        this.seed = scenario.seed();
        this.schedule = ShockSchedule.of(scenario.gold().shocks(), scenario.horizonDays());
    }

    /** The gold source for the scenario's model, with its shocks. */
    public static GoldSource of(Scenario scenario) {
        GoldModel model = scenario.gold().model();
        if (model instanceof GoldModel.Gbm) {
            return new GbmGold(scenario);
        } else if (model instanceof GoldModel.StudentT) {
            return new StudentTGold(scenario);
        } else if (model instanceof GoldModel.JumpDiffusion) {
            return new JumpDiffusionGold(scenario);
        } else if (model instanceof GoldModel.Garch) {
            return new GarchGold(scenario);
        } else if (model instanceof GoldModel.RegimeSwitching) {
            return new RegimeGold(scenario);
        } else if (model instanceof GoldModel.Bootstrap) {
            return new BootstrapGold(scenario);
        }
        throw new IllegalStateException("no gold source for " + model);
    }

    /** One path drawing from {@code stream}, which it owns. */
    abstract ShockedPath path(UniformRandomProvider stream, ShockSchedule schedule, double spot);

    /** The samplers the model uses, for the run's description. */
    abstract String samplers();

    @Override
    public final GoldPath[] paths(int count) {
        JumpableUniformRandomProvider master =
                (JumpableUniformRandomProvider) (UniformRandomProvider) GENERATOR.create(seed);
        GoldPath[] paths = new GoldPath[count];
        for (int i = 0; i < count; i++) {
            paths[i] = path(master.jump(), schedule, spot);
        }
        return paths;
    }

    /** Jumps past the paths before {@code from} instead of creating them. */
    @Override
    public final GoldPath[] paths(int count, int from, int to) {
        JumpableUniformRandomProvider master =
                (JumpableUniformRandomProvider) (UniformRandomProvider) GENERATOR.create(seed);
        for (int i = 0; i < from; i++) {
            master.jump();
        }
        GoldPath[] paths = new GoldPath[to - from];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = path(master.jump(), schedule, spot);
        }
        return paths;
    }

    @Override
    public final OptionalInt fixedPathCount() {
        return OptionalInt.empty();
    }

    @Override
    public String description() {
        return STREAMS + "; " + samplers();
    }
}
