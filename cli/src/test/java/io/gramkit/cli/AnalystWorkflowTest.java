package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new analyst tripped over: any threshold on any metric, and warnings never hidden. */
class AnalystWorkflowTest {

    /** The reference scenario with its rules found from anywhere, edited by {@code edit}. */
    private static Path variant(Path dir, String name, String... replacements) throws Exception {
        String text = Files.readString(Path.of(Cli.reference()))
                .replace(
                        "rules \"../rules/reference\"",
                        "rules \"" + Cli.repository().resolve("rules/reference") + "\"");
        for (int i = 0; i + 1 < replacements.length; i += 2) {
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void reverseOnTheReferenceScenarioUntilHalfThePathsPassA5PercentDiscount() {
        Cli run = Cli.run(
                "reverse",
                Cli.reference(),
                "--shock",
                "Two-day drop",
                "--until",
                "share[max discount > 5%] >= 50%",
                "--paths",
                "200",
                "--threads",
                "2",
                "--from",
                "0%",
                "--to",
                "30%",
                "--steps",
                "6",
                "--bisections",
                "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "until share[max discount > 5%] >= 50%",
                        "95% interval",
                        // No path reaches a 5% discount without a drop: an honest upper bound, not "0.00%".
                        "0.00%           -  [0.00%, 1.88%]",
                        "smallest breaking size: ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void recommendWithARequirementOnAReportMetric() {
        Cli run = Cli.run(
                "recommend",
                Cli.reference(),
                "--vary",
                "raised_fee in 1%, 2%",
                "--require",
                "probability[discount > 5%] < 10%",
                "--minimise",
                "mean[max discount]",
                "--paths",
                "200",
                "--threads",
                "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("require probability[discount > 5%] < 10%, minimise mean[max discount]")
                .contains("best: raised_fee 2%");
    }

    @Test
    void recommendWritesSteppedSettingsAsPeopleWriteThem() {
        // 0.1% + 6 steps of 0.1% is 0.7000000000000001% in doubles; the table says 0.7%.
        Cli run = Cli.run(
                "recommend",
                Cli.reference(),
                "--vary",
                "fee in 0.1%..0.7% step 0.1%",
                "--require",
                "share_max_discount_above_10pct < 50%",
                "--minimise",
                "mean_max_deviation_bp",
                "--paths",
                "10",
                "--threads",
                "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("fee 0.7% ").doesNotContainPattern("[0-9]\\.[0-9]{9,}");
    }

    @Test
    void aThresholdWithoutItsPercentIsBadInputLocatedInTheOption() {
        Cli run = Cli.run(
                "reverse", Cli.reference(), "--shock", "Two-day drop", "--until", "share[max discount > 5%] >= 50");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err())
                .startsWith("--until:1:29: error: the threshold '50' needs a %: share[max discount > 5%] is a share of"
                        + " paths; write '50%' [G303]\n"
                        + "    1 | share[max discount > 5%] >= 50\n"
                        + "      |                             ^~\n");
        Cli metric = Cli.run("run", Cli.reference(), "--paths", "10", "--metric", "share_max_discount_above_5pct");
        assertThat(metric.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(metric.err()).contains("--metric:1:1: error: unknown metric", "'share[max discount > 5%]'");
    }

    @Test
    void runAndReportShowAnyMetricAskedFor(@TempDir Path dir) {
        Cli run = Cli.run(
                "run",
                Cli.reference(),
                "--paths",
                "100",
                "--threads",
                "2",
                "--metric",
                "share[max discount > 5%]",
                "--metric",
                "probability[coverage < 99%]",
                "--out",
                dir.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("share[max discount > 5%]", "probability[coverage < 99%]");
        assertThat(dir.resolve("out/metrics.csv"))
                .content()
                .contains("share[max discount > 5%],", "probability[coverage < 99%],");
    }

    @Test
    void checkSummarisesWarningsOnALineOfItsOwn(@TempDir Path dir) throws Exception {
        Path late = variant(dir, "late.gram", "at day 10", "at day 400");
        Cli check = Cli.run("check", late.toString());
        assertThat(check.exitCode()).isZero();
        assertThat(check.out()).isEqualTo(late + ": 1 warning\n");
        assertThat(check.err()).contains("starts on day 400, after the horizon of 365 days; it has no effect [G211]");
    }

    @Test
    void everyCommandThatRunsPrintsTheWarningsCheckPrints(@TempDir Path dir) throws Exception {
        Path late = variant(dir, "late.gram", "at day 10", "at day 400");
        String warning = "warning: shock 'Two-day drop' starts on day 400, after the horizon of 365 days";
        Cli run = Cli.run("run", late.toString(), "--paths", "20", "--threads", "1");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains(warning);
        Cli compare = Cli.run("compare", Cli.reference(), late.toString(), "--paths", "20", "--threads", "1");
        assertThat(compare.err()).contains(warning);
        Cli report = Cli.run(
                "report", late.toString(), "--html", dir.resolve("r.html").toString(), "--paths", "20");
        assertThat(report.err()).contains(warning);
        Cli recommend = Cli.run(
                "recommend",
                late.toString(),
                "--vary",
                "fee in 0.25%",
                "--require",
                "share_minting_halted < 100%",
                "--minimise",
                "mean_max_deviation_bp",
                "--paths",
                "20");
        assertThat(recommend.err()).contains(warning);
    }

    @Test
    void aTokenUnderCoveredOnDayZeroIsWarnedBeforeTheRun(@TempDir Path dir) throws Exception {
        // A calibrated spot of 90 USD/g beside the reference's fixed 4,125,000 USD of cash:
        // (950,000 x 90 + 4,125,000) / (1,000,000 x 90) = 0.99583 < 1, and below the 100% minimum.
        Path spot = variant(dir, "spot.gram", "spot 75 USD/g", "spot 90 USD/g");
        Cli run = Cli.run("run", spot.toString(), "--paths", "20", "--threads", "1");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err())
                .contains("the token starts under-covered: day-0 coverage is 99.58%", "[G230]")
                .contains("minting is halted from day 0 [G231]");
    }

    @Test
    void compareSaysTheSameGoldStreamOnlyWhenItIs(@TempDir Path dir) throws Exception {
        Path vol = variant(dir, "vol.gram", "vol 18%", "vol 25%");
        Cli same = Cli.run("compare", Cli.reference(), Cli.reference(), "--paths", "30", "--threads", "1");
        assertThat(same.out()).contains("path i sees the same gold stream in A and B");
        Cli other = Cli.run("compare", Cli.reference(), vol.toString(), "--paths", "30", "--threads", "1");
        assertThat(other.out())
                .doesNotContain("the same gold stream")
                .contains("the paired error may be larger than the independent one");
    }
}
