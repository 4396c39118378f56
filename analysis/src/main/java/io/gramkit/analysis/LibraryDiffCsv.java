package io.gramkit.analysis;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * library-diff.csv: one row per scenario and metric, A, B and B - A; for paired metrics the
 * standard error of the paired differences and its 95% interval, and whether that interval
 * excludes zero; for quantiles (which do not pair) those fields are empty.
 */
public final class LibraryDiffCsv {
    public static final String FILE = "library-diff.csv";
    public static final List<String> COLUMNS =
            List.of("scenario", "metric", "a", "b", "difference", "standard_error", "ci95_low", "ci95_high", "changed");

    private LibraryDiffCsv() {}

    public static void write(LibraryDiff diff, Writer out) throws IOException {
        Csv.row(out, COLUMNS.toArray(String[]::new));
        for (LibraryDiff.ScenarioDiff scenario : diff.ran()) {
            for (Comparison.Row row : scenario.comparison().rows()) {
                Estimate d = row.difference();
                Csv.row(
                        out,
                        scenario.name(),
                        row.metric().name(),
                        MetricsCsv.number(row.a().value()),
                        MetricsCsv.number(row.b().value()),
                        MetricsCsv.number(d.value()),
                        MetricsCsv.number(d.standardError()),
                        MetricsCsv.number(d.low()),
                        MetricsCsv.number(d.high()),
                        Boolean.toString(LibraryDiff.ScenarioDiff.changed(row)));
            }
            for (DebtQuantile.Change quantile : scenario.quantiles()) {
                Csv.row(
                        out,
                        scenario.name(),
                        quantile.name(),
                        MetricsCsv.number(quantile.a().value()),
                        MetricsCsv.number(quantile.b().value()),
                        MetricsCsv.number(quantile.difference()),
                        "",
                        "",
                        "",
                        "");
            }
        }
    }
}
