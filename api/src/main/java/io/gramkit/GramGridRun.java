package io.gramkit;

import io.gramkit.analysis.Csv;
import io.gramkit.analysis.Estimate;
import io.gramkit.analysis.Headline;
import io.gramkit.analysis.InputFile;
import io.gramkit.analysis.Manifest;
import io.gramkit.analysis.Metric;
import io.gramkit.analysis.OutputFolder;
import io.gramkit.model.SweepGrid;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The runs of every grid point: one table with a row per point, the swept settings as leading
 * columns (values in model units: fractions, USD/g, grams, USD, days) and each metric's estimate,
 * and each point's full results.
 */
public final class GramGridRun {
    private final SweepGrid grid;
    private final List<GramRun> runs;

    /** The metrics each sweep line shows: those asked for, else the two headline shares. */
    private final List<Metric> shown;

    GramGridRun(SweepGrid grid, List<GramRun> runs, List<Metric> asked) {
        this.grid = grid;
        this.runs = List.copyOf(runs);
        this.shown = asked.isEmpty()
                ? List.of(
                        Headline.named("share_max_discount_above_10pct").orElseThrow(),
                        Headline.named("share_minting_halted").orElseThrow())
                : List.copyOf(asked);
    }

    /** The point's run, in grid order (the last axis varying fastest). */
    public GramRun run(int point) {
        return runs.get(point);
    }

    public List<GramRun> runs() {
        return runs;
    }

    /** {@code point, <swept settings...>, <metrics...>}: one row per grid point. */
    public Table table() {
        IntColumn point = IntColumn.create("point");
        List<DoubleColumn> columns =
                valueNames().stream().map(DoubleColumn::create).toList();
        for (int i = 0; i < runs.size(); i++) {
            point.append(i + 1);
            List<Double> row = values(i);
            for (int c = 0; c < columns.size(); c++) {
                columns.get(c).append(row.get(c));
            }
        }
        Table table = Table.create("grid", point);
        columns.forEach(table::addColumns);
        return table;
    }

    /** The names of a point's values: the swept settings, then the metrics. */
    private List<String> valueNames() {
        List<String> names = new ArrayList<>();
        grid.axes().forEach(axis -> names.add(axis.setting()));
        runs.get(0).metrics().forEach(row -> names.add(row.name()));
        return names;
    }

    /** Point {@code i}'s swept values in model units, then its metrics' estimates. */
    private List<Double> values(int i) {
        List<Double> values = new ArrayList<>(grid.points().get(i).values());
        runs.get(i).metrics().forEach(row -> values.add(row.estimate().value()));
        return values;
    }

    /**
     * One line per point: its number, its swept values as written and each shown metric with its
     * 95% interval (the metrics asked for, else the shares above 10% and halted minting).
     */
    public String summaryText() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "%s: %d grid points on the same random numbers%n",
                grid.base().name(),
                runs.size()));
        for (int i = 0; i < runs.size(); i++) {
            SweepGrid.Point values = grid.points().get(i);
            List<String> settings = new ArrayList<>();
            for (int a = 0; a < grid.axes().size(); a++) {
                settings.add(
                        grid.axes().get(a).setting() + " " + values.written().get(a));
            }
            GramRun run = runs.get(i);
            List<String> shownValues = new ArrayList<>();
            for (Metric metric : shown) {
                shownValues.add(label(metric) + " " + interval(metric, run.estimate(metric)));
            }
            text.append(String.format(
                    Locale.ROOT,
                    "  %3d  %-40s  %s%n",
                    i + 1,
                    String.join(", ", settings),
                    String.join("  ", shownValues)));
        }
        text.append("  (95% intervals: Wilson for shares of paths, mean +- 1.96 se for means)\n");
        return text.toString();
    }

    private static String label(Metric metric) {
        return switch (metric.name()) {
            case "share_max_discount_above_10pct" -> "max discount above 10%:";
            case "share_minting_halted" -> "halted minting:";
            default -> metric.name() + ":";
        };
    }

    /** {@code 18.40% [16.10%, 20.95%]}: the estimate and its 95% interval, shares and fractions in percent. */
    static String interval(Metric metric, Estimate e) {
        if (metric.isFraction()) {
            return String.format(
                    Locale.ROOT, "%.2f%% [%.2f%%, %.2f%%]", 100 * e.value(), 100 * e.low(), 100 * e.high());
        }
        return String.format(Locale.ROOT, "%.4g [%.4g, %.4g]", e.value(), e.low(), e.high());
    }

    /**
     * Writes {@code grid.csv} (the {@link #table()}), each point's files under {@code points/NNN/}
     * and a {@code manifest.json} over all of them, all or nothing, into {@code folder}.
     */
    public Path writeTo(Path folder, boolean force) throws IOException {
        OutputFolder output = new OutputFolder(folder, force);
        for (int i = 0; i < runs.size(); i++) {
            runs.get(i).addTo(output, pointFolder(i));
        }
        output.add("grid.csv", this::writeGridCsv);
        Manifest manifest = runs.get(0).manifest();
        output.addIndex(
                "manifest.json",
                hashes -> manifest.toJson(hashes.entrySet().stream()
                        .map(file -> new InputFile(file.getKey(), file.getValue()))
                        .toList()));
        output.publish();
        return output.target();
    }

    /** {@code points/001/}: the folder of point {@code i} (from 0). */
    public static String pointFolder(int i) {
        return String.format(Locale.ROOT, "points/%03d/", i + 1);
    }

    private void writeGridCsv(Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("point", "folder"));
        header.addAll(valueNames());
        Csv.row(out, header.toArray(String[]::new));
        for (int i = 0; i < runs.size(); i++) {
            List<String> fields = new ArrayList<>(List.of(Integer.toString(i + 1), pointFolder(i)));
            values(i).forEach(value -> fields.add(Csv.number(value)));
            Csv.row(out, fields.toArray(String[]::new));
        }
    }
}
