package io.gramkit.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * A condition on a headline metric, as written after {@code --until}: {@code <metric> <op> <value>}
 * with op one of {@code >= > <= <} and the value a number or a percentage ({@code 50%} is 0.5).
 */
public record Condition(Headline metric, String op, double threshold) {
    public static final List<String> OPERATORS = List.of(">=", ">", "<=", "<");

    public Condition {
        if (!OPERATORS.contains(op)) {
            throw new IllegalArgumentException("unknown operator '" + op + "'; expected one of " + OPERATORS);
        }
    }

    /** Parses {@code "share_max_discount_above_10pct >= 50%"}; messages name what was expected. */
    public static Condition parse(String text) {
        String[] parts = text.trim().split("\\s+", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException(
                    "expected '<metric> <op> <value>', e.g. 'share_max_discount_above_10pct >= 50%', got '" + text
                            + "'");
        }
        Headline metric = Headline.named(parts[0])
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown metric '" + parts[0] + "'; expected one of: " + String.join(", ", Headline.names())));
        if (!OPERATORS.contains(parts[1])) {
            throw new IllegalArgumentException(
                    "unknown operator '" + parts[1] + "'; expected one of: " + String.join(" ", OPERATORS));
        }
        return new Condition(metric, parts[1], number(parts[2]));
    }

    /** A number, or a percentage converted exactly in decimal. */
    static double number(String text) {
        try {
            if (text.endsWith("%")) {
                return new BigDecimal(text.substring(0, text.length() - 1))
                        .movePointLeft(2)
                        .doubleValue();
            }
            return new BigDecimal(text).doubleValue();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number or a percentage, got '" + text + "'");
        }
    }

    public boolean holds(double value) {
        return switch (op) {
            case ">=" -> value >= threshold;
            case ">" -> value > threshold;
            case "<=" -> value <= threshold;
            default -> value < threshold;
        };
    }

    @Override
    public String toString() {
        return metric.name() + " " + op + " " + threshold;
    }
}
