package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gramkit.analysis.DebtMetrics;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.model.debt.AuctionDepth;
import io.gramkit.model.debt.DebtSystem;
import io.gramkit.model.debt.Oracle;
import io.gramkit.model.debt.VaultGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * A run with a debt block through the public API: its metrics under the names issue 16 gives, the
 * collateral-ratio bands by day, the files, the summary and the report's two charts.
 */
class DebtRunTest {
    private static final SourceSpan SPAN = SourceSpan.of(new SourceFile("debt-run-test", ""));
    private static GramRun run;

    static DebtSystem vaults() {
        return new DebtSystem(
                SPAN,
                "DAI",
                List.of(
                        new VaultGroup(SPAN, 200, 1.4, 5_000.0),
                        new VaultGroup(SPAN, 300, 1.8, 5_000.0),
                        new VaultGroup(SPAN, 100, 3.0, 10_000.0)),
                0.04,
                1.25,
                0.13,
                5_000_000.0,
                100.0,
                new Oracle(SPAN, Oracle.Source.GOLD, 0.0),
                Optional.of(new AuctionDepth(SPAN, 200.0)),
                50_000.0);
    }

    @BeforeAll
    static void runIt() {
        run = Gram.load(Repository.file("scenario-library/reference-v1.gram"))
                .withDebt(vaults())
                .withPaths(400)
                .withThreads(2)
                .run();
    }

    @Test
    void metricsCarryTheIssuesNames() {
        List<String> names = run.metricsTable().stringColumn("metric").asList();
        assertThat(names)
                .contains(
                        "share_paths_with_liquidation",
                        "share_paths_with_bad_debt_above_surplus",
                        "bad_debt_q95",
                        "bad_debt_q99",
                        "liquidation_volume_q95",
                        "liquidation_volume_q99");
        assertThat(names).containsAll(DebtMetrics.NAMES);
        // the reference scenario's crash liquidates the 140% vaults on many paths
        assertThat(run.metric("share_paths_with_liquidation").value()).isBetween(0.05, 1.0);
        assertThat(run.metric("bad_debt_q99").value())
                .isGreaterThanOrEqualTo(run.metric("bad_debt_q95").value());
    }

    @Test
    void collateralRatioBandsByDay() {
        Table daily = run.debtDailyTable();
        assertThat(daily.rowCount()).isEqualTo(366);
        assertThat(daily.columnNames()).contains("collateral_ratio_q05", "collateral_ratio_q95", "bad_debt_q99");
        // day 0: (200*1.4*5,000 + 300*1.8*5,000 + 100*3*10,000) / 3,500,000 = 7,100,000/3,500,000 on every path
        assertThat(daily.doubleColumn("collateral_ratio_q50").get(0))
                .isEqualTo(7_100_000.0 / 3_500_000.0, within(1e-12));
        assertThat(daily.doubleColumn("collateral_ratio_q05").get(365))
                .isLessThanOrEqualTo(daily.doubleColumn("collateral_ratio_q95").get(365));
    }

    @Test
    void writesDebtDailyAndDescribesItsColumns(@TempDir Path dir) throws Exception {
        Path out = run.writeTo(dir.resolve("run"), false);
        assertThat(run.files()).contains("debt-daily.csv");
        assertThat(Files.readAllLines(out.resolve("debt-daily.csv")).get(0))
                .startsWith("day,paths_with_debt,collateral_ratio_q05");
        String columns = Files.readString(out.resolve("columns.csv"));
        assertThat(columns)
                .contains("debt-daily.csv,collateral_ratio_q50", "paths.csv,bad_debt", "metrics.csv,bad_debt_q95");
        assertThat(Files.readAllLines(out.resolve("paths.csv")).get(0)).endsWith(",new_debt_allowed,shutdown");
    }

    @Test
    void theSummaryAndTheReportShowTheVaults() {
        assertThat(run.summaryText()).contains("DAI vaults", "share_paths_with_liquidation", "bad_debt_q99");
        String html = run.htmlReport();
        assertThat(html).contains("alt=\"collateral ratio bands\"", "alt=\"bad debt by day\"");
    }
}
