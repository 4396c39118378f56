package io.gramkit.notebook;

import io.gramkit.GramRun;
import io.gramkit.analysis.DailyBands;
import io.gramkit.analysis.Estimate;
import io.gramkit.diagnostic.DiagnosticPrinter;
import io.gramkit.interpreter.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A finished run, shown as its summary; tables and charts of it on request. */
public final class NotebookRun implements Displayable {
    private final String label;
    private final GramRun run;

    NotebookRun(String label, GramRun run) {
        this.label = label;
        this.run = run;
    }

    /** Wraps a run made with the kit's API, to show it with this facade's tables and charts. */
    public static NotebookRun of(String label, GramRun run) {
        return new NotebookRun(label, run);
    }

    public String label() {
        return label;
    }

    /** The kit's run, for the API this facade does not cover. */
    public GramRun gram() {
        return run;
    }

    /**
     * Any metric of the one metric grammar (docs/analysis.md, "Metrics"): a row of metrics.csv,
     * {@code share[max discount > 5%]}, {@code mean[min coverage]}, or a report condition the
     * run measured ({@link NotebookScenario#run(String...)}).
     */
    public Estimate metric(String metric) {
        return run.metric(metric);
    }

    /** The scenario's warnings as {@code gram check} prints them; shown above the summary. */
    public List<String> warnings() {
        return run.warnings().stream().map(DiagnosticPrinter::render).toList();
    }

    public SummaryView summary() {
        RunResult result = run.result();
        return new SummaryView(run.summary(), result.threads(), result.elapsed().toNanos() / 1e9);
    }

    /** A fan chart of {@code quantity} (gold, discount, coverage or supply) by day. */
    /**
     * The debt block's collateral-ratio bands by day (5-95% and 25-75% of the paths that owe debt,
     * the median as a line, the liquidation ratio marked), as the HTML report draws them.
     *
     * @throws IllegalStateException when the scenario has no debt block
     */
    public Chart collateralRatio() {
        var daily = debtDaily();
        var debt = run.result().scenario().debt().orElseThrow();
        return new Chart(
                "collateral ratio bands of " + label,
                java.util.Base64.getDecoder()
                        .decode(io.gramkit.analysis.DebtCharts.collateralRatioBands(daily, debt.liquidationRatio())));
    }

    /** The debt block's bad debt so far by day: mean, median, 95% and 99% of paths. */
    public Chart badDebt() {
        var daily = debtDaily();
        var debt = run.result().scenario().debt().orElseThrow();
        return new Chart(
                "bad debt by day of " + label,
                java.util.Base64.getDecoder().decode(io.gramkit.analysis.DebtCharts.badDebt(daily, debt.currency())));
    }

    /** debt-daily.csv as a table: collateral-ratio bands and bad debt by day. */
    public tech.tablesaw.api.Table debt() {
        return run.debtDailyTable();
    }

    private io.gramkit.analysis.DebtDaily debtDaily() {
        return run.debtDaily().orElseThrow(() -> new IllegalStateException("this scenario has no debt block"));
    }

    public Chart fan(String quantity) {
        return fan(quantity, 0, Integer.MAX_VALUE);
    }

    /** The fan chart of {@code quantity} on days {@code firstDay .. lastDay} only, to look closer. */
    public Chart fan(String quantity, int firstDay, int lastDay) {
        return FanChart.of(quantity, List.of(new FanChart.Fan(label, run.dailyBands())), firstDay, lastDay);
    }

    /** One row per path with its state at the horizon and running totals: the columns of paths.csv. */
    public Table paths() {
        return Displayables.paths(
                label + ": paths at day " + run.result().scenario().horizonDays(), run.outcomes());
    }

    /** The daily 5/25/50/75/95% quantiles of {@code quantity} across paths: the numbers behind {@link #fan}. */
    public Table daily(String quantity) {
        DailyBands bands = run.dailyBands();
        bands.band(quantity, 0); // rejects an unknown quantity before the table is shown
        List<String> columns = List.of("day", "5%", "25%", "50%", "75%", "95%");
        return Table.of(label + ": " + Formats.label(quantity) + " by day", columns, bands.days(), day -> {
            List<String> cells = new ArrayList<>(columns.size());
            cells.add(Integer.toString(day));
            for (double value : bands.band(quantity, day)) {
                cells.add(Formats.quantity(quantity, value));
            }
            return cells;
        });
    }

    /**
     * The audit trail of the sampled paths (run with {@link NotebookScenario#runAudited}): one row
     * per lever a rule set, with the path, day, rule, the facts it matched, and the value before and
     * after; the columns of audit.csv.
     */
    public tech.tablesaw.api.Table audit() {
        requireAudit();
        return run.auditTable();
    }

    /** Per rule, the levers it changed and on how many path-days, over all paths: rule-changes.csv. */
    public tech.tablesaw.api.Table ruleChanges() {
        requireAudit();
        return run.ruleChangesTable();
    }

    private void requireAudit() {
        if (run.audit().isEmpty()) {
            throw new IllegalStateException("this run kept no audit trail; run it with runAudited(paths)");
        }
    }

    /** Writes the run's output files (paths.csv, summary.csv, ...) into a new folder, as {@code gram run --out} does. */
    public Path save(String folder) {
        try {
            return run.writeTo(Path.of(folder), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> html() {
        if (warnings().isEmpty()) {
            return summary().html();
        }
        return summary().html().map(html -> "<pre>" + Html.escape(String.join("", warnings())) + "</pre>" + html);
    }

    @Override
    public String text() {
        return String.join("", warnings()) + summary().text();
    }

    @Override
    public String toString() {
        return text();
    }
}
