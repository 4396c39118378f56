package io.gramkit.notebook;

import io.gramkit.analysis.Summary;
import io.gramkit.interpreter.PathOutcomes;
import io.gramkit.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Two runs on the same paths (same seed, same number of paths). Because each path sees the same
 * gold prices under both, differences are measured path by path: the interval of a difference
 * in shares is that of the paired differences, much narrower than two independent runs allow.
 */
public final class Comparison implements Displayable {
    private static final double Z95 = 1.959963984540054;

    /** The events the summary counts, defined as {@link Summary} defines them. */
    private record Event(String name, BiPredicate<PathOutcomes, Integer> happened) {
    }

    private static final List<Event> EVENTS = List.of(
            new Event("max discount above 1%", (o, path) -> o.maxDiscount(path) > 0.01),
            new Event("max discount above 10%", (o, path) -> o.maxDiscount(path) > 0.10),
            new Event("halted minting at least once", (o, path) -> o.daysMintingHalted(path) > 0));

    private final NotebookRun a;
    private final NotebookRun b;

    Comparison(NotebookRun a, NotebookRun b) {
        Scenario first = a.gram().result().scenario();
        Scenario second = b.gram().result().scenario();
        if (first.seed() != second.seed() || a.gram().outcomes().size() != b.gram().outcomes().size()) {
            throw new IllegalArgumentException("a comparison needs two runs on the same paths: same seed and paths");
        }
        this.a = a;
        this.b = b;
    }

    public NotebookRun a() {
        return a;
    }

    public NotebookRun b() {
        return b;
    }

    /** Per event: its share under each run, the difference, and the paired 95% interval of the difference. */
    public Table shares() {
        PathOutcomes first = a.gram().outcomes();
        PathOutcomes second = b.gram().outcomes();
        int n = first.size();
        List<List<String>> rows = new ArrayList<>();
        for (Event event : EVENTS) {
            long hitsA = 0;
            long hitsB = 0;
            long onlyA = 0;
            long onlyB = 0;
            for (int path = 0; path < n; path++) {
                boolean inA = event.happened().test(first, path);
                boolean inB = event.happened().test(second, path);
                hitsA += inA ? 1 : 0;
                hitsB += inB ? 1 : 0;
                onlyA += inA && !inB ? 1 : 0;
                onlyB += inB && !inA ? 1 : 0;
            }
            // Paired differences d = [B] - [A] take values -1, 0, 1: mean (onlyB - onlyA) / n.
            double mean = (double) (onlyB - onlyA) / n;
            double sumSquares = onlyA + onlyB;
            double variance = n > 1 ? (sumSquares - n * mean * mean) / (n - 1) : 0.0;
            double half = Z95 * Math.sqrt(Math.max(0, variance) / n);
            rows.add(List.of(event.name(), Formats.percent((double) hitsA / n, 2), Formats.percent((double) hitsB / n, 2),
                    points(mean), points(mean - half) + " to " + points(mean + half),
                    Formats.count(onlyA) + " / " + Formats.count(onlyB)));
        }
        return Table.of("Share of paths (" + Formats.count(n) + " paths, each under both policies)",
                List.of("event", a.label(), b.label(), "difference", "95% interval", "paths only in A / only in B"),
                rows);
    }

    /** The median at the horizon of each quantity under each run. */
    public Table medians() {
        Summary first = a.gram().summary();
        Summary second = b.gram().summary();
        List<List<String>> rows = new ArrayList<>();
        for (String quantity : first.quantities()) {
            rows.add(List.of(Formats.label(quantity), Formats.quantity(quantity, first.quantiles(quantity)[1]),
                    Formats.quantity(quantity, second.quantiles(quantity)[1])));
        }
        return Table.of("Median at day " + first.horizonDays(), List.of("quantity", a.label(), b.label()), rows);
    }

    /** Both runs' fans of {@code quantity} laid over each other. */
    public Chart fan(String quantity) {
        return fan(quantity, 0, Integer.MAX_VALUE);
    }

    /** Both runs' fans of {@code quantity} on days {@code firstDay .. lastDay} only. */
    public Chart fan(String quantity, int firstDay, int lastDay) {
        return FanChart.of(quantity, List.of(new FanChart.Fan(a.label(), a.gram().dailyBands()),
                new FanChart.Fan(b.label(), b.gram().dailyBands())), firstDay, lastDay);
    }

    private String heading() {
        Scenario scenario = a.gram().result().scenario();
        return String.format(Locale.ROOT, "A = %s, B = %s: the same %,d paths (seed %d)", a.label(), b.label(),
                scenario.paths(), scenario.seed());
    }

    /** A difference in shares in percentage points. */
    private static String points(double difference) {
        return String.format(Locale.ROOT, "%+.2f pp", 100 * difference);
    }

    @Override
    public Optional<String> html() {
        return Optional.of("<div class=\"gram-comparison\">\n<p><b>" + Html.escape(heading()) + "</b></p>\n"
                + shares().html().orElseThrow() + medians().html().orElseThrow() + "</div>\n");
    }

    @Override
    public String text() {
        return heading() + "\n\n" + shares().text() + "\n" + medians().text();
    }

    @Override
    public String toString() {
        return text();
    }
}
