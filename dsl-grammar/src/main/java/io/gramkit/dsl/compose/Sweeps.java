package io.gramkit.dsl.compose;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.dsl.ast.Quantity;
import io.gramkit.dsl.ast.ScenarioNode;
import io.gramkit.dsl.ast.ScenarioStatement;
import io.gramkit.dsl.ast.Sweep;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.dsl.diagnostic.Quote;
import io.gramkit.dsl.parser.Suggestions;
import io.gramkit.dsl.resolve.ModelUnits;
import io.gramkit.dsl.resolve.Resolver;
import io.gramkit.model.Scenario;
import io.gramkit.model.SweepGrid;
import io.gramkit.model.settings.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The last pass: resolves the scenario as written (without its sweeps), then each grid point, the
 * scenario with one value of every sweep put in place. Each sweep value is checked once on its
 * own, so a bad value is reported once, on the sweep line.
 */
public final class Sweeps {
    /** Most grid points one scenario may ask for; each point is a full run. */
    public static final int MAX_POINTS = 1_000;

    private final Path folder;
    private final Diagnostics diagnostics;

    private Sweeps(Path folder, Diagnostics diagnostics) {
        this.folder = folder;
        this.diagnostics = diagnostics;
    }

    /** The grid of a scenario whose imports are done, or empty after an error. */
    public static Optional<SweepGrid> grid(ScenarioNode scenario, Path folder, Diagnostics diagnostics) {
        return new Sweeps(folder, diagnostics).grid(scenario);
    }

    private record Axis(Sweep sweep, SweepTarget target) {}

    private Optional<SweepGrid> grid(ScenarioNode scenario) {
        List<Sweep> sweeps = new ArrayList<>();
        List<ScenarioStatement> rest = new ArrayList<>();
        for (ScenarioStatement statement : scenario.statements()) {
            if (statement instanceof Sweep sweep) {
                sweeps.add(sweep);
            } else {
                rest.add(statement);
            }
        }
        ScenarioNode baseNode = new ScenarioNode(scenario.span(), scenario.name(), rest);
        Optional<List<Axis>> axes = axes(sweeps);
        Optional<Scenario> base = Resolver.resolve(baseNode, folder, diagnostics);
        if (base.isEmpty() || axes.isEmpty()) {
            return Optional.empty();
        }
        if (axes.get().isEmpty()) {
            return Optional.of(SweepGrid.single(base.get()));
        }
        long size = 1;
        for (Axis axis : axes.get()) {
            size *= axis.sweep().values().size();
            if (size > MAX_POINTS) {
                diagnostics.report(GramCode.GRID_TOO_LARGE.at(
                        axis.sweep().span(),
                        String.format(
                                "the sweeps make a grid of more than %,d points; sweep fewer values", MAX_POINTS)));
                return Optional.empty();
            }
        }
        if (!eachValueResolves(baseNode, axes.get())) {
            return Optional.empty();
        }
        return points(base.get(), baseNode, axes.get());
    }

    /** The sweeps' targets; reports unknown settings (with the nearest one) and settings swept twice. */
    private Optional<List<Axis>> axes(List<Sweep> sweeps) {
        List<Axis> axes = new ArrayList<>();
        Map<String, Sweep> seen = new HashMap<>();
        boolean failed = false;
        for (Sweep sweep : sweeps) {
            String words = sweep.setting().value();
            Optional<SweepTarget> target = SweepTarget.find(words);
            if (target.isEmpty() && Settings.NOT_SWEEPABLE.contains(words)) {
                diagnostics.report(GramCode.UNKNOWN_SETTING.at(
                        sweep.setting().span(),
                        "cannot sweep " + Quote.of(words) + "; every point of a grid runs with the scenario's"
                                + " horizon, paths and seed, so that the points differ by their settings alone"));
                failed = true;
                continue;
            }
            if (target.isEmpty()) {
                String hint = Suggestions.closest(words, List.copyOf(SweepTarget.NAMED.keySet()))
                        .map(s -> "; did you mean " + Quote.of(s) + "?")
                        // The full list grows with the catalogue; the docs' settings table has it.
                        .orElse("; a sweep takes a setting by its \"sweep as\" name in the settings table of"
                                + " docs/language.md (such as fee, vol or gold reserves), or shock \"<name>\"");
                diagnostics.report(
                        GramCode.UNKNOWN_SETTING.at(sweep.setting().span(), "cannot sweep " + Quote.of(words) + hint));
                failed = true;
                continue;
            }
            Sweep first = seen.putIfAbsent(words, sweep);
            if (first != null) {
                diagnostics.report(GramCode.DUPLICATE.at(
                        sweep.span(),
                        "duplicate sweep of " + Quote.of(words) + "; the first is on line "
                                + first.span().line()));
                failed = true;
                continue;
            }
            Map<String, Quantity> values = new HashMap<>();
            for (Quantity value : sweep.values()) {
                String written = written(value);
                if (values.putIfAbsent(written, value) != null) {
                    diagnostics.report(GramCode.DUPLICATE.at(
                            value.span(),
                            "duplicate value " + Quote.of(written) + " in the sweep of " + Quote.of(words)));
                    failed = true;
                }
            }
            axes.add(new Axis(sweep, target.get()));
        }
        return failed ? Optional.empty() : Optional.of(axes);
    }

    private boolean eachValueResolves(ScenarioNode baseNode, List<Axis> axes) {
        boolean ok = true;
        for (Axis axis : axes) {
            for (Quantity value : axis.sweep().values()) {
                SweepTarget.Substituted substituted =
                        axis.target().put(baseNode, value, axis.sweep().span());
                if (substituted.problem().isPresent()) {
                    diagnostics.report(GramCode.SWEEP_NOT_APPLICABLE.at(
                            axis.sweep().setting().span(),
                            "cannot sweep " + Quote.of(axis.sweep().setting().value()) + ": "
                                    + substituted.problem().get()));
                    ok = false;
                    break;
                }
                ok &= Resolver.resolve(substituted.scenario(), folder, diagnostics)
                        .isPresent();
            }
        }
        return ok;
    }

    private Optional<SweepGrid> points(Scenario base, ScenarioNode baseNode, List<Axis> axes) {
        List<SweepGrid.Point> points = new ArrayList<>();
        int[] index = new int[axes.size()];
        boolean ok = true;
        while (true) {
            ScenarioNode node = baseNode;
            List<Double> values = new ArrayList<>();
            List<String> written = new ArrayList<>();
            for (int i = 0; i < axes.size(); i++) {
                Quantity value = axes.get(i).sweep().values().get(index[i]);
                node = axes.get(i)
                        .target()
                        .put(node, value, axes.get(i).sweep().span())
                        .scenario();
                values.add(ModelUnits.of(value).orElse(Double.NaN));
                written.add(written(value));
            }
            Optional<Scenario> point = Resolver.resolve(node, folder, diagnostics);
            ok &= point.isPresent();
            point.ifPresent(p -> points.add(new SweepGrid.Point(values, written, p)));
            int axis = axes.size() - 1;
            while (axis >= 0 && ++index[axis] == axes.get(axis).sweep().values().size()) {
                index[axis--] = 0;
            }
            if (axis < 0) {
                break;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        List<SweepGrid.Axis> gridAxes = axes.stream()
                .map(axis -> new SweepGrid.Axis(
                        axis.sweep().setting().value(),
                        axis.sweep().values().stream().map(Sweeps::written).toList()))
                .toList();
        return Optional.of(new SweepGrid(base, gridAxes, points));
    }

    private static String written(Quantity quantity) {
        return quantity.number().text()
                + quantity.unit()
                        .map(u -> (u.unit().symbol().equals("%") ? "" : " ")
                                + u.unit().symbol())
                        .orElse("");
    }
}
