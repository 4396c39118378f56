package io.gramkit.notebook;

import io.gramkit.analysis.Share;
import io.gramkit.analysis.Summary;
import io.gramkit.analysis.SummaryText;
import io.gramkit.interpreter.RuleChanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A run's summary as tables: the horizon quantiles, the shares of paths that lost the peg or
 * halted minting (with 95% Wilson intervals), and what each rule did. The text is exactly what
 * {@code gram run} prints.
 */
public final class SummaryView implements Displayable {
    /** How a run went: threads and seconds, unknown for a summary shown on its own. */
    private record Timing(int threads, double seconds) {}

    private final Summary summary;
    private final Optional<Timing> timing;

    SummaryView(Summary summary, int threads, double seconds) {
        this.summary = summary;
        this.timing = Optional.of(new Timing(threads, seconds));
    }

    private SummaryView(Summary summary) {
        this.summary = summary;
        this.timing = Optional.empty();
    }

    /** Shows a summary record of the kit's API. */
    public static SummaryView of(Summary summary) {
        return new SummaryView(summary);
    }

    /** The kit's summary record, for numbers a table does not show. */
    public Summary summary() {
        return summary;
    }

    /** The 5, 50 and 95% quantiles across paths at the horizon. */
    public Table quantiles() {
        List<List<String>> rows = new ArrayList<>();
        for (String quantity : summary.quantities()) {
            double[] q = summary.quantiles(quantity);
            rows.add(List.of(
                    Formats.label(quantity),
                    Formats.quantity(quantity, q[0]),
                    Formats.quantity(quantity, q[1]),
                    Formats.quantity(quantity, q[2])));
        }
        return Table.of("At day " + summary.horizonDays(), List.of("quantity", "5%", "50%", "95%"), rows);
    }

    /** Shares of paths, each with its 95% Wilson interval. */
    public Table shares() {
        List<List<String>> rows = List.of(
                share("max discount above 1%", summary.maxDiscountAbove1Percent()),
                share("max discount above 10%", summary.maxDiscountAbove10Percent()),
                share("halted minting at least once", summary.haltedMinting()));
        return Table.of("Share of paths", List.of("event", "paths", "share", "95% interval"), rows);
    }

    /** Per rule, the path-days on which it changed a lever. */
    public Table ruleChanges() {
        List<List<String>> rows = new ArrayList<>();
        for (RuleChanges rule : summary.ruleChanges()) {
            rows.add(List.of(rule.rule(), Formats.count(rule.pathDays())));
        }
        return Table.of("Rule changes", List.of("rule", "path-days changed"), rows);
    }

    private static List<String> share(String event, Share share) {
        return List.of(
                event,
                Formats.count(share.hits()),
                Formats.percent(share.value(), 2),
                Formats.percent(share.wilsonLow(), 2) + " to " + Formats.percent(share.wilsonHigh(), 2));
    }

    private String heading() {
        String run = timing.map(t -> String.format(
                        Locale.ROOT, ", %d thread%s, %.1f s", t.threads(), t.threads() == 1 ? "" : "s", t.seconds()))
                .orElse("");
        return String.format(
                Locale.ROOT,
                "%s: %,d paths x %d days, seed %d%s",
                summary.scenario(),
                summary.paths(),
                summary.horizonDays(),
                summary.seed(),
                run);
    }

    @Override
    public Optional<String> html() {
        StringBuilder out = new StringBuilder("<div class=\"gram-summary\">\n<p><b>")
                .append(Html.escape(heading()))
                .append("</b><br>\ngold: ")
                .append(Html.escape(summary.generator()))
                .append("</p>\n");
        for (Table table : List.of(quantiles(), shares(), ruleChanges())) {
            out.append(table.html().orElseThrow());
        }
        return Optional.of(out.append("</div>\n").toString());
    }

    /** With the run's timing, exactly what {@code gram run} prints; without, the tables as text. */
    @Override
    public String text() {
        if (timing.isPresent()) {
            return SummaryText.render(
                    summary, timing.get().threads(), timing.get().seconds());
        }
        return heading() + "\ngold: " + summary.generator() + "\n\n"
                + quantiles().text() + "\n" + shares().text() + "\n"
                + ruleChanges().text();
    }

    @Override
    public String toString() {
        return text();
    }
}
