package io.gramkit.analysis;

/**
 * {@code share[<quantity> <op> <threshold>]}: the share of paths whose quantity compares so with
 * the threshold, e.g. {@code share[max discount > 5%]}. {@code written} is the threshold as the
 * analyst wrote it ({@code 5%}), kept for the metric's name.
 */
public record PathShare(PathQuantity quantity, String op, double threshold, String written) implements Metric {
    public PathShare {
        if (!Condition.OPERATORS.contains(op)) {
            throw new IllegalArgumentException("unknown operator '" + op + "'; expected one of " + Condition.OPERATORS);
        }
    }

    @Override
    public String name() {
        return "share[" + quantity.words() + " " + op + " " + written + "]";
    }

    @Override
    public String meaning() {
        return "share of paths on which " + quantity.meaning() + " is " + op + " " + written;
    }

    @Override
    public String unit() {
        return "fraction of paths";
    }

    @Override
    public boolean isShare() {
        return true;
    }

    @Override
    public double[] values(PathResults results) {
        double[] values = new double[results.size()];
        for (int p = 0; p < values.length; p++) {
            values[p] = Condition.compare(quantity.of(results, p), op, threshold) ? 1 : 0;
        }
        return values;
    }
}
