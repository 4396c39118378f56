package io.gramkit.interpreter;

/** One path's market-model state beside its {@link PathState}: venues, desk, panic, frozen reserves. */
final class MarketState {
    private final MarketParameters p;
    final LiquidityVenues venues;
    final ArbitrageDesk desk;
    /** The aggregate close P_t, grams per token (1 = on peg). */
    double price = 1.0;
    /** The holders' panic, decaying with its half-life. */
    double panic;
    /** Reserves frozen by each freeze, gold in grams and cash in USD, until released. */
    final double[] frozenGold;

    final double[] frozenCash;

    // ---- today's quantities, for the rules' facts and the tests
    /** The fee in force today (yesterday's lever). */
    double feeToday;
    /** Tokens the primary market could serve today: the daily limit, or what the reserves can pay. */
    double redeemableToday;
    /** The arbitrageurs' expected wait in days: (inventory + retail redemptions) / redeemable + settlement. */
    double waitToday;
    /** Their required discount d* = f + c*w/365 + premium. */
    double requiredDiscountToday;
    /** Coverage after today's redemptions, as the desk values a token: min(1, it) less d*. */
    double deskCoverageToday;

    // ---- running totals
    double goldSoldTotal;
    double fireSaleLossTotal;
    double retailRedeemedTotal;
    double frozenGoldTotal;
    double frozenCashTotal;
    double releasedGoldTotal;
    double releasedCashTotal;

    MarketState(MarketParameters p) {
        this.p = p;
        venues = new LiquidityVenues(p);
        desk = new ArbitrageDesk(p);
        frozenGold = new double[p.freezeFrom.length];
        frozenCash = new double[p.freezeFrom.length];
    }

    /** The market's per-path columns for a market of these venues, in the order paths.csv writes them. */
    static java.util.List<String> columns(io.gramkit.model.market.Market market) {
        java.util.List<String> columns = new java.util.ArrayList<>(java.util.List.of(
                "arb_capital",
                "arb_inventory",
                "arb_bought_total",
                "arb_redeemed_total",
                "arb_spent_total",
                "arb_received_total",
                "panic",
                "payout_gold_sold_total",
                "fire_sale_loss_total"));
        for (io.gramkit.model.market.Venue venue : market.venues()) {
            String name = venue.name().toLowerCase(java.util.Locale.ROOT);
            columns.add(name + "_low");
            columns.add(name + "_min_low");
            if (venue instanceof io.gramkit.model.market.Venue.Pool) {
                columns.add(name + "_tokens");
                columns.add(name + "_gold");
            }
        }
        return columns;
    }

    /** The value of one of {@link #columns}. */
    double value(String column) {
        double fixed = switch (column) {
            case "arb_capital" -> desk.capital + desk.pendingUsd;
            case "arb_inventory" -> desk.inventory;
            case "arb_bought_total" -> desk.boughtTotal;
            case "arb_redeemed_total" -> desk.redeemedTotal;
            case "arb_spent_total" -> desk.spentTotal;
            case "arb_received_total" -> desk.receivedTotal;
            case "panic" -> panic;
            case "payout_gold_sold_total" -> goldSoldTotal;
            case "fire_sale_loss_total" -> fireSaleLossTotal;
            default -> Double.NaN;
        };
        if (!Double.isNaN(fixed)) {
            return fixed;
        }
        for (int v = 0; v < p.venues; v++) {
            String name = p.names[v];
            if (column.startsWith(name + "_")) {
                double value = switch (column.substring(name.length() + 1)) {
                    case "low" -> venues.low[v];
                    case "min_low" -> venues.minLow[v];
                    case "tokens" -> venues.tokens[v];
                    case "gold" -> venues.grams[v];
                    default -> Double.NaN;
                };
                if (!Double.isNaN(value)) {
                    return value;
                }
            }
        }
        throw new IllegalArgumentException("no market column '" + column + "'");
    }
}
