package io.gramkit.model.market;

import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.model.Check;
import java.util.regex.Pattern;

/**
 * A secondary-market venue where holders sell and arbitrageurs buy. Prices are in grams of gold
 * per token (1 = on peg); every venue opens each day at yesterday's aggregate close.
 */
public sealed interface Venue permits Venue.Pool, Venue.OrderBook {
    /** Venue names become column names ({@code <name>_low}): a letter, then letters, digits, '_'. */
    Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    SourceSpan span();

    String name();

    /** The share of the holders' daily net flow routed to this venue; the shares add up to 1. */
    double flowShare();

    /**
     * A constant-product pool (Uniswap v2): token reserve {@code X} and gold-value reserve
     * {@code Y} with {@code X*Y} constant across swaps, price {@code Y/X}. It starts on peg with
     * {@code X = Y = tokens}. No LP fee and no LP deposits or withdrawals.
     *
     * @param tokens the pool's token reserve at day 0 (its depth)
     */
    record Pool(SourceSpan span, String name, double flowShare, double tokens) implements Venue {
        public Pool {
            Check.present("span", span);
            checkName(name);
            Check.fraction("flow share of venue '" + name + "'", flowShare);
            Check.positive("tokens of pool '" + name + "'", tokens);
        }
    }

    /**
     * An order book re-quoted every day: it opens at {@code m = P + rho*(V - P)}, yesterday's
     * close {@code P} moved a share {@code rho} of the way to the backing value
     * {@code V = min(1, coverage)} (market makers' quotes recover overnight), and after {@code s}
     * tokens net sold into it today it quotes {@code m / (1 + s/(100*D))}, a 1% move per {@code D}
     * tokens for small orders; a fill's average price is the midpoint of its walk.
     *
     * @param depthPerPercent D, tokens that move the price by about 1%
     * @param resilience      rho, the share of the gap to the backing value recovered overnight
     */
    record OrderBook(SourceSpan span, String name, double flowShare, double depthPerPercent, double resilience)
            implements Venue {
        public OrderBook {
            Check.present("span", span);
            checkName(name);
            Check.fraction("flow share of venue '" + name + "'", flowShare);
            Check.positive("depth of order book '" + name + "'", depthPerPercent);
            Check.fraction("resilience of order book '" + name + "'", resilience);
        }
    }

    private static void checkName(String name) {
        Check.present("venue name", name);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "venue name '" + name + "' must be a letter followed by letters, digits or '_'");
        }
    }
}
