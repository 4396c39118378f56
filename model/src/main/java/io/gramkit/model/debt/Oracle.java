package io.gramkit.model.debt;

import io.gramkit.diagnostic.SourceSpan;

/**
 * The price feed that values the collateral (one gold token, meant to be one gram): gold's price
 * or the token's own market price, seen {@code lagDays} late. A lag of {@code k + f} days (whole
 * days k, a fraction f such as 1 hour = 1/24) reads {@code P_{t-k}^(1-f) * P_{t-k-1}^f}: the
 * model keeps only daily closes, so an intraday lag is the log-linear interpolation between two
 * closes (docs/model.md, "The debt block").
 *
 * @param source  which price the feed reports
 * @param lagDays how late the feed is, in days (fractions allowed), in [0, 365]
 */
public record Oracle(SourceSpan span, Source source, double lagDays) {
    /** What the feed reports. */
    public enum Source {
        /** Gold's price, USD per gram. */
        GOLD,
        /** The gold token's market price, USD per token. */
        MARKET
    }

    public Oracle {
        DebtCheck.present("span", span);
        DebtCheck.present("oracle source", source);
        if (!(lagDays >= 0 && lagDays <= 365)) {
            throw new IllegalArgumentException("oracle lag must be in [0, 365] days, got " + lagDays);
        }
    }

    /** Whole days of the lag, k. */
    public int wholeDays() {
        return (int) Math.floor(lagDays);
    }

    /** The part of a day beyond {@link #wholeDays()}, f in [0, 1). */
    public double fraction() {
        return lagDays - wholeDays();
    }
}
