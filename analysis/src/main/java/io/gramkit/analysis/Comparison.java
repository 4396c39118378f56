package io.gramkit.analysis;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Two runs of the same paths (same seed, so path i sees the same gold stream in both) compared
 * metric by metric. The difference B - A is the mean of the per-path differences, so its standard
 * error comes from their spread: when both policies react alike on most paths, most differences
 * are zero and the error is far smaller than that of two independent runs,
 * {@code sqrt(se_A^2 + se_B^2)}, which is reported beside it.
 */
public record Comparison(String nameA, String nameB, int paths, long seed, List<Row> rows) {

    public static final List<String> COLUMNS = List.of(
            "metric",
            "a",
            "b",
            "difference",
            "standard_error",
            "ci95_low",
            "ci95_high",
            "standard_error_if_independent");

    /** One metric of A and B, and their paired difference. */
    public record Row(Metric metric, Estimate a, Estimate b, Estimate difference, double independentStandardError) {}

    public Comparison {
        rows = List.copyOf(rows);
    }

    public static Comparison of(String nameA, PathResults a, String nameB, PathResults b, long seed) {
        return of(nameA, a, nameB, b, seed, List.of());
    }

    /**
     * Every headline metric, then {@code extra} (report conditions, metrics asked for), each
     * paired path by path; a metric in {@code extra} that is also a headline is not repeated.
     */
    public static Comparison of(
            String nameA, PathResults a, String nameB, PathResults b, long seed, List<? extends Metric> extra) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("paired runs need the same paths: " + a.size() + " and " + b.size());
        }
        List<Metric> metrics = new ArrayList<>(Headline.ALL);
        for (Metric metric : extra) {
            if (metrics.stream().noneMatch(m -> ReportMetric.key(m.name()).equals(ReportMetric.key(metric.name())))) {
                metrics.add(metric);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Metric metric : metrics) {
            double[] x = metric.values(a);
            double[] y = metric.values(b);
            double[] d = new double[x.length];
            for (int p = 0; p < d.length; p++) {
                d[p] = y[p] - x[p];
            }
            Estimate ea = metric.isShare() ? Estimate.share(x) : Estimate.mean(x);
            Estimate eb = metric.isShare() ? Estimate.share(y) : Estimate.mean(y);
            double independent =
                    Math.sqrt(ea.standardError() * ea.standardError() + eb.standardError() * eb.standardError());
            rows.add(new Row(metric, ea, eb, Estimate.mean(d), independent));
        }
        return new Comparison(nameA, nameB, a.size(), seed, rows);
    }

    public Row row(String metric) {
        return rows.stream()
                .filter(r -> r.metric().name().equals(metric))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no metric '" + metric + "'"));
    }

    /** compare.csv: one row per metric. */
    public void writeCsv(Writer out) throws IOException {
        Csv.row(out, COLUMNS.toArray(String[]::new));
        for (Row r : rows) {
            Csv.row(
                    out,
                    r.metric().name(),
                    MetricsCsv.number(r.a().value()),
                    MetricsCsv.number(r.b().value()),
                    MetricsCsv.number(r.difference().value()),
                    MetricsCsv.number(r.difference().standardError()),
                    MetricsCsv.number(r.difference().low()),
                    MetricsCsv.number(r.difference().high()),
                    MetricsCsv.number(r.independentStandardError()));
        }
    }

    /** columns.csv for compare.csv. */
    public static List<ColumnDictionary.Entry> dictionary() {
        return dictionary(List.of());
    }

    /** columns.csv for compare.csv whose rows are the headline metrics and {@code extra}. */
    public static List<ColumnDictionary.Entry> dictionary(List<? extends Metric> extra) {
        List<ColumnDictionary.Entry> out = new ArrayList<>();
        String f = "compare.csv";
        out.add(new ColumnDictionary.Entry(f, "metric", "column", "the metric (rows below)", ""));
        out.add(new ColumnDictionary.Entry(f, "a", "column", "the metric in run A", "per row"));
        out.add(new ColumnDictionary.Entry(f, "b", "column", "the metric in run B, same seed and paths", "per row"));
        out.add(new ColumnDictionary.Entry(
                f, "difference", "column", "B - A, the mean of per-path differences", "per row"));
        out.add(new ColumnDictionary.Entry(
                f,
                "standard_error",
                "column",
                "standard error of the difference from the paired per-path differences",
                "per row"));
        out.add(new ColumnDictionary.Entry(f, "ci95_low", "column", "difference - 1.96 standard_error", "per row"));
        out.add(new ColumnDictionary.Entry(f, "ci95_high", "column", "difference + 1.96 standard_error", "per row"));
        out.add(new ColumnDictionary.Entry(
                f,
                "standard_error_if_independent",
                "column",
                "sqrt(se_A^2 + se_B^2): the error two independent runs would have",
                "per row"));
        for (Headline h : Headline.ALL) {
            out.add(new ColumnDictionary.Entry(f, h.name(), "row", h.meaning(), h.unit()));
        }
        for (Metric m : extra) {
            if (Headline.named(m.name()).isEmpty()) {
                out.add(new ColumnDictionary.Entry(f, m.name(), "row", m.meaning(), m.unit()));
            }
        }
        return out;
    }
}
