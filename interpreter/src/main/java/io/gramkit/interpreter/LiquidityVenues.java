package io.gramkit.interpreter;

import java.util.Arrays;

/**
 * One path's secondary-market venues, prices in grams of gold per token. A constant-product pool
 * keeps its balances from day to day ({@code X*Y} constant across swaps, price {@code Y/X}); an
 * order book is re-quoted every day around yesterday's close, at {@code m}, and after {@code s} tokens net
 * sold into it today quotes {@code m / (1 + s/(100*D))}, filling at the midpoint of the walk.
 * Expressions keep the order of docs/model.md ("Market model") so that ports reproduce them.
 */
final class LiquidityVenues {
    private final MarketParameters p;
    /** Pools: token reserve X and gold-value reserve Y, grams. Unused for books. */
    final double[] tokens;

    final double[] grams;
    /** Books: tokens net sold into the book today (negative after net buying). */
    final double[] sold;
    /** Today's opening price. */
    final double[] open;
    /** Today's low: the lower of the open and the price after the holders' flow and venue sales. */
    final double[] low;
    /** The lowest daily low so far. */
    final double[] minLow;
    /** Pools: running totals of tokens and grams in and out, for the accounting identities. */
    final double[] tokensIn;

    final double[] tokensOut;
    final double[] gramsIn;
    final double[] gramsOut;

    LiquidityVenues(MarketParameters p) {
        this.p = p;
        int n = p.venues;
        tokens = Arrays.copyOf(p.poolTokens, n);
        grams = Arrays.copyOf(p.poolTokens, n);
        sold = new double[n];
        open = new double[n];
        low = new double[n];
        minLow = new double[n];
        Arrays.fill(open, 1.0);
        Arrays.fill(low, 1.0);
        Arrays.fill(minLow, 1.0);
        tokensIn = new double[n];
        tokensOut = new double[n];
        gramsIn = new double[n];
        gramsOut = new double[n];
    }

    int size() {
        return p.venues;
    }

    /** Tokens the pools hold (part of the supply that no holder can sell). */
    double poolTokens() {
        double held = 0.0;
        for (int v = 0; v < p.venues; v++) {
            if (p.pool[v]) {
                held += tokens[v];
            }
        }
        return held;
    }

    boolean isPool(int v) {
        return p.pool[v];
    }

    double price(int v) {
        return p.pool[v] ? grams[v] / tokens[v] : open[v] / (1.0 + sold[v] / p.hundredDepth[v]);
    }

    /**
     * The day opens: pools where the close left them; books re-quote at yesterday's close moved a
     * share of the way to the backing value {@code min(1, coverage)} (without resilience, at the close).
     */
    void openDay(double close, double value) {
        for (int v = 0; v < p.venues; v++) {
            if (p.pool[v]) {
                open[v] = grams[v] / tokens[v];
            } else {
                open[v] = p.resilience[v] == 0.0 ? close : close + p.resilience[v] * (value - close);
                sold[v] = 0.0;
            }
        }
    }

    /** Sells {@code q} tokens on venue {@code v}; returns the grams the seller receives. */
    double sell(int v, double q) {
        if (p.pool[v]) {
            double x = tokens[v] + q;
            double y = (tokens[v] * grams[v]) / x;
            double proceeds = grams[v] - y;
            tokens[v] = x;
            grams[v] = y;
            tokensIn[v] += q;
            gramsOut[v] += proceeds;
            return proceeds;
        }
        double before = price(v);
        sold[v] = sold[v] + q;
        return q * ((before + price(v)) / 2.0);
    }

    /** The grams that buying {@code b} tokens on venue {@code v} costs, without buying them. */
    double costOf(int v, double b) {
        if (p.pool[v]) {
            return (tokens[v] * grams[v]) / (tokens[v] - b) - grams[v];
        }
        double after = open[v] / (1.0 + (sold[v] - b) / p.hundredDepth[v]);
        return b * ((price(v) + after) / 2.0);
    }

    /** Buys {@code b} tokens on venue {@code v}; returns the grams paid. */
    double buy(int v, double b) {
        double cost = costOf(v, b);
        if (p.pool[v]) {
            double x = tokens[v] - b;
            grams[v] = (tokens[v] * grams[v]) / x;
            tokens[v] = x;
            tokensOut[v] += b;
            gramsIn[v] += cost;
        } else {
            sold[v] = sold[v] - b;
        }
        return cost;
    }

    /** Tokens to buy on venue {@code v} to lift its price to {@code target}; 0 when it is there. */
    double tokensToLift(int v, double target) {
        if (price(v) >= target) {
            return 0.0;
        }
        if (p.pool[v]) {
            return tokens[v] - Math.sqrt((tokens[v] * grams[v]) / target);
        }
        return sold[v] - p.hundredDepth[v] * (open[v] / target - 1.0);
    }

    /**
     * The holders' net flow, split by the venues' flow shares: a positive {@code net} is sold; a
     * negative one is bought, on each venue only up to par (buyers mint rather than pay more).
     *
     * @return the tokens buyers could not find at or below par: they mint them
     */
    double holdersTrade(double net) {
        double leftover = 0.0;
        for (int v = 0; v < p.venues; v++) {
            double flow = p.flowShare[v] * net;
            if (flow > 0.0) {
                sell(v, flow);
            } else if (flow < 0.0) {
                double want = -flow;
                double bought = Math.min(want, tokensToLift(v, 1.0));
                if (bought > 0.0) {
                    buy(v, bought);
                }
                leftover = leftover + (want - bought);
            }
        }
        return leftover;
    }

    /** Venue-local sales of the day (tokens by venue; null for none), then the day's lows. */
    void salesAndLows(double[] sales) {
        if (sales != null) {
            for (int v = 0; v < p.venues; v++) {
                if (sales[v] > 0.0) {
                    sell(v, sales[v]);
                }
            }
        }
        for (int v = 0; v < p.venues; v++) {
            low[v] = Math.min(open[v], price(v));
            minLow[v] = Math.min(minLow[v], low[v]);
        }
    }

    /**
     * The aggregate close: the flow-share weighted mean of the venues' prices. Cross-venue
     * arbitrage then moves every pool to it (books re-quote there tomorrow).
     */
    double close() {
        double close = 0.0;
        for (int v = 0; v < p.venues; v++) {
            close = close + p.flowShare[v] * price(v);
        }
        for (int v = 0; v < p.venues; v++) {
            // a market that has collapsed to a zero price leaves its pools where they are
            if (p.pool[v] && close > 0.0) {
                double k = tokens[v] * grams[v];
                double x = Math.sqrt(k / close);
                double y = k / x;
                if (x < tokens[v]) {
                    tokensOut[v] += tokens[v] - x;
                    gramsIn[v] += y - grams[v];
                } else {
                    tokensIn[v] += x - tokens[v];
                    gramsOut[v] += grams[v] - y;
                }
                tokens[v] = x;
                grams[v] = y;
            }
        }
        return close;
    }
}
