package io.gramkit.analysis;

import io.gramkit.interpreter.RuleChanges;
import java.util.Locale;

/** The summary as a person reads it on a terminal. */
public final class SummaryText {
    private SummaryText() {}

    public static String render(Summary summary, int threads, double seconds) {
        StringBuilder out = new StringBuilder();
        out.append(summary.scenario()).append('\n');
        out.append(String.format(
                Locale.ROOT,
                "  %,d path%s x %d day%s, seed %d, %d thread%s, %.1f s%n",
                summary.paths(),
                summary.paths() == 1 ? "" : "s",
                summary.horizonDays(),
                summary.horizonDays() == 1 ? "" : "s",
                summary.seed(),
                threads,
                threads == 1 ? "" : "s",
                seconds));
        out.append("  gold: ").append(summary.generator()).append("\n\n");

        out.append(String.format(
                Locale.ROOT, "  at day %-12d %14s %14s %14s%n", summary.horizonDays(), "5%", "50%", "95%"));
        for (String quantity : summary.quantities()) {
            double[] q = summary.quantiles(quantity);
            out.append(String.format(
                    Locale.ROOT,
                    "  %-19s %14s %14s %14s%n",
                    label(quantity),
                    format(quantity, q[0]),
                    format(quantity, q[1]),
                    format(quantity, q[2])));
        }
        out.append('\n');
        share(out, "max discount above 1%", summary.maxDiscountAbove1Percent());
        share(out, "max discount above 10%", summary.maxDiscountAbove10Percent());
        share(out, "halted minting at least once", summary.haltedMinting());
        out.append("\n  rule changes (path-days on which the rule changed a lever)\n");
        int width = summary.ruleChanges().stream()
                .mapToInt(r -> r.rule().length())
                .max()
                .orElse(10);
        for (RuleChanges rule : summary.ruleChanges()) {
            out.append(String.format(Locale.ROOT, "    %-" + width + "s %,12d%n", rule.rule(), rule.pathDays()));
        }
        return out.toString();
    }

    private static void share(StringBuilder out, String label, Share share) {
        out.append(String.format(
                Locale.ROOT,
                "  %-30s %6.2f%% of paths (95%% CI %.2f%% to %.2f%%)%n",
                label,
                100 * share.value(),
                100 * share.wilsonLow(),
                100 * share.wilsonHigh()));
    }

    private static String label(String quantity) {
        return switch (quantity) {
            case "gold" -> "gold (USD/g)";
            case "supply" -> "supply (tokens)";
            default -> quantity;
        };
    }

    private static String format(String quantity, double value) {
        return switch (quantity) {
            case "discount" -> String.format(Locale.ROOT, "%.3f%%", 100 * value);
            case "coverage" -> String.format(Locale.ROOT, "%.4f", value);
            case "supply" -> String.format(Locale.ROOT, "%,.0f", value);
            default -> String.format(Locale.ROOT, "%.2f", value);
        };
    }
}
