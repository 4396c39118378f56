package io.gramkit.notebook;

import io.gramkit.analysis.Estimate;
import io.gramkit.analysis.PathResults;
import io.gramkit.analysis.Summary;
import io.gramkit.model.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Two runs on the same paths (same seed, same number of paths). Because each path sees the same
 * gold prices under both, differences are measured path by path: the interval of a difference
 * in shares is that of the paired differences, much narrower than two independent runs allow.
 */
public final class Comparison implements Displayable {
    /** The headline shares the summary prints, by their metric names, with the summary's labels. */
    private static final Map<String, String> SHARES = new LinkedHashMap<>();

    static {
        SHARES.put("share_max_discount_above_1pct", "max discount above 1%");
        SHARES.put("share_max_discount_above_10pct", "max discount above 10%");
        SHARES.put("share_minting_halted", "halted minting at least once");
    }

    private final NotebookRun a;
    private final NotebookRun b;

    Comparison(NotebookRun a, NotebookRun b) {
        Scenario first = a.gram().result().scenario();
        Scenario second = b.gram().result().scenario();
        if (first.seed() != second.seed()
                || a.gram().outcomes().size() != b.gram().outcomes().size()) {
            throw new IllegalArgumentException("a comparison needs two runs on the same paths: same seed and paths");
        }
        this.a = a;
        this.b = b;
    }

    /**
     * One metric (docs/analysis.md, "Metrics") in A and B with the paired difference B - A: a
     * report condition must have been measured in both runs
     * ({@link NotebookScenario#compare(NotebookScenario, String...)}).
     */
    public io.gramkit.analysis.Comparison.Row metric(String metric) {
        io.gramkit.analysis.Metric parsed = io.gramkit.GramMetrics.metric(metric);
        return io.gramkit.analysis.Comparison.of(
                        a.label(),
                        a.gram().pathResults(),
                        b.label(),
                        b.gram().pathResults(),
                        a.gram().result().scenario().seed(),
                        List.of(parsed))
                .row(parsed.name());
    }

    public NotebookRun a() {
        return a;
    }

    public NotebookRun b() {
        return b;
    }

    /** Per event: its share under each run, the difference, and the paired 95% interval of the difference. */
    public Table shares() {
        PathResults first = a.gram().pathResults();
        PathResults second = b.gram().pathResults();
        // The paired estimate (mean and interval of per-path differences) is the analysis module's.
        io.gramkit.analysis.Comparison paired = io.gramkit.analysis.Comparison.of(
                a.label(),
                first,
                b.label(),
                second,
                a.gram().result().scenario().seed());
        int n = paired.paths();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, String> share : SHARES.entrySet()) {
            io.gramkit.analysis.Comparison.Row row = paired.row(share.getKey());
            double[] inA = row.metric().values(first);
            double[] inB = row.metric().values(second);
            long onlyA = 0;
            long onlyB = 0;
            for (int path = 0; path < n; path++) {
                onlyA += inA[path] > inB[path] ? 1 : 0;
                onlyB += inB[path] > inA[path] ? 1 : 0;
            }
            Estimate difference = row.difference();
            rows.add(List.of(
                    share.getValue(),
                    Formats.percent(row.a().value(), 2),
                    Formats.percent(row.b().value(), 2),
                    points(difference.value()),
                    points(difference.low()) + " to " + points(difference.high()),
                    Formats.count(onlyA) + " / " + Formats.count(onlyB)));
        }
        return Table.of(
                "Share of paths (" + Formats.count(n) + " paths, each under both policies)",
                List.of("event", a.label(), b.label(), "difference", "95% interval", "paths only in A / only in B"),
                rows);
    }

    /** The median at the horizon of each quantity under each run. */
    public Table medians() {
        Summary first = a.gram().summary();
        Summary second = b.gram().summary();
        List<List<String>> rows = new ArrayList<>();
        for (String quantity : first.quantities()) {
            rows.add(List.of(
                    Formats.label(quantity),
                    Formats.quantity(quantity, first.quantiles(quantity)[1]),
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
        return FanChart.of(
                quantity,
                List.of(
                        new FanChart.Fan(a.label(), a.gram().dailyBands()),
                        new FanChart.Fan(b.label(), b.gram().dailyBands())),
                firstDay,
                lastDay);
    }

    private String heading() {
        Scenario scenario = a.gram().result().scenario();
        return String.format(
                Locale.ROOT,
                "A = %s, B = %s: the same %,d paths (seed %d)",
                a.label(),
                b.label(),
                scenario.paths(),
                scenario.seed());
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
