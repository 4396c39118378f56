package io.gramkit.model.settings;

import java.math.BigDecimal;

/** The values a setting allows, checked on the double the model receives. */
public record Bounds(double min, boolean minIncluded, double max, boolean maxIncluded) {
    /** Fees: a fee of 100% would keep everything redeemed. */
    public static final Bounds FEE = new Bounds(0, true, 1, false);
    /** Shares, rates per day, limits and discount levels. */
    public static final Bounds SHARE = new Bounds(0, true, 1, true);

    public static final Bounds NON_NEGATIVE = new Bounds(0, true, Double.POSITIVE_INFINITY, false);
    public static final Bounds POSITIVE = new Bounds(0, false, Double.POSITIVE_INFINITY, false);
    /** Above 0 and below 1: a fall of 0% would trip every day, and gold cannot fall 100%. */
    public static final Bounds OPEN_SHARE = new Bounds(0, false, 1, false);
    /** Whole days and counts: the resolver checks them as whole numbers from 1. */
    public static final Bounds FROM_ONE = new Bounds(1, true, Double.POSITIVE_INFINITY, false);

    public static final Bounds ANY = new Bounds(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);

    public boolean contains(double value) {
        boolean aboveMin = minIncluded ? value >= min : value > min;
        boolean belowMax = maxIncluded ? value <= max : value < max;
        return aboveMin && belowMax;
    }

    /** {@code from 0% to 100%}, {@code above 0}, {@code 0% or more}, as messages and docs say it. */
    public String describe(Measure measure) {
        if (Double.isInfinite(min) && Double.isInfinite(max)) {
            return "any value";
        }
        String low = format(min, measure);
        if (Double.isInfinite(max)) {
            return minIncluded ? low + " or more" : "above " + low;
        }
        if (!minIncluded && !maxIncluded) {
            return "above " + low + " and below " + format(max, measure);
        }
        return "from " + low + (maxIncluded ? " to " : " up to but not including ") + format(max, measure);
    }

    private static String format(double value, Measure measure) {
        BigDecimal shown = new BigDecimal(Double.toString(value));
        return switch (measure) {
            case FRACTION -> shown.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            case MONEY -> shown.stripTrailingZeros().toPlainString() + " USD";
            case DAYS -> shown.stripTrailingZeros().toPlainString() + (value == 1 ? " day" : " days");
            default -> shown.stripTrailingZeros().toPlainString();
        };
    }
}
