package io.gramkit;

import io.gramkit.analysis.Condition;
import io.gramkit.analysis.Crossing;
import io.gramkit.analysis.Estimate;
import io.gramkit.interpreter.ResponseRules;
import io.gramkit.model.Scenario;
import io.gramkit.model.Shock;
import io.gramkit.rules.DroolsRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reverse stress test: the smallest size of a named shock at which a condition on a metric (any
 * metric of {@link GramMetrics}) holds. The response is not monotone in this model (a larger drop can raise the fee a day
 * earlier and end better), so the search scans a grid of sizes, refines every change of the
 * condition by bisection, and reports all of them. Every run uses the same seed and paths (common
 * random numbers), so differences between sizes are the shock's, not the sampling's.
 *
 * <p>A size is the shock's magnitude in its own direction: for {@code drop 13%} size 0.13 is the
 * file's shock and size 0.2 a 20% drop; for a rise, a rise.
 */
public final class GramReverse {
    /** One grid or bisection point. */
    public record Point(double size, Estimate metric, boolean holds) {}

    /** The whole answer. */
    public record Result(
            String shock,
            Condition condition,
            List<Point> grid,
            List<Crossing> crossings,
            Optional<Double> breakingSize,
            Optional<Crossing> breaking,
            int runs) {}

    private final GramScenario base;
    private final Shock.Move shock;
    private final Condition condition;
    private final double direction;
    private int runs;
    private ResponseRules rules;

    private GramReverse(GramScenario base, String shockName, Condition condition) {
        this.base = condition == null ? base : base.withMetrics(List.of(condition.metric()));
        this.condition = condition;
        List<Shock> shocks = base.scenario().gold().shocks();
        this.shock = shocks.stream()
                .filter(s -> s.name().equals(shockName))
                .findFirst()
                .map(s -> {
                    if (s instanceof Shock.Move move) {
                        return move;
                    }
                    throw new IllegalArgumentException("shock '" + shockName
                            + "' is not a price move (a drop or a rise); " + "only moves can be resized");
                })
                .orElseThrow(() ->
                        new IllegalArgumentException("no shock named '" + shockName + "'; the scenario's shocks: "
                                + shocks.stream().map(s -> "'" + s.name() + "'").toList()));
        this.direction = shock.totalReturn() > 0 ? 1 : -1;
    }

    /**
     * Scans {@code steps + 1} sizes from {@code from} to {@code to} (fractions: 0.5 is a 50% move),
     * then refines each change of the condition with {@code bisections} halvings.
     */
    public static Result search(
            GramScenario base,
            String shockName,
            Condition condition,
            double from,
            double to,
            int steps,
            int bisections) {
        if (!(from >= 0 && to > from) || steps < 1 || bisections < 0) {
            throw new IllegalArgumentException("need 0 <= from < to, at least one step and no negative bisections");
        }
        GramReverse search = new GramReverse(base, shockName, condition);
        if (search.direction < 0 && !(to < 1)) {
            throw new IllegalArgumentException("a drop must stay below 100%, got " + to);
        }
        return search.run(from, to, steps, bisections);
    }

    /** The base scenario with the shock resized (for reruns and notebooks). */
    public static GramScenario resized(GramScenario base, String shockName, double size) {
        return new GramReverse(base, shockName, null).withSize(size);
    }

    private Result run(double from, double to, int steps, int bisections) {
        rules = DroolsRules.forScenario(base.scenario());
        List<Point> grid = new ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            grid.add(evaluate(from + (to - from) * i / steps));
        }
        List<Crossing> crossings = new ArrayList<>();
        for (int i = 0; i + 1 < grid.size(); i++) {
            if (grid.get(i).holds() != grid.get(i + 1).holds()) {
                crossings.add(refine(grid.get(i), grid.get(i + 1), bisections));
            }
        }
        Optional<Double> breakingSize = Optional.empty();
        Optional<Crossing> breaking = Optional.empty();
        if (grid.get(0).holds()) {
            breakingSize = Optional.of(grid.get(0).size());
        } else {
            breaking = crossings.stream().filter(Crossing::starts).findFirst();
            breakingSize = breaking.map(Crossing::size);
        }
        return new Result(shock.name(), condition, grid, crossings, breakingSize, breaking, runs);
    }

    private Crossing refine(Point low, Point high, int bisections) {
        double gridSlope = (high.metric().value() - low.metric().value()) / (high.size() - low.size());
        Point a = low;
        Point b = high;
        for (int i = 0; i < bisections; i++) {
            Point mid = evaluate(0.5 * (a.size() + b.size()));
            if (mid.holds() == a.holds()) {
                a = mid;
            } else {
                b = mid;
            }
        }
        Point holding = a.holds() ? a : b;
        double se = holding.metric().standardError();
        // The 95% interval's half-width, not 1.96 se: at 0 or all hits a share's se is 0, its
        // Wilson interval is not.
        double halfWidth = 0.5 * (holding.metric().high() - holding.metric().low());
        double sampling = Double.isNaN(halfWidth) || gridSlope == 0 ? 0 : halfWidth / Math.abs(gridSlope);
        return new Crossing(
                a.size(),
                b.size(),
                b.holds(),
                holding.size(),
                holding.metric().value(),
                se,
                holding.metric().low(),
                holding.metric().high(),
                gridSlope,
                (b.size() - a.size()) + sampling);
    }

    private Point evaluate(double size) {
        runs++;
        GramRun run = withSize(size).run(rules);
        Estimate metric = condition.metric().estimate(run.pathResults());
        return new Point(size, metric, condition.holds(metric.value()));
    }

    private GramScenario withSize(double size) {
        Shock.Move resized =
                new Shock.Move(shock.span(), shock.name(), direction * size, shock.days(), shock.firstDay());
        Scenario scenario = base.scenario();
        List<Shock> shocks = new ArrayList<>(scenario.gold().shocks());
        shocks.replaceAll(s -> s == shock ? resized : s);
        return base.withModel(scenario.withGold(scenario.gold().withShocks(shocks)));
    }
}
