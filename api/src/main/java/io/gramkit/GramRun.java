package io.gramkit;

import io.gramkit.analysis.AuditCsv;
import io.gramkit.analysis.ColumnDictionary;
import io.gramkit.analysis.DailyBands;
import io.gramkit.analysis.DailyCsv;
import io.gramkit.analysis.DailyShares;
import io.gramkit.analysis.DebtDaily;
import io.gramkit.analysis.DebtDictionary;
import io.gramkit.analysis.DebtMetrics;
import io.gramkit.analysis.Estimate;
import io.gramkit.analysis.Headline;
import io.gramkit.analysis.HtmlReport;
import io.gramkit.analysis.InputFile;
import io.gramkit.analysis.Manifest;
import io.gramkit.analysis.Metric;
import io.gramkit.analysis.MetricRow;
import io.gramkit.analysis.Metrics;
import io.gramkit.analysis.MetricsCsv;
import io.gramkit.analysis.OutputFolder;
import io.gramkit.analysis.PathMetrics;
import io.gramkit.analysis.PathMetricsCsv;
import io.gramkit.analysis.PathResults;
import io.gramkit.analysis.PathsCsv;
import io.gramkit.analysis.ReportMetric;
import io.gramkit.analysis.Summary;
import io.gramkit.analysis.SummaryCsv;
import io.gramkit.analysis.SummaryText;
import io.gramkit.analysis.TailRisk;
import io.gramkit.analysis.TrajectorySample;
import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.interpreter.AuditTrail;
import io.gramkit.interpreter.PathOutcomes;
import io.gramkit.interpreter.RuleChanges;
import io.gramkit.interpreter.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * A finished run: its summary, metrics, daily bands, per-path outcomes and metrics, a sample of
 * full trajectories, each also as a Tablesaw table with the output files' column names, and the
 * files it can write.
 */
public final class GramRun {
    /** The files {@link #writeTo} writes, in order. */
    public static final List<String> FILES = List.of(
            "paths.csv",
            "path-metrics.csv",
            "summary.csv",
            "metrics.csv",
            "daily.csv",
            "daily-shares.csv",
            "columns.csv",
            "manifest.json");
    /** The files a run with an audit trail writes besides {@link #FILES}, before columns.csv. */
    /** The file a run with a debt block writes besides {@link #FILES}, before columns.csv. */
    public static final String DEBT_FILE = "debt-daily.csv";
    /** The files a run with an audit trail writes besides {@link #FILES}, before columns.csv. */
    public static final List<String> AUDIT_FILES = List.of(AuditCsv.AUDIT_FILE, AuditCsv.RULE_CHANGES_FILE);

    private final RunResult result;
    private final DailyBands bands;
    private final PathMetrics pathMetrics;
    private final TrajectorySample sample;
    private final DailyShares dailyShares;
    private final Summary summary;
    private final List<MetricRow> metrics;
    /** The metrics a scenario's report block asked for (also in {@link #metrics}). */
    private final List<MetricRow> reportRows;
    /** The metrics asked of the run ({@link GramScenario#withMetrics}) that are neither headline nor report rows. */
    private final List<MetricRow> askedRows;
    /** Per-path values of the report conditions measured, by metric name without spaces. */
    private final Map<String, double[]> reported;

    private final List<Diagnostic> warnings;

    private final GramScenario.Source source;
    private final InputFile scenarioInput;
    private final Optional<InputFile> goldInput;
    private final Optional<AuditTrail> audit;
    private final Optional<DebtDaily> debt;

    GramRun(
            RunResult result,
            DailyBands bands,
            PathMetrics pathMetrics,
            TrajectorySample sample,
            DailyShares dailyShares,
            List<MetricRow> reportRows,
            Map<String, double[]> reported,
            List<Metric> asked,
            List<Diagnostic> warnings,
            GramScenario.Source source,
            Optional<InputFile> goldInput,
            Optional<AuditTrail> audit,
            Optional<DebtDaily> debt) {
        this.result = result;
        this.debt = debt;
        this.bands = bands;
        this.pathMetrics = pathMetrics;
        this.sample = sample;
        this.dailyShares = dailyShares;
        this.summary = Summary.of(result);
        this.reported = Map.copyOf(reported);
        this.warnings = List.copyOf(warnings);
        List<MetricRow> rows = new ArrayList<>(Metrics.of(result.scenario(), pathResults()));
        if (debt.isPresent()) {
            rows.addAll(DebtMetrics.of(result.outcomes()));
        }
        rows.addAll(reportRows);
        List<MetricRow> askedRows = new ArrayList<>();
        for (Metric metric : asked) {
            if (rows.stream().noneMatch(row -> ReportMetric.key(row.name()).equals(ReportMetric.key(metric.name())))) {
                askedRows.add(metric.row(pathResults()));
            }
        }
        rows.addAll(askedRows);
        this.metrics = List.copyOf(rows);
        this.reportRows = List.copyOf(reportRows);
        this.askedRows = List.copyOf(askedRows);
        this.source = source;
        this.scenarioInput = source.input();
        this.goldInput = goldInput;
        this.audit = audit;
    }

    public RunResult result() {
        return result;
    }

    public Summary summary() {
        return summary;
    }

    public DailyBands dailyBands() {
        return bands;
    }

    public PathOutcomes outcomes() {
        return result.outcomes();
    }

    /** Per day, the shares of paths off peg and under-covered (daily-shares.csv). */
    public DailyShares dailyShares() {
        return dailyShares;
    }

    /** daily-shares.csv as a table. */
    public Table dailySharesTable() {
        return GramTables.dailyShares(dailyShares);
    }

    /** The debt block by day (debt-daily.csv), when the scenario has one. */
    public Optional<DebtDaily> debtDaily() {
        return debt;
    }

    /**
     * debt-daily.csv as a table: {@code day, paths_with_debt, collateral_ratio_q05 .. q95,
     * bad_debt_mean, bad_debt_q50 .. q99, share_with_bad_debt}.
     *
     * @throws IllegalStateException when the scenario has no debt block
     */
    public Table debtDailyTable() {
        return GramTables.debtDaily(debt.orElseThrow(
                () -> new IllegalStateException("this scenario has no debt block, so there is no debt-daily.csv")));
    }

    /** Per-path peg and reserve metrics (path-metrics.csv). */
    public PathMetrics pathMetrics() {
        return pathMetrics;
    }

    /** Outcomes and metrics together, one row per path: what {@link Headline} metrics are means of. */
    public PathResults pathResults() {
        return new PathResults(result.outcomes(), pathMetrics, reported);
    }

    /**
     * The warnings of the scenario's file, as {@code gram check} prints them (a shock after the
     * horizon, reserves that do not cover the supply on day 0, ...): a run never hides them.
     */
    public List<Diagnostic> warnings() {
        return warnings;
    }

    /**
     * Any metric of the one metric grammar ({@link GramMetrics}) estimated on this run: a row of
     * metrics.csv, {@code share[max discount > 5%]}, {@code mean[min coverage]}, ... A report
     * condition ({@code probability[...]}) must have been measured: named in the scenario's report
     * block or asked for with {@link GramScenario#withMetrics}.
     */
    public Estimate estimate(String metric) {
        return estimate(GramMetrics.metric(metric));
    }

    public Estimate estimate(Metric metric) {
        return metric.estimate(pathResults());
    }

    /** The estimates of metrics.csv, each with its standard error and 95% interval. */
    public List<MetricRow> metrics() {
        return metrics;
    }

    /** One estimate of metrics.csv by name. */
    public Estimate metric(String name) {
        Optional<Estimate> row = metrics.stream()
                .filter(r -> ReportMetric.key(r.name()).equals(ReportMetric.key(name)))
                .findFirst()
                .map(MetricRow::estimate);
        // Not a row of metrics.csv: any metric the grammar reads (share[max discount > 5%], ...).
        return row.orElseGet(() -> estimate(name));
    }

    /**
     * Value at risk and expected shortfall at {@code level} (0.95, say) of any per-path column of
     * paths.csv or path-metrics.csv, taken as a loss (larger is worse); negate a column where lower
     * is worse, e.g. {@code tailRisk(run.pathsTable().doubleColumn("coverage").multiply(-1).asDoubleArray(), 0.95)}.
     */
    public TailRisk tailRisk(String column, double level) {
        double[] values = PathMetrics.COLUMNS.contains(column)
                ? pathMetrics.column(column)
                : outcomes().column(column);
        return TailRisk.of(values, level);
    }

    public static TailRisk tailRisk(double[] losses, double level) {
        return TailRisk.of(losses, level);
    }

    /** The trajectories of the first few paths, day by day. */
    public TrajectorySample trajectorySample() {
        return sample;
    }

    /** summary.csv's numeric rows: {@code metric, value, standard_error}. */
    public Table summaryTable() {
        return GramTables.summary(summary);
    }

    /** metrics.csv: {@code metric, value, standard_error, ci95_low, ci95_high, count, unit, meaning}. */
    public Table metricsTable() {
        return GramTables.metrics(metrics);
    }

    /** daily.csv: {@code day, gold_q05 .. supply_q95}. */
    public Table dailyTable() {
        return GramTables.daily(bands);
    }

    /** paths.csv: one row per path. */
    public Table pathsTable() {
        return GramTables.paths(result.outcomes());
    }

    /** path-metrics.csv: one row per path; days that never came are missing. */
    public Table pathMetricsTable() {
        return GramTables.pathMetrics(pathMetrics);
    }

    /** {@code path, day, gold, discount, coverage, supply} for the sampled paths. */
    public Table trajectoriesTable() {
        return GramTables.trajectories(sample);
    }

    /** columns.csv: what every column and metric means, and its unit. */
    public Table columnsTable() {
        return GramTables.columns(columnEntries());
    }

    /** The dictionary of this run's files: the audit trail's files too when it kept one. */
    private List<ColumnDictionary.Entry> columnEntries() {
        List<ColumnDictionary.Entry> entries =
                new ArrayList<>(ColumnDictionary.entries(metrics, bands.probabilities(), ruleNames()));
        if (audit.isPresent()) {
            AuditCsv.describe(entries);
        }
        if (debt.isPresent()) {
            DebtDictionary.describe(entries);
        }
        return entries;
    }

    private List<String> ruleNames() {
        return summary.ruleChanges().stream().map(RuleChanges::rule).toList();
    }

    /**
     * One self-contained HTML page: fan charts of gold, discount and coverage, a histogram of the
     * largest discount, rule change counts, the metrics, the scenario's text and the manifest.
     */
    public String htmlReport() {
        return HtmlReport.render(new HtmlReport.Input(
                summary,
                metrics,
                bands,
                dailyShares,
                result.outcomes(),
                summaryText(),
                source.name(),
                source.content(),
                manifest().toJson(List.of()),
                debt.map(daily -> new HtmlReport.DebtSection(
                        daily,
                        result.scenario().debt().orElseThrow().liquidationRatio(),
                        result.scenario().debt().orElseThrow().currency()))));
    }

    /** Writes {@link #htmlReport()} to {@code file} (replacing it), creating its folder if needed. */
    public Path writeHtmlReport(Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        java.nio.file.Files.createDirectories(target.getParent());
        java.nio.file.Files.writeString(target, htmlReport(), java.nio.charset.StandardCharsets.UTF_8);
        return target;
    }

    /** The audit trail, when the scenario ran {@link GramScenario#withAudit(int) with one}. */
    public Optional<AuditTrail> audit() {
        return audit;
    }

    /**
     * audit.csv as a table: {@code path, day, rule, rule_file, rule_line, lever, before, after,
     * changed, matched}.
     *
     * @throws IllegalStateException when the run kept no audit trail
     */
    public Table auditTable() {
        return GramTables.audit(requireAudit());
    }

    /** rule-changes.csv as a table: {@code rule, lever, path_days} over all paths. */
    public Table ruleChangesTable() {
        return GramTables.ruleChanges(requireAudit());
    }

    private AuditTrail requireAudit() {
        return audit.orElseThrow(
                () -> new IllegalStateException("this run kept no audit trail; run a scenario" + " .withAudit(paths)"));
    }

    /** The files {@link #writeTo} writes for this run, in order. */
    public List<String> files() {
        if (audit.isEmpty() && debt.isEmpty()) {
            return FILES;
        }
        List<String> files = new ArrayList<>(FILES);
        if (debt.isPresent()) {
            files.add(files.indexOf("columns.csv"), DEBT_FILE);
        }
        if (audit.isPresent()) {
            files.addAll(files.indexOf("columns.csv"), AUDIT_FILES);
        }
        return List.copyOf(files);
    }

    public Manifest manifest() {
        return Manifest.of(result, scenarioInput, goldInput);
    }

    /** The summary as printed by {@code gram run}. */
    public String summaryText() {
        String text =
                SummaryText.render(summary, result.threads(), result.elapsed().toNanos() / 1e9) + debtText();
        if (reportRows.isEmpty() && askedRows.isEmpty()) {
            return text;
        }
        StringBuilder report = new StringBuilder(text).append("\n  report\n");
        List<MetricRow> shown = new ArrayList<>(reportRows);
        shown.addAll(askedRows);
        for (MetricRow row : shown) {
            if (!row.unit().equals("fraction of paths") && !row.unit().equals("days")) {
                Estimate e = row.estimate();
                report.append(String.format(
                        Locale.ROOT,
                        "    %-44s %s (95%% CI %s to %s)%n",
                        row.name(),
                        readable(e.value(), row.unit()),
                        readable(e.low(), row.unit()),
                        readable(e.high(), row.unit())));
                continue;
            }
            Estimate e = row.estimate();
            report.append(
                    row.unit().equals("fraction of paths")
                            ? String.format(
                                    Locale.ROOT,
                                    "    %-44s %7.2f%% of paths (95%% CI %.2f%% to %.2f%%)%n",
                                    row.name(),
                                    100 * e.value(),
                                    100 * e.low(),
                                    100 * e.high())
                            : String.format(
                                    Locale.ROOT,
                                    "    %-44s %7.2f days per path (95%% CI %.2f to %.2f)%n",
                                    row.name(),
                                    e.value(),
                                    e.low(),
                                    e.high()));
        }
        return report.toString();
    }

    /** The debt block's lines of the summary; empty without one. */
    private String debtText() {
        if (debt.isEmpty()) {
            return "";
        }
        String currency = result.scenario().debt().orElseThrow().currency();
        StringBuilder text = new StringBuilder("\n  " + currency + " vaults\n");
        for (String name : List.of("share_paths_with_liquidation", "share_paths_with_bad_debt_above_surplus")) {
            Estimate e = metric(name);
            text.append(String.format(
                    Locale.ROOT,
                    "    %-44s %7.2f%% of paths (95%% CI %.2f%% to %.2f%%)%n",
                    name,
                    100 * e.value(),
                    100 * e.low(),
                    100 * e.high()));
        }
        for (String name :
                List.of("bad_debt_q95", "bad_debt_q99", "liquidation_volume_q95", "liquidation_volume_q99")) {
            text.append(String.format(
                    Locale.ROOT, "    %-44s %,15.0f %s%n", name, metric(name).value(), currency));
        }
        return text.toString();
    }

    /** A value for reading: a fraction in percent, anything else to four significant digits. */
    private static String readable(double value, String unit) {
        return unit.equals("fraction") || unit.equals("ratio")
                ? String.format(Locale.ROOT, "%.2f%%", 100 * value)
                : String.format(Locale.ROOT, "%.4g %s", value, unit);
    }

    /**
     * Writes the {@link #files()} into {@code folder}, which
     * appears complete or not at all; an existing folder is replaced only when {@code force}.
     */
    public Path writeTo(Path folder, boolean force) throws IOException {
        OutputFolder output = addTo(new OutputFolder(folder, force), "");
        output.publish();
        return output.target();
    }

    /** Adds this run's {@link #files()} to {@code output}, under {@code prefix} ("" or a folder name ending in '/'). */
    OutputFolder addTo(OutputFolder output, String prefix) {
        output.add(prefix + "paths.csv", out -> PathsCsv.write(result.outcomes(), out))
                .add(prefix + "path-metrics.csv", out -> PathMetricsCsv.write(pathMetrics, out))
                .add(prefix + "summary.csv", out -> SummaryCsv.write(summary, out))
                .add(prefix + "metrics.csv", out -> MetricsCsv.write(metrics, out))
                .add(prefix + "daily.csv", out -> DailyCsv.write(bands, out))
                .add(prefix + "daily-shares.csv", dailyShares::writeCsv);
        if (debt.isPresent()) {
            output.add(prefix + DEBT_FILE, debt.get()::writeCsv);
        }
        if (audit.isPresent()) {
            output.add(prefix + AuditCsv.AUDIT_FILE, out -> AuditCsv.writeAudit(audit.get(), out))
                    .add(prefix + AuditCsv.RULE_CHANGES_FILE, out -> AuditCsv.writeRuleChanges(audit.get(), out));
        }
        output.add(prefix + "columns.csv", out -> ColumnDictionary.write(columnEntries(), out));
        Manifest manifest = manifest();
        return output.addIndex(prefix + "manifest.json", hashes -> {
            List<InputFile> outputs = new ArrayList<>();
            for (String name : files()) {
                if (hashes.containsKey(name)) {
                    outputs.add(new InputFile(name, hashes.get(name)));
                }
            }
            return manifest.toJson(outputs);
        });
    }
}
