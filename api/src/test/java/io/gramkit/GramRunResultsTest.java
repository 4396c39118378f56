package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gramkit.analysis.Headline;
import io.gramkit.analysis.MetricRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** The result API: tables with named columns, metrics consistent with the summary, described files. */
class GramRunResultsTest {
    private static GramRun run;

    @TempDir
    Path temp;

    @BeforeAll
    static void runReference() {
        run = Gram.load(Repository.file("scenario-library/reference-v1.gram"))
                .withPaths(400)
                .withThreads(2)
                .run();
    }

    @Test
    void tablesHaveTheOutputFilesColumnNames() {
        assertThat(run.pathsTable().columnNames())
                .containsExactlyElementsOf(io.gramkit.interpreter.PathOutcomes.COLUMNS);
        assertThat(run.pathsTable().rowCount()).isEqualTo(400);
        assertThat(run.pathMetricsTable().columnNames())
                .containsExactlyElementsOf(io.gramkit.analysis.PathMetrics.COLUMNS);
        assertThat(run.pathMetricsTable().rowCount()).isEqualTo(400);
        Table daily = run.dailyTable();
        assertThat(daily.rowCount()).isEqualTo(366);
        assertThat(daily.columnNames()).startsWith("day", "gold_q05").contains("discount_q50", "supply_q95");
        assertThat(daily.doubleColumn("discount_q50").get(30))
                .isEqualTo(run.dailyBands().band("discount", 30)[2]);
        assertThat(run.summaryTable().columnNames()).containsExactly("metric", "value", "standard_error");
        assertThat(run.metricsTable().columnNames())
                .containsExactly(
                        "metric", "value", "standard_error", "ci95_low", "ci95_high", "count", "unit", "meaning");
        Table shares = run.dailySharesTable();
        assertThat(shares.columnNames()).containsExactlyElementsOf(io.gramkit.analysis.DailyShares.COLUMNS);
        assertThat(shares.rowCount()).isEqualTo(366);
        assertThat(shares.doubleColumn("share_discount_above_1pct").get(0)).isZero();
        long offPeg = 0;
        for (int p = 0; p < 400; p++) {
            offPeg += run.outcomes().discount(p) > 0.01 ? 1 : 0;
        }
        assertThat(shares.doubleColumn("share_discount_above_1pct").get(365)).isEqualTo(offPeg / 400.0);
        Table trajectories = run.trajectoriesTable();
        assertThat(trajectories.columnNames()).containsExactly("path", "day", "gold", "discount", "coverage", "supply");
        assertThat(trajectories.rowCount()).isEqualTo(10 * 366);
        // Row 365 is path 0 at the horizon: the same numbers as paths.csv.
        assertThat(trajectories.intColumn("path").get(365)).isZero();
        assertThat(trajectories.intColumn("day").get(365)).isEqualTo(365);
        assertThat(trajectories.doubleColumn("gold").get(365))
                .isEqualTo(run.outcomes().goldPrice(0));
        assertThat(trajectories.doubleColumn("discount").get(365))
                .isEqualTo(run.outcomes().discount(0));
        assertThat(trajectories.doubleColumn("supply").get(365))
                .isEqualTo(run.outcomes().supply(0));
    }

    @Test
    void metricsAgreeWithTheSummaryAndThePaths() {
        assertThat(run.metric("share_max_discount_above_10pct").value())
                .isEqualTo(run.summary().maxDiscountAbove10Percent().value());
        assertThat(run.metric("share_max_discount_above_10pct").standardError())
                .isEqualTo(run.summary().maxDiscountAbove10Percent().standardError());
        double maxBp = run.pathMetricsTable().doubleColumn("max_deviation_bp").mean();
        assertThat(run.metric("mean_max_deviation_bp").value()).isCloseTo(maxBp, within(1e-6));
        for (int p = 0; p < 400; p++) {
            assertThat(run.pathMetrics().maxDeviationBp(p))
                    .isCloseTo(10_000 * run.outcomes().maxDiscount(p), within(1e-9));
            assertThat(run.pathMetrics().daysBeyond(1, p) + run.pathMetrics().shareOfDaysWithin1Percent(p) * 365)
                    .isCloseTo(365, within(1e-9));
            assertThat(run.pathMetrics().minCoverage(p))
                    .isLessThanOrEqualTo(run.outcomes().coverage(p));
        }
        for (MetricRow row : run.metrics()) {
            if (!Double.isNaN(row.estimate().standardError())) {
                assertThat(row.estimate().low())
                        .as(row.name())
                        .isLessThanOrEqualTo(row.estimate().value());
                assertThat(row.estimate().high())
                        .as(row.name())
                        .isGreaterThanOrEqualTo(row.estimate().value());
            }
        }
        assertThat(run.metrics())
                .extracting(MetricRow::name)
                .containsAll(Headline.names())
                .contains(
                        "var95_max_deviation_bp",
                        "es99_coverage_shortfall",
                        "min_coverage_q05",
                        "mean_days_to_recover",
                        "mean_half_life_days",
                        "no_arbitrage_band_bp_raised_fee");
        assertThat(run.tailRisk("max_deviation_bp", 0.95).valueAtRisk().value())
                .isEqualTo(run.metric("var95_max_deviation_bp").value());
    }

    @Test
    void everyColumnAndMetricOfEveryFileIsInTheDictionary() throws IOException {
        Path out = run.writeTo(temp.resolve("out"), false);
        for (String file : GramRun.FILES) {
            assertThat(out.resolve(file)).exists();
        }
        Table columns = run.columnsTable();
        Set<String> described = new HashSet<>();
        for (int i = 0; i < columns.rowCount(); i++) {
            described.add(columns.stringColumn("file").get(i) + "/"
                    + columns.stringColumn("name").get(i));
        }
        for (String file : GramRun.FILES) {
            if (!file.endsWith(".csv")) {
                continue;
            }
            List<String> lines = Files.readAllLines(out.resolve(file));
            for (String column : lines.get(0).split(",", -1)) {
                assertThat(described)
                        .as("columns.csv describes " + file + " column " + column)
                        .contains(file + "/" + column);
            }
            if (file.equals("summary.csv") || file.equals("metrics.csv")) {
                for (String line : lines.subList(1, lines.size())) {
                    String metric =
                            line.startsWith("\"") ? line.substring(1, line.indexOf('"', 1)) : line.split(",", -1)[0];
                    // Each rule's row by its own name (a template "rule_changes: <rule>" describes no row).
                    assertThat(described)
                            .as("columns.csv describes " + file + " row " + metric)
                            .contains(file + "/" + metric);
                }
            }
        }
        assertThat(described).noneMatch(name -> name.contains("<rule>"));
        // Meanings are text for people: "the worst 1% of paths", never 1.0000000000000009%.
        assertThat(columns.stringColumn("meaning").asList())
                .contains("99% expected shortfall (mean of the worst 1% of paths) of the largest peg deviation")
                .noneMatch(meaning -> meaning.matches(".*[0-9]\\.[0-9]{8,}.*"));
        assertThat(Files.readString(out.resolve("manifest.json")))
                .contains("path-metrics.csv", "metrics.csv", "columns.csv");
    }

    @Test
    void newFilesAreByteIdenticalForAnyNumberOfThreads() throws IOException {
        Path scenario = Repository.file("scenario-library/reference-v1.gram");
        Path one = Gram.load(scenario).withPaths(301).withThreads(1).run().writeTo(temp.resolve("one"), false);
        Path three = Gram.load(scenario).withPaths(301).withThreads(3).run().writeTo(temp.resolve("three"), false);
        for (String file : List.of(
                "path-metrics.csv",
                "metrics.csv",
                "daily-shares.csv",
                "columns.csv",
                "paths.csv",
                "summary.csv",
                "daily.csv")) {
            assertThat(Files.mismatch(one.resolve(file), three.resolve(file)))
                    .as(file)
                    .isEqualTo(-1L);
        }
    }
}
