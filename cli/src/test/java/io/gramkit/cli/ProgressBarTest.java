package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private long now;

    @Test
    void quietForTheFirstTwoSecondsThenShowsDaysAndTimeLeft() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text, true), "running", () -> now);
        now = 0;
        bar.onDay(0, 100);
        now = 1_000_000_000L;
        bar.onDay(50, 100);
        assertThat(text.toString()).isEmpty();
        now = 3_000_000_000L;
        bar.onDay(60, 100);
        assertThat(text.toString()).contains("day 60/100", "60%", "2 s left").startsWith("\r");
        now = 4_000_000_000L;
        bar.onDay(100, 100);
        assertThat(text.toString()).contains("day 100/100", "done").endsWith(System.lineSeparator());
    }

    @Test
    void aRunThatGoesRangeByRangeCountsPaths() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text, true), "running", () -> now);
        now = 0;
        bar.onDay(0, 365);
        now = 4_000_000_000L;
        bar.onPaths(250_000, 1_000_000, 365);
        assertThat(text.toString()).contains("paths 250000/1000000", "25%", "12 s left");
        now = 16_000_000_000L;
        bar.onPaths(1_000_000, 1_000_000, 365);
        assertThat(text.toString()).contains("paths 1000000/1000000", "done").endsWith(System.lineSeparator());
    }

    @Test
    void aShortRunPrintsNothing() {
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text, true), "running", () -> now);
        for (int day = 0; day <= 365; day++) {
            now = day * 1_000_000L;
            bar.onDay(day, 365);
        }
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void withoutATerminalThereIsNoBar() {
        // Tests run with stdout and stderr redirected, as in a pipe: System.console() is null.
        assertThat(ProgressBar.forTerminal(new PrintWriter(new StringWriter()), "x"))
                .isSameAs(io.gramkit.RunProgress.NONE);
    }
}
