package io.gramkit;

import io.gramkit.analysis.ColumnDictionary;
import io.gramkit.analysis.Comparison;
import io.gramkit.analysis.OutputFolder;
import java.io.IOException;
import java.nio.file.Path;
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

    private GramComparison(GramRun a, String nameA, GramRun b, String nameB) {
        this.a = a;
        this.b = b;
        this.comparison = Comparison.of(
                nameA, a.pathResults(), nameB, b.pathResults(), a.summary().seed());
    }

    /** Runs A as configured, then B with A's seed and paths. */
    public static GramComparison of(GramScenario a, GramScenario b) {
        GramRun runA = a.run();
        GramRun runB = b.withSeed(a.scenario().seed())
                .withPaths(runA.outcomes().size())
                .run();
        return new GramComparison(runA, label(a), runB, label(b));
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
                .add("columns.csv", out -> ColumnDictionary.write(Comparison.dictionary(), out));
        output.publish();
        return output.target();
    }
}
