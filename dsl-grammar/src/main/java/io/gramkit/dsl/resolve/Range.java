package io.gramkit.dsl.resolve;

import java.math.BigDecimal;

/** The values a setting allows, checked on the double the model receives. */
record Range(double min, boolean minIncluded, double max, boolean maxIncluded) {
    /** Fees: a fee of 100% would keep everything redeemed. */
    static final Range FEE = new Range(0, true, 1, false);
    /** Shares, rates per day, limits and discount levels. */
    static final Range SHARE = new Range(0, true, 1, true);
    /** A drop of 100% or more would take the price to zero or below. */
    static final Range DROP = FEE;

    static final Range NON_NEGATIVE = new Range(0, true, Double.POSITIVE_INFINITY, false);
    static final Range POSITIVE = new Range(0, false, Double.POSITIVE_INFINITY, false);
    /** Student-t degrees of freedom: the variance is finite above 2. */
    static final Range ABOVE_TWO = new Range(2, false, Double.POSITIVE_INFINITY, false);
    /** GARCH weights. */
    static final Range BELOW_ONE = new Range(0, true, 1, false);

    static final Range ANY = new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);

    /** The catalogue's bounds of a setting, as the resolver checks them. */
    static Range of(io.gramkit.model.settings.Bounds bounds) {
        return new Range(bounds.min(), bounds.minIncluded(), bounds.max(), bounds.maxIncluded());
    }

    boolean contains(double value) {
        boolean aboveMin = minIncluded ? value >= min : value > min;
        boolean belowMax = maxIncluded ? value <= max : value < max;
        return aboveMin && belowMax;
    }

    /** {@code from 0% to 100%}, {@code above 0}, {@code 0% or more}. */
    String describe(Dimension dimension) {
        String low = format(min, dimension);
        if (Double.isInfinite(max)) {
            return minIncluded ? low + " or more" : "above " + low;
        }
        return "from " + low + (maxIncluded ? " to " : " up to but not including ") + format(max, dimension);
    }

    private static String format(double value, Dimension dimension) {
        BigDecimal shown = new BigDecimal(Double.toString(value));
        return dimension == Dimension.FRACTION
                ? shown.movePointRight(2).stripTrailingZeros().toPlainString() + "%"
                : shown.stripTrailingZeros().toPlainString();
    }
}
