package io.gramkit.interpreter.debt;

import io.gramkit.model.debt.Oracle;

/**
 * One path's collateral price feed: the daily closes it reads (gold's or the token's market
 * price), kept in a ring, and the price it shows {@code k + f} days late:
 * {@code P_{t-k}^(1-f) * P_{t-k-1}^f} (the log-linear interpolation between two closes, since
 * the model keeps only closes), with days before 0 at day 0's close.
 */
final class OracleFeed {
    private final int wholeDays;
    private final double fraction;
    private final double[] closes;
    private int today;

    /** A feed that can also show the price {@code lookbackDays} days before today's. */
    OracleFeed(Oracle oracle, int lookbackDays) {
        this.wholeDays = oracle.wholeDays();
        this.fraction = oracle.fraction();
        this.closes = new double[wholeDays + lookbackDays + 2];
    }

    /** Records day {@code day}'s close (days arrive in order from 0). */
    void record(int day, double close) {
        today = day;
        closes[day % closes.length] = close;
    }

    /** The price the feed shows at the end of today. */
    double seen() {
        return seenOn(today);
    }

    /** The price the feed showed at the end of {@code day} (today or up to the look-back before). */
    double seenOn(int day) {
        double latest = close(day - wholeDays);
        if (fraction == 0.0) {
            return latest;
        }
        double earlier = close(day - wholeDays - 1);
        return StrictMath.pow(latest, 1.0 - fraction) * StrictMath.pow(earlier, fraction);
    }

    /** The feed's move over the last {@code days} days: seen today over seen {@code days} ago, minus 1. */
    double moveOver(int days) {
        if (days < 0 || wholeDays + days + 1 >= closes.length) {
            throw new IllegalArgumentException("the oracle keeps " + (closes.length - wholeDays - 2)
                    + " days of prices beyond its lag; a rule looked back " + days);
        }
        return seen() / seenOn(today - days) - 1.0;
    }

    private double close(int day) {
        return closes[Math.max(0, day) % closes.length];
    }
}
