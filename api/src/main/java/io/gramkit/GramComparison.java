package io.gramkit;

import io.gramkit.analysis.ColumnDictionary;
import io.gramkit.analysis.Comparison;
import io.gramkit.analysis.ComparisonText;
import io.gramkit.analysis.Metric;
import io.gramkit.analysis.OutputFolder;
import io.gramkit.analysis.ReportMetric;
import io.gramkit.analysis.TrajectorySample;
import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.interpreter.PathOutcomes;
import io.gramkit.model.policy.ReportRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Scenario B against scenario A on common random numbers: B runs with A's seed and number of
 * paths, so path i of both sees the same gold stream and differences are paired path by path.
 */
public final class GramComparison {
    private final GramRun a;
    private final GramRun b;
    private final Comparison comparison;

    private final List<Metric> metrics;

    private GramComparison(GramRun a, String nameA, GramRun b, String nameB, List<Metric> metrics) {
        this.a = a;
        this.b = b;
        this.metrics = List.copyOf(metrics);
        this.comparison = Comparison.of(
                nameA, a.pathResults(), nameB, b.pathResults(), a.summary().seed(), metrics);
    }

    /** Runs A as configured, then B with A's seed and paths. */
    public static GramComparison of(GramScenario a, GramScenario b) {
        return of(a, b, List.of());
    }

    /**
     * Runs A, then B with A's seed and paths, pairing the headline metrics, the report conditions
     * of both scenarios' report blocks (each measured in both runs) and {@code extra}.
     */
    public static GramComparison of(GramScenario a, GramScenario b, List<? extends Metric> extra) {
        List<Metric> metrics = new ArrayList<>();
        for (GramScenario s : List.of(a, b)) {
            ReportRequest report = s.scenario().report();
            report.probabilities().forEach(m -> metrics.add(new ReportMetric(true, m)));
            report.dayCounts().forEach(m -> metrics.add(new ReportMetric(false, m)));
        }
        metrics.addAll(extra);
        List<Metric> distinct = new ArrayList<>();
        for (Metric m : metrics) {
            if (distinct.stream().noneMatch(d -> ReportMetric.key(d.name()).equals(ReportMetric.key(m.name())))) {
                distinct.add(m);
            }
        }
        GramRun runA = a.withMetrics(distinct).run();
        GramRun runB = b.withSeed(a.scenario().seed())
                .withPaths(runA.outcomes().size())
                .withMetrics(distinct)
                .run();
        return new GramComparison(runA, label(a), runB, label(b), distinct);
    }

    /**
     * Whether path i saw the same gold prices in A and B on every path (compared at the horizon
     * and on every day of the sampled paths): true when both share a gold model and shocks, and
     * what makes "the same gold stream" true.
     */
    public boolean sameGold() {
        PathOutcomes x = a.outcomes();
        PathOutcomes y = b.outcomes();
        for (int p = 0; p < x.size(); p++) {
            if (Double.compare(x.goldPrice(p), y.goldPrice(p)) != 0) {
                return false;
            }
        }
        TrajectorySample sa = a.trajectorySample();
        TrajectorySample sb = b.trajectorySample();
        for (int p = 0; p < Math.min(sa.paths(), sb.paths()); p++) {
            for (int day = 0; day < Math.min(sa.days(), sb.days()); day++) {
                if (Double.compare(sa.value("gold", p, day), sb.value("gold", p, day)) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The warnings of A's and B's files, as {@code gram check} prints them. */
    public List<Diagnostic> warnings() {
        List<Diagnostic> all = new ArrayList<>(a.warnings());
        all.addAll(b.warnings());
        return all;
    }

    /** The comparison as {@code gram compare} prints it. */
    public String text() {
        return ComparisonText.render(comparison, a.result().scenario().horizonDays(), sameGold());
    }

    private static String label(GramScenario scenario) {
        return scenario.scenario().name() + " (" + scenario.source().name() + ")";
    }

    public GramRun a() {
        return a;
    }

    public GramRun b() {
        return b;
    }

    public Comparison comparison() {
        return comparison;
    }

    /** compare.csv as a table. */
    public Table table() {
        StringColumn metric = StringColumn.create("metric");
        DoubleColumn[] numbers = Comparison.COLUMNS.subList(1, Comparison.COLUMNS.size()).stream()
                .map(DoubleColumn::create)
                .toArray(DoubleColumn[]::new);
        for (Comparison.Row r : comparison.rows()) {
            metric.append(r.metric().name());
            double[] values = {
                r.a().value(),
                r.b().value(),
                r.difference().value(),
                r.difference().standardError(),
                r.difference().low(),
                r.difference().high(),
                r.independentStandardError()
            };
            for (int i = 0; i < values.length; i++) {
                numbers[i].append(values[i]);
            }
        }
        Table table = Table.create("compare", metric);
        table.addColumns(numbers);
        return table;
    }

    /** Writes compare.csv and its columns.csv into {@code folder} (complete or not at all). */
    public Path writeTo(Path folder, boolean force) throws IOException {
        OutputFolder output = new OutputFolder(folder, force)
                .add("compare.csv", comparison::writeCsv)
                .add("columns.csv", out -> ColumnDictionary.write(Comparison.dictionary(metrics), out));
        output.publish();
        return output.target();
    }
}
