package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gramkit.analysis.Condition;
import io.gramkit.analysis.Estimate;
import io.gramkit.analysis.Headline;
import io.gramkit.analysis.Metric;
import io.gramkit.analysis.PathMean;
import io.gramkit.analysis.PathQuantity;
import io.gramkit.analysis.PathShare;
import io.gramkit.analysis.ReportMetric;
import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one metric grammar: any threshold, any report condition, coded errors located in the option. */
class GramMetricsTest {

    private static GramScenario reference() {
        return Gram.load(Repository.file("scenario-library/reference-v1.gram")).withThreads(2);
    }

    @Test
    void readsEveryFormOfMetric() {
        assertThat(GramMetrics.metric("share_minting_halted")).isInstanceOf(Headline.class);
        Metric share = GramMetrics.metric("share[max discount > 5%]");
        assertThat(share).isEqualTo(new PathShare(PathQuantity.MAX_DISCOUNT, ">", 0.05, "5%"));
        assertThat(share.name()).isEqualTo("share[max discount > 5%]");
        assertThat(GramMetrics.metric("share[ min  coverage<=97.5% ]"))
                .isEqualTo(new PathShare(PathQuantity.MIN_COVERAGE, "<=", 0.975, "97.5%"));
        assertThat(GramMetrics.metric("share[days minting halted >= 3]"))
                .isEqualTo(new PathShare(PathQuantity.DAYS_MINTING_HALTED, ">=", 3, "3"));
        assertThat(GramMetrics.metric("mean[max discount]")).isEqualTo(new PathMean(PathQuantity.MAX_DISCOUNT));
        Metric probability = GramMetrics.metric("probability[discount > 5% and coverage < 100%]");
        assertThat(probability).isInstanceOf(ReportMetric.class);
        assertThat(probability.name()).isEqualTo("probability[discount > 5% and coverage < 100%]");
        assertThat(GramMetrics.metric("mean_days[discount > 1%]").isShare()).isFalse();
    }

    @Test
    void conditionsTakeAnyThresholdAndPercentagesExactly() {
        Condition c = GramMetrics.condition("share[max discount > 5%] >= 50%");
        assertThat(c.metric().name()).isEqualTo("share[max discount > 5%]");
        assertThat(c.op()).isEqualTo(">=");
        assertThat(c.threshold()).isEqualTo(0.5);
        assertThat(GramMetrics.condition("share_minting_halted >= 12.5%").threshold())
                .isEqualTo(0.125);
        assertThat(GramMetrics.condition("mean_max_deviation_bp < 250").holds(249))
                .isTrue();
        assertThat(GramMetrics.condition("probability[discount > 3%] < 0.5%").threshold())
                .isEqualTo(0.005);
    }

    @Test
    void theOldFixedColumnNameSuggestsTheGrammar() {
        // Today's main: "unknown metric 'share_max_discount_above_5pct'" without a way out.
        assertThatThrownBy(() -> GramMetrics.condition("--until", "share_max_discount_above_5pct >= 50%"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.diagnostics()).singleElement().satisfies(d -> {
                        assertThat(d.code().code()).isEqualTo("G301");
                        assertThat(d.severity()).isEqualTo(Severity.ERROR);
                        assertThat(d.span().column()).isEqualTo(1);
                    });
                    assertThat(e.render())
                            .startsWith("--until:1:1: error: unknown metric 'share_max_discount_above_5pct'; did you"
                                    + " mean 'share[max discount > 5%]'? [G301]")
                            .contains("    1 | share_max_discount_above_5pct >= 50%");
                });
        assertThatThrownBy(() -> GramMetrics.metric("--minimise", "mean_max_deviaton_bp"))
                .hasMessageContaining("did you mean 'mean_max_deviation_bp'?");
        assertThatThrownBy(() -> GramMetrics.metric("share[max discont > 5%]"))
                .hasMessageContaining("unknown path quantity 'max discont'; did you mean 'max discount'?");
        assertThatThrownBy(() -> GramMetrics.metric("days[discount > 5%]"))
                .hasMessageContaining("did you mean 'mean_days[...]'?");
    }

    @Test
    void aThresholdWithoutItsPercentIsAnErrorNot5000Percent() {
        // Today's main reads "share_max_discount_above_10pct >= 50" as a threshold of 5000%.
        assertThatThrownBy(() -> GramMetrics.condition("--until", "share_max_discount_above_10pct >= 50"))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.render())
                                .startsWith(
                                        "--until:1:35: error: the threshold '50' needs a %: share_max_discount_above_10pct"
                                                + " is a share of paths; write '50%' [G303]"));
        assertThatThrownBy(() -> GramMetrics.metric("share[max discount > 5]")).hasMessageContaining("[G303]");
        assertThatThrownBy(() -> GramMetrics.condition("mean_max_deviation_bp < 5%"))
                .hasMessageContaining("'5%' is a percentage, but mean_max_deviation_bp is in bp");
        // Inside probability[...] the condition is the language's: a missing unit is G203, located
        // in the option's text.
        assertThatThrownBy(() -> GramMetrics.condition("--require", "probability[discount > 5] < 10%"))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.render()).startsWith("--require:1:24: error: missing unit after '5'"));
    }

    @Test
    void malformedConditionsAreCoded() {
        assertThatThrownBy(() -> GramMetrics.condition("share_minting_halted => 1%"))
                .hasMessageContaining("unknown operator '=>'")
                .hasMessageContaining("[G302]");
        assertThatThrownBy(() -> GramMetrics.condition("share_minting_halted")).hasMessageContaining("[G302]");
        assertThatThrownBy(() -> GramMetrics.metric("share[max discount > 5%")).hasMessageContaining("[G302]");
        assertThatThrownBy(() -> GramMetrics.metric("probability[discount >]")).hasMessageContaining("[G1");
    }

    @Test
    void reverseOnTheReferenceScenarioWithAnyThreshold() {
        GramReverse.Result result = GramReverse.search(
                reference().withPaths(300),
                "Two-day drop",
                GramMetrics.condition("--until", "share[max discount > 5%] >= 50%"),
                0.10,
                0.30,
                4,
                3);
        assertThat(result.breakingSize()).isPresent();
        // Shallower than the 10% threshold's 17.4%: a 5% discount is reached by smaller drops.
        assertThat(result.breakingSize().get()).isBetween(0.12, 0.20);
        // A grid point where no path hits still has an honest interval: Wilson, not "se 0".
        GramReverse.Point first = result.grid().get(0);
        if (first.metric().value() == 0) {
            assertThat(first.metric().standardError()).isZero();
            assertThat(first.metric().high()).isGreaterThan(0.01);
        }
    }

    @Test
    void recommendWithARequirementOnAReportMetric() {
        GramRecommend.Result result = GramRecommend.search(
                reference().withPaths(200),
                java.util.List.of(io.gramkit.analysis.PolicySetting.parse("raised_fee in 1%, 2%")),
                GramMetrics.condition("--require", "probability[discount > 5%] < 10%"),
                GramMetrics.metric("--minimise", "mean[max discount]"));
        assertThat(result.candidates()).hasSize(2);
        assertThat(result.best()).isPresent();
        assertThat(result.best().get().settings()).containsEntry("raised_fee", 0.02);
        // The report metric agrees with the share of paths whose largest discount exceeded 5%:
        // "discount > 5% on some day" is "max discount > 5%" (days 1..T; day 0's discount is 0).
        GramRun run = reference()
                .withPaths(200)
                .withMetrics("probability[discount > 5%]")
                .run();
        Estimate reported = run.metric("probability[discount>5%]");
        assertThat(reported.value())
                .isEqualTo(run.metric("share[max discount > 5%]").value());
    }

    @Test
    void compareKeepsReportMetricsAndSaysWhetherGoldIsShared(@TempDir Path dir) throws Exception {
        String text = Files.readString(Repository.file("scenario-library/reference-v1.gram"))
                .replace("rules \"../rules/reference\"", "rules \"" + Repository.file("rules/reference") + "\"")
                .replace(
                        "minimum coverage 100%",
                        "minimum coverage 100%\n  }\n  report {\n    probability discount > 2%");
        Path withReport = Files.writeString(dir.resolve("with-report.gram"), text);
        GramScenario a = Gram.load(withReport).withPaths(100).withThreads(1);
        GramScenario b = Gram.load(Files.writeString(dir.resolve("other-vol.gram"), text.replace("vol 18%", "vol 25%")))
                .withPaths(100)
                .withThreads(1);
        GramComparison same = Gram.compare(a, a, java.util.List.of(GramMetrics.metric("share[max discount > 5%]")));
        assertThat(same.comparison()
                        .row("probability[discount > 2%]")
                        .difference()
                        .value())
                .isZero();
        assertThat(same.comparison().row("share[max discount > 5%]")).isNotNull();
        assertThat(same.sameGold()).isTrue();
        assertThat(same.text()).contains("path i sees the same gold stream");
        GramComparison other = Gram.compare(a, b);
        assertThat(other.sameGold()).isFalse();
        assertThat(other.text())
                .doesNotContain("the same gold stream")
                .contains("the paired error may be larger than the independent one");
    }

    @Test
    void warningsStayWithTheScenarioAndItsRun(@TempDir Path dir) throws Exception {
        String text = Files.readString(Repository.file("scenario-library/reference-v1.gram"))
                .replace("rules \"../rules/reference\"", "rules \"" + Repository.file("rules/reference") + "\"")
                .replace("spot 75 USD/g", "spot 90 USD/g")
                .replace("at day 10", "at day 400");
        GramScenario scenario = Gram.load(Files.writeString(dir.resolve("late.gram"), text));
        assertThat(scenario.warnings()).extracting(d -> d.code().code()).containsExactly("G211", "G230", "G231");
        assertThat(scenario.withPaths(20).withThreads(1).run().warnings()).hasSize(3);
        assertThat(Gram.loadGrid(dir.resolve("late.gram")).warnings()).hasSize(3);
    }
}
