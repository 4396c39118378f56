package io.gramkit.interpreter;

/**
 * What paying out of the gold reserves costs (docs/model.md, "Market model"): gold sold in a day
 * fetches its value less an average haircut {@code h0 + h1*g/capacity} that grows with the grams
 * {@code g} sold, and no more than {@code capacity} grams are sold in a day.
 */
final class ReservePayout {
    private ReservePayout() {}

    /** The most value (grams at the day's price) the gold reserves can raise today. */
    static double goldValue(MarketParameters p, double reserves) {
        double g = Math.min(reserves, p.capacityGrams);
        return g * (1.0 - (p.haircutBase + p.haircutSlope * (g / p.capacityGrams)));
    }

    /**
     * The grams to sell to raise {@code value} grams' worth: the smaller root of
     * {@code (h1/capacity)*g^2 - (1 - h0)*g + value = 0}, written to avoid cancellation.
     */
    static double gramsToSell(MarketParameters p, double value, double reserves) {
        double b = 1.0 - p.haircutBase;
        double grams;
        if (p.haircutSlope == 0.0) {
            grams = value / b;
        } else {
            double a = p.haircutSlope / p.capacityGrams;
            grams = (2.0 * value) / (b + Math.sqrt(Math.max(0.0, b * b - (4.0 * a) * value)));
        }
        return Math.min(grams, reserves);
    }
}
