package io.gramkit.analysis;

import java.util.Locale;

/** A comparison as a person reads it on a terminal: shares in percent, means in their units. */
public final class ComparisonText {
    private ComparisonText() {}

    public static String render(Comparison c, int horizonDays) {
        return render(c, horizonDays, true);
    }

    /**
     * {@code sameGold}: whether path i saw the same gold prices in A and B. Only then do the
     * common random numbers pair like with like; otherwise (different gold models or shocks) the
     * same seed still pairs the paths, but the paired error may be larger than the independent one.
     */
    public static String render(Comparison c, int horizonDays, boolean sameGold) {
        StringBuilder out = new StringBuilder();
        out.append("A: ").append(c.nameA()).append('\n');
        out.append("B: ").append(c.nameB()).append('\n');
        out.append(String.format(
                Locale.ROOT,
                "  %,d paths x %d days, seed %d, common random numbers %s%n%n",
                c.paths(),
                horizonDays,
                c.seed(),
                sameGold
                        ? "(path i sees the same gold stream in A and B)"
                        : "(the same seed, but A and B model gold differently, so path i's gold differs:\n"
                                + "  the paired error may be larger than the independent one)"));
        out.append(String.format(
                Locale.ROOT,
                "  %-40s %11s %11s %11s %11s  %-25s %12s%n",
                "metric",
                "A",
                "B",
                "B - A",
                "std error",
                "95% interval of B - A",
                "se if indep."));
        for (Comparison.Row r : c.rows()) {
            boolean share = r.metric().isShare();
            out.append(String.format(
                    Locale.ROOT,
                    "  %-40s %11s %11s %11s %11s  %-25s %12s%n",
                    r.metric().name(),
                    number(r.a().value(), share),
                    number(r.b().value(), share),
                    number(r.difference().value(), share),
                    number(r.difference().standardError(), share),
                    "[" + number(r.difference().low(), share).strip() + ", "
                            + number(r.difference().high(), share).strip() + "]",
                    number(r.independentStandardError(), share)));
        }
        out.append("""

                  std error: from the per-path differences B - A; se if indep.: what two independent runs of these
                  sizes would give, sqrt(se_A^2 + se_B^2)
                """);
        return out.toString();
    }

    /**
     * Quantiles across paths under A and B (the debt block's value at risk): quantiles do not pair
     * path by path, so B - A has no paired interval; each run's own 95% interval is shown instead.
     */
    public static String quantiles(java.util.List<DebtQuantile.Change> changes) {
        if (changes.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%n  %-40s %11s %11s %11s  %-25s %s%n",
                "quantile across paths",
                "A",
                "B",
                "B - A",
                "95% interval of A",
                "95% interval of B"));
        for (DebtQuantile.Change change : changes) {
            out.append(String.format(
                                    Locale.ROOT,
                                    "  %-40s %11s %11s %11s  %-25s %s",
                                    change.name(),
                                    number(change.a().value(), false),
                                    number(change.b().value(), false),
                                    number(change.difference(), false),
                                    interval(change.a()),
                                    interval(change.b()))
                            .stripTrailing())
                    .append('\n');
        }
        return out.toString();
    }

    static String interval(Estimate estimate) {
        return "[" + number(estimate.low(), false).strip() + ", "
                + number(estimate.high(), false).strip() + "]";
    }

    static String number(double value, boolean share) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return share ? String.format(Locale.ROOT, "%.2f%%", 100 * value) : String.format(Locale.ROOT, "%.4g", value);
    }
}
