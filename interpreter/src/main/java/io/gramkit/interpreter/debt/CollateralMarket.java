package io.gramkit.interpreter.debt;

/**
 * Where liquidation auctions sell seized collateral. The debt block's own {@link DepthCurve} is
 * one; the market model's venues (issue 12) can be another, by implementing these two calls over
 * their pools and books. One instance per path, used by one thread; the day's auctions share it,
 * so each sale moves the price the next one meets.
 */
public interface CollateralMarket {

    /** Opens the day's auctions with the collateral's market price, USD per token. */
    void open(double marketPrice);

    /**
     * Sells at most {@code units} tokens, stopping as soon as the proceeds reach {@code target}
     * dollars (the debt plus penalty the auction must raise). Tokens that find no bid because the
     * day's liquidity is exhausted go for nothing (the zero bids of 12 March 2020).
     */
    Sale sell(double units, double target);

    /**
     * One auction's result.
     *
     * @param sold      tokens sold for a positive price
     * @param proceeds  dollars raised
     * @param givenAway tokens taken at a zero bid
     */
    record Sale(double sold, double proceeds, double givenAway) {}
}
