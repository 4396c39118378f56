package io.gramkit;

import io.gramkit.analysis.Metric;
import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.interpreter.ResponseRules;
import io.gramkit.model.SweepGrid;
import io.gramkit.rules.DroolsRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A scenario's sweep grid ({@code sweep fee in 0.25%, 0.5%}): one {@link GramScenario} per point,
 * all on the base scenario's seed and path count, so every point runs on the same random numbers.
 * Immutable; run settings apply to every point.
 */
public final class GramGrid {
    private final SweepGrid grid;
    private final List<GramScenario> points;

    private GramGrid(SweepGrid grid, List<GramScenario> points) {
        this.grid = grid;
        this.points = List.copyOf(points);
    }

    static GramGrid of(SweepGrid grid, GramScenario.Source source, List<Diagnostic> warnings) {
        return new GramGrid(
                grid,
                grid.points().stream()
                        .map(p -> GramScenario.of(p.scenario(), source, warnings))
                        .toList());
    }

    /** The warnings the scenario's file gave when loaded, as {@code gram check} prints them. */
    public List<Diagnostic> warnings() {
        return points.get(0).warnings();
    }

    /** Asks every point's run for these metrics too; see {@link GramScenario#withMetrics(List)}. */
    public GramGrid withMetrics(List<? extends Metric> metrics) {
        return map(point -> point.withMetrics(metrics));
    }

    /** The grid as resolved: axes, and each point's values and scenario. */
    public SweepGrid grid() {
        return grid;
    }

    public List<SweepGrid.Axis> axes() {
        return grid.axes();
    }

    /** The points' scenarios, the last axis varying fastest. */
    public List<GramScenario> points() {
        return points;
    }

    public GramGrid withPaths(int paths) {
        return map(point -> point.withPaths(paths));
    }

    public GramGrid withSeed(long seed) {
        return map(point -> point.withSeed(seed));
    }

    public GramGrid withThreads(int threads) {
        return map(point -> point.withThreads(threads));
    }

    public GramGrid withRules(List<Path> rules) {
        return map(point -> point.withRules(rules));
    }

    public GramGrid withGoldPaths(Path file) {
        return map(point -> point.withGoldPaths(file));
    }

    /** Runs every point on {@code engine}; with Spark each point's paths fan out over the cluster. */
    public GramGrid withEngine(RunEngine engine) {
        return map(point -> point.withEngine(engine));
    }

    public GramGrid withProgress(RunProgress progress) {
        return map(point -> point.withProgress(progress));
    }

    private GramGrid map(UnaryOperator<GramScenario> change) {
        return new GramGrid(grid, points.stream().map(change).toList());
    }

    /** Runs every point in turn; the rules are compiled once (sweeps never change them). */
    public GramGridRun run() {
        ResponseRules rules = DroolsRules.forScenario(points.get(0).scenario());
        List<GramRun> runs = new ArrayList<>();
        for (GramScenario point : points) {
            runs.add(point.run(rules));
        }
        return new GramGridRun(grid, runs, points.get(0).metrics());
    }
}
