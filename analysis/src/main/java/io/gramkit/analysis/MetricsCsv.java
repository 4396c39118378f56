package io.gramkit.analysis;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * metrics.csv: {@code metric,value,standard_error,ci95_low,ci95_high,count}, one estimate per
 * row; a field that does not apply (no standard error for a quantile, no paths to average) is
 * empty. Independent of the number of threads.
 */
public final class MetricsCsv {
    public static final List<String> COLUMNS =
            List.of("metric", "value", "standard_error", "ci95_low", "ci95_high", "count");

    private MetricsCsv() {}

    public static void write(List<MetricRow> rows, Writer out) throws IOException {
        Csv.row(out, COLUMNS.toArray(String[]::new));
        for (MetricRow row : rows) {
            Estimate e = row.estimate();
            Csv.row(
                    out,
                    row.name(),
                    number(e.value()),
                    number(e.standardError()),
                    number(e.low()),
                    number(e.high()),
                    Long.toString(e.count()));
        }
    }

    static String number(double value) {
        return Double.isNaN(value) ? "" : Csv.number(value);
    }
}
