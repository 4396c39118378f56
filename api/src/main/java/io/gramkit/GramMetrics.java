package io.gramkit;

import io.gramkit.analysis.Condition;
import io.gramkit.analysis.Headline;
import io.gramkit.analysis.Metric;
import io.gramkit.analysis.PathMean;
import io.gramkit.analysis.PathQuantity;
import io.gramkit.analysis.PathShare;
import io.gramkit.analysis.ReportMetric;
import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.dsl.ConditionReader;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.dsl.diagnostic.Quote;
import io.gramkit.model.policy.ReportRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads metrics and conditions on them, one grammar for every command and the notebook API
 * (docs/analysis.md, "Metrics"):
 *
 * <pre>
 * condition := metric op value                      op: &gt;= &gt; &lt;= &lt;
 * metric    := name                                 a headline metric: share_max_discount_above_10pct
 *            | share[ quantity op threshold ]       share[max discount &gt; 5%]
 *            | mean[ quantity ]                     mean[min coverage]
 *            | probability[ condition of a day ]    probability[discount &gt; 5% and coverage &lt; 100%]
 *            | mean_days[ condition of a day ]      mean_days[discount &gt; 1%]
 * </pre>
 *
 * A share, and a quantity or metric that is a fraction, takes its threshold as a percentage;
 * {@code 50} where {@code 50%} is meant is error G303, not 5000%. Every problem is a coded
 * diagnostic located in the option's text ({@code --until:1:7: error: ...}).
 */
public final class GramMetrics {
    private static final Pattern FUNCTION =
            Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*\\[(.*)\\]\\s*", Pattern.DOTALL);
    private static final Pattern NUMBER =
            Pattern.compile("([+-]?[0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(%|bp|days?)?", Pattern.CASE_INSENSITIVE);
    private static final List<String> FUNCTIONS =
            List.of("share", "mean", ReportMetric.PROBABILITY, ReportMetric.MEAN_DAYS);
    private static final String FORMS = "a headline name such as share_max_discount_above_10pct, or share[<quantity>"
            + " <op> <threshold>], mean[<quantity>], probability[<condition>], mean_days[<condition>]";

    private final SourceFile source;
    private final Diagnostics diagnostics = new Diagnostics();

    private GramMetrics(String option, String text) {
        this.source = new SourceFile(option, text);
    }

    /** A metric written as {@code text}; diagnostics name the source {@code "metric"}. */
    public static Metric metric(String text) {
        return metric("metric", text);
    }

    /** A metric written as {@code text} in {@code option} ({@code --minimise}). */
    public static Metric metric(String option, String text) {
        GramMetrics reader = new GramMetrics(option, text);
        Optional<Metric> metric = reader.metric(0, text.length());
        reader.diagnostics.throwIfErrors();
        return metric.orElseThrow();
    }

    /** A condition {@code <metric> <op> <value>}; diagnostics name the source {@code "condition"}. */
    public static Condition condition(String text) {
        return condition("condition", text);
    }

    /** A condition written as {@code text} in {@code option} ({@code --until}, {@code --require}). */
    public static Condition condition(String option, String text) {
        GramMetrics reader = new GramMetrics(option, text);
        Optional<Condition> condition = reader.condition();
        reader.diagnostics.throwIfErrors();
        return condition.orElseThrow();
    }

    private Optional<Condition> condition() {
        String text = source.text();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (c == '<' || c == '>' || c == '=' || c == '!')) {
                int stop = i + 1;
                while (stop < text.length() && "<>=!".indexOf(text.charAt(stop)) >= 0) {
                    stop++;
                }
                int end = stop;
                String op = text.substring(i, end);
                if (!Condition.OPERATORS.contains(op)) {
                    error(
                            GramCode.MALFORMED_METRIC,
                            i,
                            end,
                            "unknown operator " + Quote.of(op) + "; expected one of: "
                                    + String.join(" ", Condition.OPERATORS));
                    return Optional.empty();
                }
                Optional<Metric> metric = metric(0, i);
                Optional<Threshold> value = metric.flatMap(m -> threshold(end, text.length(), m.isFraction(), m));
                return value.map(v -> new Condition(metric.get(), op, v.value(), v.written()));
            }
        }
        error(
                GramCode.MALFORMED_METRIC,
                0,
                text.length(),
                "expected '<metric> <op> <value>', e.g. 'share[max discount > 5%] >= 50%'; no operator (>= > <= <)"
                        + " found");
        return Optional.empty();
    }

    /** The metric written in {@code text[from, to)}. */
    private Optional<Metric> metric(int from, int to) {
        int start = skipSpace(from, to);
        int end = trimEnd(start, to);
        String written = source.text().substring(start, end);
        if (written.isEmpty()) {
            error(GramCode.MALFORMED_METRIC, from, Math.max(from + 1, to), "expected a metric: " + FORMS);
            return Optional.empty();
        }
        Matcher function = FUNCTION.matcher(written);
        if (function.matches()) {
            String name = function.group(1);
            int innerFrom = start + function.start(2);
            int innerTo = start + function.end(2);
            return switch (name) {
                case "share" -> share(innerFrom, innerTo);
                case "mean" -> quantity(innerFrom, innerTo).map(PathMean::new);
                case ReportMetric.PROBABILITY -> reported(true, innerFrom, innerTo);
                case ReportMetric.MEAN_DAYS -> reported(false, innerFrom, innerTo);
                default -> {
                    String hint = name.equals("days") || name.equals("probability_days")
                            ? "did you mean 'mean_days[...]'?"
                            : nearest(name, FUNCTIONS)
                                    .map(s -> "did you mean '" + s + "[...]'?")
                                    .orElse("expected one of: share[...], mean[...], probability[...], mean_days[...]");
                    error(
                            GramCode.UNKNOWN_METRIC,
                            start,
                            start + name.length(),
                            "unknown metric function " + Quote.of(name) + "; " + hint);
                    yield Optional.empty();
                }
            };
        }
        int bracket = written.indexOf('[');
        if (bracket >= 0) {
            error(GramCode.MALFORMED_METRIC, start + bracket, start + bracket + 1, "'[' without its closing ']'");
            return Optional.empty();
        }
        Optional<Headline> headline = Headline.named(written);
        if (headline.isPresent()) {
            return Optional.of(headline.get());
        }
        error(GramCode.UNKNOWN_METRIC, start, end, "unknown metric " + Quote.of(written) + "; " + suggestion(written));
        return Optional.empty();
    }

    /** What a misspelt or invented name most likely meant. */
    private static String suggestion(String name) {
        Matcher above = Pattern.compile("share_max_discount_above_([0-9.]+)pct").matcher(name);
        if (above.matches()) {
            return "did you mean 'share[max discount > " + above.group(1) + "%]'?";
        }
        Matcher coverage =
                Pattern.compile("share_(?:min_)?coverage_below_([0-9.]+)pct").matcher(name);
        if (coverage.matches()) {
            return "did you mean 'share[min coverage < " + coverage.group(1) + "%]'?";
        }
        Matcher beyond = Pattern.compile("mean_days_beyond_([0-9.]+)pct").matcher(name);
        if (beyond.matches()) {
            return "did you mean 'mean_days[discount > " + beyond.group(1) + "%]'?";
        }
        return nearest(name, Headline.names())
                .map(s -> "did you mean " + Quote.of(s) + "?")
                .orElse("expected " + FORMS);
    }

    private Optional<Metric> share(int from, int to) {
        String text = source.text();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '>') {
                int end = i + 1 < to && text.charAt(i + 1) == '=' ? i + 2 : i + 1;
                String op = text.substring(i, end);
                Optional<PathQuantity> quantity = quantity(from, i);
                if (quantity.isEmpty()) {
                    return Optional.empty();
                }
                return threshold(end, to, quantity.get().isFraction(), null)
                        .map(t -> new PathShare(quantity.get(), op, t.value(), t.written()));
            }
        }
        error(
                GramCode.MALFORMED_METRIC,
                from,
                Math.max(from + 1, to),
                "expected 'share[<quantity> <op> <threshold>]', e.g. 'share[max discount > 5%]'");
        return Optional.empty();
    }

    private Optional<PathQuantity> quantity(int from, int to) {
        int start = skipSpace(from, to);
        int end = trimEnd(start, to);
        String words = source.text().substring(start, end);
        Optional<PathQuantity> quantity = PathQuantity.named(words);
        if (quantity.isEmpty()) {
            error(
                    GramCode.UNKNOWN_METRIC,
                    start,
                    Math.max(start + 1, end),
                    "unknown path quantity " + Quote.of(words) + "; "
                            + nearest(words, PathQuantity.allWords())
                                    .map(s -> "did you mean " + Quote.of(s) + "?")
                                    .orElse("expected one of: " + String.join(", ", PathQuantity.allWords())));
        }
        return quantity;
    }

    /** {@code probability[...]} or {@code mean_days[...]}: the inside read as a report condition. */
    private Optional<Metric> reported(boolean probability, int from, int to) {
        // The condition is read from the option's text with everything else blanked, so that its
        // diagnostics keep their columns; they are then pointed at the option's real text.
        char[] blanked = source.text().toCharArray();
        for (int i = 0; i < blanked.length; i++) {
            if ((i < from || i >= to) && blanked[i] != '\n') {
                blanked[i] = ' ';
            }
        }
        SourceFile inner = new SourceFile(source.name(), new String(blanked));
        Diagnostics found = new Diagnostics();
        Optional<ReportRequest.Measured> measured = ConditionReader.read(inner, found);
        for (Diagnostic d : found.sorted()) {
            SourceSpan s = d.span();
            diagnostics.report(new Diagnostic(
                    d.severity(),
                    d.code(),
                    d.message(),
                    s.isWholeFile() ? SourceSpan.of(source) : SourceSpan.at(source, s.line(), s.column(), s.length())));
        }
        return measured.map(m -> new ReportMetric(probability, m));
    }

    private record Threshold(double value, String written) {}

    /**
     * The value in {@code text[from, to)}: a percentage for a fraction (a share, a discount), else a
     * plain number (bp, days). {@code metric} names the metric in messages (null: a path quantity).
     */
    private Optional<Threshold> threshold(int from, int to, boolean fraction, Metric metric) {
        int start = skipSpace(from, to);
        int end = trimEnd(start, to);
        String written = source.text().substring(start, end);
        Matcher number = NUMBER.matcher(written);
        if (!number.matches()) {
            error(
                    GramCode.MALFORMED_METRIC,
                    start,
                    Math.max(start + 1, end),
                    "expected a number" + (fraction ? " with %, e.g. '50%'" : "") + ", got " + Quote.of(written));
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(number.group(1).replace(",", ""));
        String unit = number.group(2) == null ? "" : number.group(2).toLowerCase(Locale.ROOT);
        String what = metric == null ? "the quantity" : metric.name();
        if (fraction) {
            if (unit.equals("%")) {
                return Optional.of(new Threshold(value.movePointLeft(2).doubleValue(), written));
            }
            if (unit.equals("bp") && metric == null) {
                return Optional.of(new Threshold(value.movePointLeft(4).doubleValue(), written));
            }
            String example = value.compareTo(BigDecimal.ONE) > 0
                    ? "'" + value.toPlainString() + "%'"
                    : "'" + value.movePointRight(2).stripTrailingZeros().toPlainString() + "%' (or '"
                            + value.toPlainString() + "%' if you meant that many percent)";
            error(
                    GramCode.THRESHOLD_UNIT,
                    start,
                    end,
                    "the threshold " + Quote.of(written) + " needs a %: " + what
                            + (metric != null && metric.isShare() ? " is a share of paths" : " is a fraction")
                            + "; write " + example);
            return Optional.empty();
        }
        if (unit.equals("%")) {
            error(
                    GramCode.THRESHOLD_UNIT,
                    start,
                    end,
                    Quote.of(written) + " is a percentage, but " + what + " is in "
                            + (metric == null ? "days" : metric.unit()) + "; write a plain number");
            return Optional.empty();
        }
        return Optional.of(new Threshold(value.doubleValue(), written));
    }

    private int skipSpace(int from, int to) {
        while (from < to && Character.isWhitespace(source.text().charAt(from))) {
            from++;
        }
        return from;
    }

    private int trimEnd(int from, int to) {
        while (to > from && Character.isWhitespace(source.text().charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** Reports {@code message} at {@code text[from, to)} (line 1 unless the text has line breaks). */
    private void error(GramCode code, int from, int to, String message) {
        String text = source.text();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < from && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        diagnostics.report(code.at(SourceSpan.at(source, line, from - lineStart + 1, Math.max(1, to - from)), message));
    }

    /** The closest candidate within a fifth of the word's length in edits (at least 2), if any. */
    static Optional<String> nearest(String word, List<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, lower.length() / 5);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(lower, candidate);
            if (d <= allowed && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Every headline metric's name and the forms a metric may take, for help texts. */
    public static List<String> forms() {
        List<String> all = new ArrayList<>(Headline.names());
        all.add("share[<quantity> <op> <threshold>]");
        all.add("mean[<quantity>]");
        all.add("probability[<condition>]");
        all.add("mean_days[<condition>]");
        return all;
    }
}
