package io.gramkit.model.market;

import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.model.Check;

/** A venue-local sale: {@code tokens} sold on one venue on one day, on top of the holders' flow. */
public record VenueShock(SourceSpan span, String venue, double tokens, int day) {
    public VenueShock {
        Check.present("span", span);
        Check.present("venue", venue);
        Check.positive("tokens sold", tokens);
        Check.positive("day of the venue sale", day);
    }
}
