package io.gramkit.analysis;

import java.util.List;

/**
 * A condition on a metric, as written after {@code --until} or {@code --require}:
 * {@code <metric> <op> <value>} with op one of {@code >= > <= <}; a share or fraction is compared
 * with a percentage ({@code 50%} is 0.5). Parsed by {@code io.gramkit.GramMetrics}.
 *
 * @param written the threshold as the analyst wrote it ({@code 50%}), for messages and headings
 */
public record Condition(Metric metric, String op, double threshold, String written) {
    public static final List<String> OPERATORS = List.of(">=", ">", "<=", "<");

    public Condition {
        if (!OPERATORS.contains(op)) {
            throw new IllegalArgumentException("unknown operator '" + op + "'; expected one of " + OPERATORS);
        }
    }

    public boolean holds(double value) {
        return compare(value, op, threshold);
    }

    /** {@code value op threshold}; false for NaN. */
    static boolean compare(double value, String op, double threshold) {
        return switch (op) {
            case ">=" -> value >= threshold;
            case ">" -> value > threshold;
            case "<=" -> value <= threshold;
            default -> value < threshold;
        };
    }

    @Override
    public String toString() {
        return metric.name() + " " + op + " " + written;
    }
}
