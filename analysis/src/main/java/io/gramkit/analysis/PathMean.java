package io.gramkit.analysis;

/** {@code mean[<quantity>]}: the mean across paths of one path quantity, e.g. {@code mean[max discount]}. */
public record PathMean(PathQuantity quantity) implements Metric {
    @Override
    public String name() {
        return "mean[" + quantity.words() + "]";
    }

    @Override
    public String meaning() {
        return "mean across paths of " + quantity.meaning();
    }

    @Override
    public String unit() {
        return quantity.isFraction() ? "fraction" : "days";
    }

    @Override
    public boolean isShare() {
        return false;
    }

    @Override
    public double[] values(PathResults results) {
        double[] values = new double[results.size()];
        for (int p = 0; p < values.length; p++) {
            values[p] = quantity.of(results, p);
        }
        return values;
    }
}
