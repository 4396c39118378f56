package io.gramkit.interpreter;

/**
 * The authorised arbitrageurs of one path, as one desk with their pooled capital: they buy on the
 * venues below the value of redeeming and present what they hold for redemption. Capital is free
 * USD; tokens bought are the inventory; what redemption pays comes back after the settlement days.
 */
final class ArbitrageDesk {
    double capital;
    double inventory;
    /** USD owed for served redemptions, by day due (a ring of settlement days + 1). */
    private final double[] pending;

    double pendingUsd;
    double spentTotal;
    double receivedTotal;
    double boughtTotal;
    double redeemedTotal;
    /** Whether today's purchases stopped short of the target for lack of capital. */
    boolean capitalBound;
    /** Whether they stopped short because the holders had no more tokens to sell on the books. */
    boolean tokensBound;

    private final double[] need;

    ArbitrageDesk(MarketParameters p) {
        capital = p.capitalUsd;
        pending = new double[p.settlementDays + 1];
        need = new double[p.venues];
    }

    /** Capital coming back today for redemptions served settlement days ago. */
    void collect(int day) {
        int slot = day % pending.length;
        if (pending[slot] != 0.0) {
            capital = capital + pending[slot];
            pendingUsd = pendingUsd - pending[slot];
            pending[slot] = 0.0;
        }
    }

    /** {@code tokens} of the inventory were served today, for {@code usd}, paid after {@code days}. */
    void served(double tokens, double usd, int day, int days) {
        if (tokens == 0.0) {
            return;
        }
        inventory = inventory - tokens;
        redeemedTotal += tokens;
        receivedTotal += usd;
        if (days == 0) {
            capital = capital + usd;
        } else {
            pending[(day + days) % pending.length] += usd;
            pendingUsd = pendingUsd + usd;
        }
    }

    /**
     * Buys on every venue below {@code target} up to it; when the whole costs more than the free
     * capital, each venue's purchase is cut to the same fraction of what it needed. Books sell the
     * holders' tokens, so no more than {@code held} tokens can be bought on them.
     */
    void trade(LiquidityVenues venues, double target, double gold, double held) {
        double cost = 0.0;
        double fromBooks = 0.0;
        for (int v = 0; v < venues.size(); v++) {
            need[v] = venues.tokensToLift(v, target);
            if (need[v] > 0.0) {
                cost = cost + venues.costOf(v, need[v]);
                if (!venues.isPool(v)) {
                    fromBooks = fromBooks + need[v];
                }
            }
        }
        capitalBound = false;
        tokensBound = false;
        if (!(cost > 0.0)) {
            return;
        }
        double costUsd = cost * gold;
        double fill = costUsd <= capital ? 1.0 : Math.max(0.0, capital) / costUsd;
        capitalBound = fill < 1.0;
        if (fromBooks > 0.0 && fromBooks > held) {
            fill = Math.min(fill, Math.max(0.0, held) / fromBooks);
            tokensBound = true;
        }
        if (fill == 0.0) {
            return;
        }
        double spent = 0.0;
        double bought = 0.0;
        for (int v = 0; v < venues.size(); v++) {
            if (need[v] > 0.0) {
                double b = fill == 1.0 ? need[v] : fill * need[v];
                spent = spent + venues.buy(v, b);
                bought = bought + b;
            }
        }
        double spentUsd = spent * gold;
        capital = capital - spentUsd;
        inventory = inventory + bought;
        spentTotal += spentUsd;
        boughtTotal += bought;
    }
}
