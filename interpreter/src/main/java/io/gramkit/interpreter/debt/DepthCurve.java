package io.gramkit.interpreter.debt;

/**
 * Linear price impact with depth that is fresh every day: after x tokens have been sold today at
 * market price P, the next token fetches {@code P*(1 - x/K)}, where {@code K = 100 *
 * tokensPerPercent} is what it takes to push the price to zero. Selling q more tokens after x
 * raises {@code P*(q - ((x+q)^2 - x^2)/(2K))}. Beyond K there are no bids: the rest goes for
 * nothing. Infinite depth sells every token at P.
 */
public final class DepthCurve implements CollateralMarket {
    private final double exhaustedAt;
    private double price;
    private double soldToday;

    /** {@code tokensPerPercent}: tokens that move the price by 1%; infinity for unlimited depth. */
    public DepthCurve(double tokensPerPercent) {
        this.exhaustedAt = 100.0 * tokensPerPercent;
    }

    @Override
    public void open(double marketPrice) {
        price = marketPrice;
        soldToday = 0.0;
    }

    @Override
    public Sale sell(double units, double target) {
        if (Double.isInfinite(exhaustedAt)) {
            double sold = Math.min(units, target / price);
            return new Sale(sold, sold * price, 0.0);
        }
        double room = Math.max(0.0, exhaustedAt - soldToday);
        if (room == 0.0) {
            return new Sale(0.0, 0.0, units);
        }
        double sellable = Math.min(units, room);
        // proceeds(q) = b*q - a*q^2 with a = P/(2K), b = P*(1 - x/K); it rises until x + q = K.
        double a = price / (2.0 * exhaustedAt);
        double b = price * (1.0 - soldToday / exhaustedAt);
        double all = b * sellable - a * sellable * sellable;
        double sold;
        double proceeds;
        if (all >= target) {
            // the smaller root of a*q^2 - b*q + target = 0, written without cancellation
            double disc = Math.max(0.0, b * b - 4.0 * a * target);
            sold = Math.min(sellable, 2.0 * target / (b + Math.sqrt(disc)));
            proceeds = target;
        } else {
            sold = sellable;
            proceeds = Math.max(0.0, all);
        }
        soldToday += sold;
        double givenAway = proceeds >= target ? 0.0 : units - sold;
        if (givenAway > 0) {
            soldToday = Math.max(soldToday, exhaustedAt);
        }
        return new Sale(sold, proceeds, givenAway);
    }
}
