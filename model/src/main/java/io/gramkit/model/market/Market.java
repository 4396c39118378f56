package io.gramkit.model.market;

import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.model.Check;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The market model of docs/model.md ("Market model"): price formation by the holders' flow on
 * liquidity venues and by arbitrage against the primary market, holder behaviour over time, and
 * payouts that cost something. A scenario without it runs the reference model bit for bit.
 *
 * @param venues    the secondary-market venues, at least one; their flow shares add up to 1
 * @param arbitrage the authorised arbitrageurs
 * @param holders   holder behaviour beyond the reference sensitivities
 * @param payout    the fire-sale cost of paying in gold; empty: gold pays at the day's price
 * @param waves     redemption waves, in the order written (their shares add up in that order)
 * @param shocks    venue-local sales
 * @param freezes   reserves frozen for a while
 */
public record Market(
        SourceSpan span,
        List<Venue> venues,
        Arbitrage arbitrage,
        Holders holders,
        Optional<Payout> payout,
        List<Wave> waves,
        List<VenueShock> shocks,
        List<ReserveFreeze> freezes) {

    /** How far the flow shares may add up away from 1 (they are written as decimals). */
    private static final double SHARE_TOLERANCE = 1e-9;

    public Market {
        Check.present("span", span);
        venues = List.copyOf(venues);
        Check.present("arbitrage", arbitrage);
        Check.present("holders", holders);
        Check.present("payout", payout);
        waves = List.copyOf(waves);
        shocks = List.copyOf(shocks);
        freezes = List.copyOf(freezes);
        if (venues.isEmpty()) {
            throw new IllegalArgumentException("the market needs at least one venue");
        }
        Set<String> names = new HashSet<>();
        double shares = 0.0;
        for (Venue venue : venues) {
            if (!names.add(venue.name().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("two venues are named '" + venue.name() + "'");
            }
            shares += venue.flowShare();
        }
        if (Math.abs(shares - 1.0) > SHARE_TOLERANCE) {
            throw new IllegalArgumentException("the venues' flow shares must add up to 100%, got " + shares);
        }
        for (VenueShock shock : shocks) {
            if (!names.contains(shock.venue().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException(
                        "venue sale on unknown venue '" + shock.venue() + "'; venues: " + names);
            }
        }
    }

    /** A market of the given venues with default behaviour: no panic memory, no fire-sale cost, no schedule. */
    public static Market of(SourceSpan span, List<Venue> venues, Arbitrage arbitrage) {
        return new Market(
                span,
                venues,
                arbitrage,
                new Holders(span, OptionalDouble.empty(), 0.0, 0.0),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of());
    }

    /** The index of the venue called {@code name} (case does not matter), or -1. */
    public int venueIndex(String name) {
        for (int i = 0; i < venues.size(); i++) {
            if (venues.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    public Market withArbitrage(Arbitrage newArbitrage) {
        return new Market(span, venues, newArbitrage, holders, payout, waves, shocks, freezes);
    }

    public Market withHolders(Holders newHolders) {
        return new Market(span, venues, arbitrage, newHolders, payout, waves, shocks, freezes);
    }

    public Market withPayout(Payout newPayout) {
        return new Market(span, venues, arbitrage, holders, Optional.of(newPayout), waves, shocks, freezes);
    }

    public Market withWaves(List<Wave> newWaves) {
        return new Market(span, venues, arbitrage, holders, payout, newWaves, shocks, freezes);
    }

    public Market withShocks(List<VenueShock> newShocks) {
        return new Market(span, venues, arbitrage, holders, payout, waves, newShocks, freezes);
    }

    public Market withFreezes(List<ReserveFreeze> newFreezes) {
        return new Market(span, venues, arbitrage, holders, payout, waves, shocks, newFreezes);
    }
}
