package io.gramkit.cli;

import io.gramkit.RunProgress;
import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr (days done of the horizon, or paths done of a run that goes
 * range by range; time left), drawn only on a terminal and only once a run has taken longer than
 * about two seconds, so short runs and redirected output stay quiet. Redrawn at most ten times a
 * second.
 */
final class ProgressBar implements RunProgress {
    static final long QUIET_NANOS = 2_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final LongSupplier clock;
    private long started = -1;
    private long lastDrawn = -1;
    private boolean shown;

    ProgressBar(PrintWriter err, String label, LongSupplier clock) {
        this.err = err;
        this.label = label;
        this.clock = clock;
    }

    /**
     * A bar when stderr is a terminal, else nothing. Java cannot test stderr itself: bin/gram
     * passes {@code -Dgram.stderr.terminal=true|false} from the shell's {@code [ -t 2 ]}; without
     * it (a bare {@code java -jar}) the bar needs both a console and the property unset.
     */
    static RunProgress forTerminal(PrintWriter err, String label) {
        String stated = System.getProperty("gram.stderr.terminal");
        boolean terminal = stated != null ? Boolean.parseBoolean(stated) : consoleIsTerminal();
        return terminal ? new ProgressBar(err, label, System::nanoTime) : RunProgress.NONE;
    }

    /**
     * Up to JDK 21 a console exists only on a terminal; from JDK 22 there is always one, and
     * {@code Console.isTerminal()} (absent from Java 17, hence the reflection) tells.
     */
    @SuppressWarnings("SystemConsoleNull") // the null check is the test before JDK 22
    private static boolean consoleIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    @Override
    public void onDay(int day, int horizonDays) {
        draw(day, horizonDays, "day");
    }

    /** A run that goes range by range counts paths at the horizon instead of days. */
    @Override
    public void onPaths(int done, int paths, int horizonDays) {
        draw(done, paths, "paths");
    }

    private void draw(int count, int total, String unit) {
        long now = clock.getAsLong();
        if (count == 0 || started < 0) {
            started = now;
            lastDrawn = -1;
            shown = false;
            return;
        }
        long elapsed = now - started;
        boolean last = count >= total;
        if (elapsed < QUIET_NANOS || (!last && lastDrawn >= 0 && now - lastDrawn < REDRAW_NANOS)) {
            if (last && shown) {
                err.println();
                err.flush();
            }
            return;
        }
        lastDrawn = now;
        shown = true;
        double done = (double) count / total;
        int filled = (int) Math.round(WIDTH * done);
        double secondsLeft = elapsed / 1e9 * (1 - done) / done;
        err.print(String.format(
                Locale.ROOT,
                "\r  %s [%s%s] %s %d/%d %3.0f%%  %s",
                label,
                "#".repeat(filled),
                ".".repeat(WIDTH - filled),
                unit,
                count,
                total,
                100 * done,
                last ? "done          " : left(secondsLeft)));
        if (last) {
            err.println();
        }
        err.flush();
    }

    private static String left(double seconds) {
        return seconds < 90
                ? String.format(Locale.ROOT, "%d s left   ", Math.round(seconds))
                : String.format(Locale.ROOT, "%d min left   ", Math.round(seconds / 60));
    }
}
