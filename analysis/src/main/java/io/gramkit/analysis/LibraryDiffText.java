package io.gramkit.analysis;

import java.util.Locale;

/**
 * A library diff as a reviewer reads it on a terminal: both rule sets with their fingerprints, one
 * table of every scenario and metric (A, B, B - A and the 95% interval of the paired difference,
 * a {@code *} where it excludes zero), then the scenarios skipped and why.
 */
public final class LibraryDiffText {
    private static final String ROW = "  %-Ns %-40s %11s %11s %11s  %s";

    private LibraryDiffText() {}

    public static String render(LibraryDiff diff) {
        StringBuilder out = new StringBuilder();
        ruleSet(out, "A", diff.a());
        ruleSet(out, "B", diff.b());
        out.append(String.format(
                Locale.ROOT,
                "  %,d paths per run, %s, common random numbers (path i sees the same gold under A and B)%n",
                diff.paths(),
                diff.seed().isPresent() ? "seed " + diff.seed().getAsLong() : "each scenario's own seed"));
        out.append(String.format(
                Locale.ROOT,
                "  %s run, %d skipped; %d changed (some 95%% interval of B - A excludes 0, marked *)%n",
                diff.ran().size() == 1 ? "1 scenario" : diff.ran().size() + " scenarios",
                diff.skipped().size(),
                diff.changed().size()));
        int width = Math.max(
                20, diff.ran().stream().mapToInt(s -> s.name().length()).max().orElse(0));
        String row = ROW.replace("N", Integer.toString(width));
        if (!diff.ran().isEmpty()) {
            out.append('\n').append(line(row, "scenario", "metric", "A", "B", "B - A", "95% interval of B - A"));
        }
        for (LibraryDiff.ScenarioDiff scenario : diff.ran()) {
            String name = scenario.name();
            for (Comparison.Row r : scenario.comparison().rows()) {
                boolean share = r.metric().isShare();
                String interval = "["
                        + ComparisonText.number(r.difference().low(), share).strip() + ", "
                        + ComparisonText.number(r.difference().high(), share).strip() + "]"
                        + (LibraryDiff.ScenarioDiff.changed(r) ? " *" : "");
                out.append(line(
                        row,
                        name,
                        r.metric().name(),
                        ComparisonText.number(r.a().value(), share),
                        ComparisonText.number(r.b().value(), share),
                        ComparisonText.number(r.difference().value(), share),
                        interval));
                name = "";
            }
            for (DebtQuantile.Change q : scenario.quantiles()) {
                out.append(line(
                        row,
                        "",
                        q.name(),
                        ComparisonText.number(q.a().value(), false),
                        ComparisonText.number(q.b().value(), false),
                        ComparisonText.number(q.difference(), false),
                        "(a quantile: no paired interval)"));
            }
        }
        if (!diff.skipped().isEmpty()) {
            out.append("\nskipped\n");
            for (LibraryDiff.Skipped skipped : diff.skipped()) {
                out.append(String.format(Locale.ROOT, "  %-" + width + "s %s%n", skipped.name(), skipped.reason()));
            }
        }
        return out.toString();
    }

    private static void ruleSet(StringBuilder out, String which, LibraryDiff.RuleSet set) {
        out.append(which).append(": ").append(set.label()).append('\n');
        for (LibraryDiff.Source source : set.sources()) {
            out.append("   ")
                    .append(source.fingerprint())
                    .append("  ")
                    .append(source.path())
                    .append('\n');
        }
    }

    private static String line(String format, Object... fields) {
        return String.format(Locale.ROOT, format, fields).stripTrailing() + "\n";
    }
}
