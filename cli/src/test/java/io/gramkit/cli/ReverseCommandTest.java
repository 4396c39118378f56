package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReverseCommandTest {

    @Test
    void reportsTheGridEveryCrossingAndTheSmallestBreakingSize() {
        Cli run = Cli.run(
                "reverse",
                Cli.reference(),
                "--shock",
                "Two-day drop",
                "--until",
                "share_max_discount_above_10pct >= 50%",
                "--paths",
                "300",
                "--threads",
                "2",
                "--from",
                "10%",
                "--to",
                "30%",
                "--steps",
                "4",
                "--bisections",
                "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "reverse stress test of shock 'Two-day drop'",
                        "until share_max_discount_above_10pct >= 50%",
                        "300 paths per run",
                        "crossing 1: the condition starts to hold",
                        "smallest breaking size: ",
                        "uncertainty");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anUnknownShockOrMetricIsBadInput() {
        Cli shock = Cli.run(
                "reverse",
                Cli.reference(),
                "--shock",
                "Meteor",
                "--until",
                "share_minting_halted >= 50%",
                "--paths",
                "10");
        assertThat(shock.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(shock.err()).contains("no shock named 'Meteor'", "'Two-day drop'");
        Cli metric = Cli.run("reverse", Cli.reference(), "--shock", "Two-day drop", "--until", "depeg >= 50%");
        assertThat(metric.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(metric.err()).contains("unknown metric 'depeg'", "share_max_discount_above_10pct");
    }
}
