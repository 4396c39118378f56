package io.gramkit.model.market;

import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.model.Check;

/**
 * What it costs to pay redemptions out of the gold reserves. Cash pays first, at the day's gold
 * price; beyond it gold is sold at an average haircut {@code h0 + h1*g/capacity} that grows with
 * the grams {@code g} sold that day, at most {@code capacity} grams a day.
 *
 * @param haircutBase    h0
 * @param haircutSlope   h1; {@code h0 + 2*h1 <= 1} so that selling more always raises more
 * @param capacityGrams  most grams of gold sold in a day
 */
public record Payout(SourceSpan span, double haircutBase, double haircutSlope, double capacityGrams) {
    public Payout {
        Check.present("span", span);
        Check.fraction("haircut", haircutBase);
        Check.nonNegative("haircut slope", haircutSlope);
        Check.positive("gold sale capacity", capacityGrams);
        if (!(haircutBase + 2 * haircutSlope <= 1)) {
            throw new IllegalArgumentException(
                    "haircut plus twice its slope must be at most 1, got " + haircutBase + " and " + haircutSlope);
        }
    }
}
