package io.gramkit.model.market;

import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.model.Check;

/**
 * A redemption wave: holders' exit share rises by {@code share/days} a day on days
 * {@code startDay .. startDay + days - 1} (each day's share applies to that day's holdings).
 */
public record Wave(SourceSpan span, String name, double share, int days, int startDay) {
    public Wave {
        Check.present("span", span);
        Check.present("wave name", name);
        Check.fraction("wave share", share);
        Check.positive("wave days", days);
        Check.positive("wave start day", startDay);
    }

    /** The exit share the wave adds on {@code day}. */
    public double shareOn(int day) {
        return day >= startDay && day < startDay + days ? share / days : 0.0;
    }
}
