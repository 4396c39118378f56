package io.gramkit.notebook;

import io.gramkit.analysis.Share;
import io.gramkit.analysis.Summary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where notebook cells start:
 * <pre>
 * var run = Notebook.load("../scenario-library/reference-v1.gram").paths(2_000).run();
 * run                        // the summary as tables
 * run.fan("discount")        // a PNG fan chart
 * </pre>
 * A thin layer over {@link io.gramkit.Gram}: every value is immutable, every step returns a new
 * one, and bad input throws {@link io.gramkit.diagnostic.InputException} with the kit's diagnostics.
 * Relative paths are read from the notebook's folder (the kernel's working directory).
 */
public final class Notebook {
    private static volatile Consumer<Object> display = value -> System.out.println(value);

    private Notebook() {}

    /** Reads, parses and checks a scenario file. */
    public static NotebookScenario load(String file) {
        return NotebookScenario.load(Path.of(file));
    }

    /**
     * Parses scenario text written in a cell; rule folders it names are resolved against the
     * notebook's folder.
     */
    public static NotebookScenario parse(String name, String text) {
        return parse(name, text, ".");
    }

    /** Parses scenario text; rule folders it names are resolved against {@code baseDirectory}. */
    public static NotebookScenario parse(String name, String text, String baseDirectory) {
        return NotebookScenario.parse(name, text, Path.of(baseDirectory));
    }

    /**
     * The shares of paths that lost the peg in several runs, one row per run, each share with its
     * 95% Wilson interval; with the median and 95% quantile of the discount at the horizon.
     */
    public static Table shares(NotebookRun... runs) {
        List<List<String>> rows = new ArrayList<>();
        for (NotebookRun run : runs) {
            Summary s = run.gram().summary();
            double[] discount = s.quantiles("discount");
            rows.add(List.of(
                    run.label(),
                    Formats.count(s.paths()),
                    share(s.maxDiscountAbove1Percent()),
                    share(s.maxDiscountAbove10Percent()),
                    share(s.haltedMinting()),
                    Formats.quantity("discount", discount[1]),
                    Formats.quantity("discount", discount[2])));
        }
        return Table.of(
                "Share of paths (95% Wilson intervals)",
                List.of(
                        "run",
                        "paths",
                        "max discount above 1%",
                        "max discount above 10%",
                        "halted minting",
                        "median discount at horizon",
                        "95% discount at horizon"),
                rows);
    }

    private static String share(Share share) {
        return Formats.percent(share.value(), 1) + " (" + Formats.percent(share.wilsonLow(), 1) + " to "
                + Formats.percent(share.wilsonHigh(), 1) + ")";
    }

    /** The fans of {@code quantity} of several runs (up to four read well) laid over each other, on days {@code firstDay .. lastDay}. */
    public static Chart fan(String quantity, int firstDay, int lastDay, NotebookRun... runs) {
        if (runs.length == 0) {
            throw new IllegalArgumentException("name at least one run");
        }
        List<FanChart.Fan> fans = new ArrayList<>();
        for (NotebookRun run : runs) {
            fans.add(new FanChart.Fan(run.label(), run.gram().dailyBands()));
        }
        return FanChart.of(quantity, fans, firstDay, lastDay);
    }

    /**
     * Shows {@code value} below the cell now, as the last expression of a cell would be shown;
     * for several tables or charts from one cell. Outside the Gram kernel it prints the text.
     */
    public static void display(Object value) {
        display.accept(value);
    }

    /** Called once by a kernel that can show values richly; not for use in cells. */
    public static void displayWith(Consumer<Object> sink) {
        display = Objects.requireNonNull(sink, "sink");
    }
}
