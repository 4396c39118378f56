package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.analysis.Comparison;
import io.gramkit.analysis.DebtMetric;
import io.gramkit.analysis.DebtMetrics;
import io.gramkit.analysis.DebtQuantile;
import io.gramkit.analysis.MetricRow;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rules diff of a scenario with a debt block carries the debt metrics, defined once with
 * metrics.csv: cdp-gold-usd.gram under its own rules (A) and with the liquidation-ratio response in
 * place of the stability-fee one (B). Tightening the ratio to 150% after a 10% fall liquidates more
 * vaults at once into the same thin auctions, so bad debt rises (the pro-cyclical cost the rule
 * file's header warns of).
 */
class DebtRulesDiffTest {
    private static GramRules.Diff diff;

    private static List<Path> rules(String... files) {
        return java.util.Arrays.stream(files).map(Repository::file).toList();
    }

    @BeforeAll
    static void runIt() {
        List<Path> own = rules(
                "rules/reference",
                "rules/debt/stability-fee.drl",
                "rules/debt/new-debt.drl",
                "rules/debt/debt-ceiling.drl",
                "rules/debt/emergency-shutdown.drl");
        List<Path> tightened = rules(
                "rules/reference",
                "rules/debt/liquidation-ratio.drl",
                "rules/debt/new-debt.drl",
                "rules/debt/debt-ceiling.drl",
                "rules/debt/emergency-shutdown.drl");
        GramScenario scenario = Gram.load(Repository.file("scenario-library/cdp-gold-usd.gram"))
                .withPaths(200)
                .withThreads(2);
        diff = GramRules.diff(scenario, own, tightened);
    }

    @Test
    void theDiffPairsTheDebtSharesAndMeansAndGivesTheQuantilesOfBoth() {
        List<String> names = diff.comparison().rows().stream()
                .map(row -> row.metric().name())
                .toList();

        assertThat(names)
                .containsAll(DebtMetrics.paired().stream().map(DebtMetric::name).toList());
        assertThat(diff.debtQuantiles())
                .extracting(DebtQuantile.Change::name)
                .containsExactly("bad_debt_q95", "bad_debt_q99", "liquidation_volume_q95", "liquidation_volume_q99");
    }

    @Test
    void eachRunsDebtMetricsAreItsMetricsCsvRows() {
        for (GramRun run : List.of(diff.a(), diff.b())) {
            boolean isA = run == diff.a();
            for (MetricRow row : run.metrics()) {
                if (DebtMetrics.paired().stream().anyMatch(m -> m.name().equals(row.name()))) {
                    Comparison.Row paired = diff.comparison().row(row.name());
                    assertThat(isA ? paired.a() : paired.b()).as(row.name()).isEqualTo(row.estimate());
                }
                diff.debtQuantiles().stream()
                        .filter(q -> q.name().equals(row.name()))
                        .forEach(q ->
                                assertThat(isA ? q.a() : q.b()).as(row.name()).isEqualTo(row.estimate()));
            }
        }
    }

    @Test
    void tighteningTheLiquidationRatioMovesBadDebt() {
        Comparison.Row meanBadDebt = diff.comparison().row("mean_bad_debt");
        Comparison.Row aboveSurplus = diff.comparison().row("share_paths_with_bad_debt_above_surplus");
        Comparison.Row volume = diff.comparison().row("mean_liquidation_volume");

        assertThat(meanBadDebt.difference().low()).isPositive();
        assertThat(aboveSurplus.difference().low()).isPositive();
        assertThat(volume.difference().low()).isPositive();
        assertThat(diff.debtQuantiles().get(0).difference()).isPositive();
        assertThat(diff.ruleChanges())
                .anySatisfy(row -> assertThat(row.rule())
                        .isEqualTo("Tighten the liquidation ratio after a sharp fall in the collateral price"));
    }

    @Test
    void aScenarioWithoutADebtBlockHasNoDebtRows() {
        GramRules.Diff reference = GramRules.diff(
                Gram.load(Repository.file("scenario-library/reference-v1.gram"))
                        .withPaths(20)
                        .withThreads(1),
                rules("rules/reference"),
                rules("rules/reference"));

        assertThat(reference.debtQuantiles()).isEmpty();
        assertThat(reference.comparison().rows())
                .noneMatch(row -> row.metric().name().equals("share_paths_with_liquidation"));
    }
}
