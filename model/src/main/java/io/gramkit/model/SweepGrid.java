package io.gramkit.model;

import java.util.List;
import java.util.Objects;

/**
 * A scenario's sweeps: the cartesian grid of the swept settings' values, one resolved scenario per
 * point. Every point keeps the base scenario's seed and path count, so all points run on the same
 * random numbers; a scenario without sweeps is a grid of one point with no axes.
 *
 * @param axes   the swept settings, in the order written
 * @param points every combination, the last axis varying fastest
 */
public record SweepGrid(Scenario base, List<Axis> axes, List<Point> points) {

    public SweepGrid {
        Objects.requireNonNull(base, "base");
        axes = List.copyOf(axes);
        points = List.copyOf(points);
        int expected = axes.stream().mapToInt(axis -> axis.written().size()).reduce(1, Math::multiplyExact);
        if (points.size() != expected) {
            throw new IllegalArgumentException(points.size() + " points for a grid of " + expected);
        }
    }

    /** The grid of a scenario without sweeps. */
    public static SweepGrid single(Scenario scenario) {
        return new SweepGrid(scenario, List.of(), List.of(new Point(List.of(), List.of(), scenario)));
    }

    public boolean isSweep() {
        return !axes.isEmpty();
    }

    /**
     * One swept setting.
     *
     * @param setting the setting as the sweep names it ({@code fee}, {@code gold reserves})
     * @param written its values as written ({@code 0.5%})
     */
    public record Axis(String setting, List<String> written) {
        public Axis {
            Objects.requireNonNull(setting, "setting");
            written = List.copyOf(written);
        }
    }

    /**
     * One grid point.
     *
     * @param values  each axis's value in model units (fractions, USD/g, grams, USD, days)
     * @param written each axis's value as written
     */
    public record Point(List<Double> values, List<String> written, Scenario scenario) {
        public Point {
            values = List.copyOf(values);
            written = List.copyOf(written);
            Objects.requireNonNull(scenario, "scenario");
        }
    }
}
