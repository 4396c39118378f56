package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecommendCommandTest {

    @Test
    void reportsEveryCandidateTheBestAndHowConfidentItIs() {
        Cli run = Cli.run(
                "recommend",
                Cli.reference(),
                "--vary",
                "raised_fee in 1%, 2%",
                "--vary",
                "daily_limit in 2%, 3%",
                "--require",
                "share_max_discount_above_10pct < 5%",
                "--minimise",
                "mean_max_deviation_bp",
                "--paths",
                "200",
                "--threads",
                "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "policy search",
                        "200 paths per run",
                        "4 runs on common random numbers",
                        "raised_fee 1%, daily_limit 2%",
                        "best: ",
                        "95% interval",
                        "runner-up: ");
    }

    @Test
    void saysWhenNothingMeetsAndRejectsUnknownSettings() {
        Cli none = Cli.run(
                "recommend",
                Cli.reference(),
                "--vary",
                "raised_fee in 1%",
                "--require",
                "share_max_discount_above_0.5pct < 0%",
                "--minimise",
                "mean_max_deviation_bp",
                "--paths",
                "50");
        assertThat(none.exitCode()).as(none.err()).isZero();
        assertThat(none.out()).contains("no combination tried meets the requirement");
        Cli bad = Cli.run(
                "recommend",
                Cli.reference(),
                "--vary",
                "gold in 1, 2",
                "--require",
                "share_minting_halted < 5%",
                "--minimise",
                "mean_max_deviation_bp");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err()).contains("unknown setting 'gold'", "raised_fee");
    }
}
