package io.gramkit.interpreter;

import java.util.Arrays;

/**
 * Test access to a path's end-of-day values, which only the simulator writes: lets rule tests
 * move one {@link PathState} through several days inside one session, as a run does, and build
 * the end-of-day states the rule library reads.
 */
public final class PathStateAccess {
    private PathStateAccess() {}

    public static void closeDay(PathState state, int day, double discount, double coverage) {
        state.day = day;
        state.discount = discount;
        state.coverage = coverage;
    }

    /** Sets the balance sheet: supply (tokens), gold (grams), cash (USD) at a gold price (USD/g). */
    public static PathState balance(PathState state, double supply, double reserves, double cash, double gold) {
        state.supply = supply;
        state.reserves = reserves;
        state.cash = cash;
        state.gold = gold;
        state.coverage = (reserves * gold + cash) / (supply * gold);
        return state;
    }

    /** Sets the redemption levers in force: daily limit, emergency gate, open or halted, halted days. */
    public static PathState redemptions(PathState state, double limit, double gate, boolean open, int daysHalted) {
        state.redemptionLimit = limit;
        state.redemptionGate = gate;
        state.redemptionsOpen = open;
        state.daysRedemptionsHalted = daysHalted;
        return state;
    }

    public static PathState treasury(PathState state, double usd) {
        state.treasury = usd;
        return state;
    }

    /**
     * Gives the state the gold prices of days 0..n (the last is today's, and the state's day
     * becomes n), kept with room to look back at least 30 days for {@code goldMoveOver}.
     */
    public static PathState goldPrices(PathState state, double... prices) {
        state.day = prices.length - 1;
        state.gold = prices[prices.length - 1];
        state.goldHistory = Arrays.copyOf(prices, Math.max(prices.length, 31));
        return state;
    }
}
