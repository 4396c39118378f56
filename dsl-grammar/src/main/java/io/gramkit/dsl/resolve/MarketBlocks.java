package io.gramkit.dsl.resolve;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.dsl.ast.MarketBlock;
import io.gramkit.dsl.ast.MarketStatement;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.dsl.diagnostic.Quote;
import io.gramkit.model.Extensions;
import io.gramkit.model.market.Arbitrage;
import io.gramkit.model.market.Holders;
import io.gramkit.model.market.Market;
import io.gramkit.model.market.Payout;
import io.gramkit.model.market.ReserveFreeze;
import io.gramkit.model.market.Venue;
import io.gramkit.model.market.VenueShock;
import io.gramkit.model.market.Wave;
import io.gramkit.model.settings.SettingValues;
import io.gramkit.model.settings.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code market { ... }} into a {@link Market}: the catalogue settings (already checked by
 * {@link DeclaredSettings}) and the venue and schedule statements, each value checked for its unit
 * and range; venue names and flow shares, sales in unknown venues and items after the horizon
 * reported at the statement. Empty when an error was reported.
 */
final class MarketBlocks {
    /** Flow shares are written as percentages; they must add up to 100% to this tolerance. */
    private static final double SHARE_TOLERANCE = 1e-9;

    private final Quantities quantities;
    private final Diagnostics diagnostics;

    MarketBlocks(Quantities quantities, Diagnostics diagnostics) {
        this.quantities = quantities;
        this.diagnostics = diagnostics;
    }

    Optional<Market> resolve(MarketBlock block, SettingValues settings, Extensions extensions, int horizon) {
        boolean failed = conflicts(block, extensions);
        List<Venue> venues = new ArrayList<>();
        List<Wave> waves = new ArrayList<>();
        List<VenueShock> sales = new ArrayList<>();
        List<ReserveFreeze> freezes = new ArrayList<>();
        Map<String, SourceSpan> names = new HashMap<>();
        for (MarketStatement statement : block.statements()) {
            if (statement instanceof MarketStatement.Pool p) {
                Optional<Double> tokens = quantities.number(p.tokens(), "pool depth", Dimension.PLAIN, Range.POSITIVE);
                Optional<Double> share = share(p.share());
                failed |= !named(p.name().value(), p.span(), names) || tokens.isEmpty() || share.isEmpty();
                if (tokens.isPresent() && share.isPresent()) {
                    venues.add(new Venue.Pool(p.span(), p.name().value(), share.get(), tokens.get()));
                }
            } else if (statement instanceof MarketStatement.OrderBook b) {
                Optional<Double> depth =
                        quantities.number(b.depth(), "order book depth", Dimension.PLAIN, Range.POSITIVE);
                Optional<Double> move = quantities.number(b.move(), "price move", Dimension.FRACTION, Range.FEE);
                Optional<Double> resilience =
                        quantities.number(b.resilience(), "resilience", Dimension.FRACTION, Range.SHARE);
                Optional<Double> share = share(b.share());
                failed |= !named(b.name().value(), b.span(), names)
                        || depth.isEmpty()
                        || move.isEmpty()
                        || resilience.isEmpty()
                        || share.isEmpty();
                if (depth.isPresent() && move.isPresent() && resilience.isPresent() && share.isPresent()) {
                    if (move.get() == 0.0) {
                        diagnostics.report(GramCode.OUT_OF_RANGE.at(
                                b.move().span(),
                                "price move " + Quote.of("0%") + " is out of range; it must be above 0%"));
                        failed = true;
                        continue;
                    }
                    // `depth D per m`: D tokens move the price by m, so D/(100*m) tokens per 1%.
                    double perPercent = depth.get() / (100.0 * move.get());
                    venues.add(
                            new Venue.OrderBook(b.span(), b.name().value(), share.get(), perPercent, resilience.get()));
                }
            } else if (statement instanceof MarketStatement.Wave w) {
                Optional<Double> share = quantities.number(w.share(), "wave share", Dimension.FRACTION, Range.SHARE);
                Optional<Integer> days = quantities.days(w.days(), "wave length");
                Optional<Integer> day = quantities.dayNumber(w.day(), "wave start day");
                failed |= share.isEmpty() || days.isEmpty() || day.isEmpty();
                if (share.isPresent() && days.isPresent() && day.isPresent()) {
                    afterHorizon(
                            w.span(), "redemption wave " + Quote.of(w.name().value()), day.get(), horizon);
                    waves.add(new Wave(w.span(), w.name().value(), share.get(), days.get(), day.get()));
                }
            } else if (statement instanceof MarketStatement.Sale s) {
                Optional<Double> tokens = quantities.number(s.tokens(), "tokens sold", Dimension.PLAIN, Range.POSITIVE);
                Optional<Integer> day = quantities.dayNumber(s.day(), "day of the venue sale");
                failed |= tokens.isEmpty() || day.isEmpty();
                if (tokens.isPresent() && day.isPresent()) {
                    afterHorizon(s.span(), "venue sale", day.get(), horizon);
                    sales.add(new VenueShock(s.span(), s.venue().value(), tokens.get(), day.get()));
                }
            } else if (statement instanceof MarketStatement.Freeze f) {
                Optional<Double> share = quantities.number(f.share(), "frozen share", Dimension.FRACTION, Range.SHARE);
                Optional<Integer> from = quantities.dayNumber(f.from(), "freeze day");
                Optional<Integer> until = quantities.dayNumber(f.until(), "release day");
                failed |= share.isEmpty() || from.isEmpty() || until.isEmpty();
                if (share.isPresent() && from.isPresent() && until.isPresent()) {
                    if (until.get() <= from.get()) {
                        diagnostics.report(GramCode.INCONSISTENT_MODEL.at(
                                f.until().span(),
                                "reserves frozen from day " + from.get() + " must be released on a later day, not on"
                                        + " day " + until.get()));
                        failed = true;
                        continue;
                    }
                    afterHorizon(f.span(), "reserve freeze " + Quote.of(f.name().value()), from.get(), horizon);
                    freezes.add(new ReserveFreeze(f.span(), f.name().value(), share.get(), from.get(), until.get()));
                }
            }
        }
        failed |= !venuesAddUp(block, venues, names, failed);
        for (VenueShock sale : sales) {
            if (!names.containsKey(sale.venue().toLowerCase(Locale.ROOT))) {
                diagnostics.report(GramCode.UNKNOWN_VENUE.at(
                        sale.span(),
                        "no venue " + Quote.of(sale.venue()) + " in the market block; its venues: "
                                + String.join(", ", venueNames(venues))));
                failed = true;
            }
        }
        double desks = settings.value(Settings.ARBITRAGE_DESKS);
        if (desks != Math.rint(desks) || desks > Integer.MAX_VALUE) {
            diagnostics.report(
                    GramCode.NOT_WHOLE.at(block.span(), "arbitrage desks must be a whole number, got " + desks));
            failed = true;
        }
        Optional<Payout> payout = payout(block, settings);
        failed |= settings.has(Settings.GOLD_SALE_CAPACITY) && payout.isEmpty();
        if (failed) {
            return Optional.empty();
        }
        Arbitrage arbitrage = new Arbitrage(
                block.span(),
                (int) desks,
                settings.value(Settings.ARBITRAGE_CAPITAL),
                settings.value(Settings.COST_OF_CAPITAL),
                settings.value(Settings.RISK_PREMIUM),
                (int) settings.value(Settings.ARBITRAGE_SETTLEMENT));
        Holders holders = new Holders(
                block.span(),
                settings.has(Settings.PANIC_HALF_LIFE)
                        ? OptionalDouble.of(settings.value(Settings.PANIC_HALF_LIFE))
                        : OptionalDouble.empty(),
                settings.value(Settings.COVERAGE_SENSITIVITY),
                settings.value(Settings.RETAIL_REDEMPTION));
        return Optional.of(new Market(block.span(), venues, arbitrage, holders, payout, waves, sales, freezes));
    }

    /** The market pays redemptions the day they are served and prices the premium itself. */
    private boolean conflicts(MarketBlock block, Extensions extensions) {
        boolean failed = false;
        if (extensions.settlementDelay().isPresent()) {
            diagnostics.report(GramCode.MARKET_CONFLICT.at(
                    block.span(),
                    "the market model pays redemptions the day they are served: remove the token's settlement delay"
                            + " (write `arbitrage settlement <duration>` for the desks' wait)"));
            failed = true;
        }
        if (extensions.mintLimit().isPresent()) {
            diagnostics.report(GramCode.MARKET_CONFLICT.at(
                    block.span(), "the market model does not take a mint limit yet: remove the token's mint limit"));
            failed = true;
        }
        return failed;
    }

    private Optional<Double> share(io.gramkit.dsl.ast.Quantity share) {
        return quantities.number(share, "flow share", Dimension.FRACTION, Range.SHARE);
    }

    private boolean named(String name, SourceSpan span, Map<String, SourceSpan> names) {
        if (!Venue.NAME.matcher(name).matches()) {
            diagnostics.report(GramCode.EMPTY_TEXT.at(
                    span, "venue name " + Quote.of(name) + " must be a letter followed by letters, digits or '_'"));
            return false;
        }
        SourceSpan earlier = names.putIfAbsent(name.toLowerCase(Locale.ROOT), span);
        if (earlier != null) {
            diagnostics.report(GramCode.VENUE_SHARES.at(
                    span,
                    "a second venue named " + Quote.of(name) + "; the first is " + Statements.where(earlier, span)));
            return false;
        }
        return true;
    }

    private boolean venuesAddUp(MarketBlock block, List<Venue> venues, Map<String, SourceSpan> names, boolean failed) {
        if (names.isEmpty()) {
            diagnostics.report(GramCode.VENUE_SHARES.at(
                    block.span(),
                    "the market block needs at least one venue, e.g. `pool \"dex\" depth 1,000,000, share 100%`"));
            return false;
        }
        if (failed) {
            return true;
        }
        double total = venues.stream().mapToDouble(Venue::flowShare).sum();
        if (Math.abs(total - 1.0) > SHARE_TOLERANCE) {
            diagnostics.report(GramCode.VENUE_SHARES.at(
                    venues.get(venues.size() - 1).span(),
                    "the venues' flow shares add up to "
                            + new java.math.BigDecimal(Double.toString(total))
                                    .round(new java.math.MathContext(12))
                                    .movePointRight(2)
                                    .stripTrailingZeros()
                                    .toPlainString()
                            + "%, not 100%"));
            return false;
        }
        return true;
    }

    private Optional<Payout> payout(MarketBlock block, SettingValues settings) {
        if (!settings.has(Settings.GOLD_SALE_CAPACITY)) {
            return Optional.empty();
        }
        double base = settings.value(Settings.FIRE_SALE_HAIRCUT);
        double slope = settings.value(Settings.HAIRCUT_SLOPE);
        if (!(base + 2 * slope <= 1)) {
            diagnostics.report(GramCode.INCONSISTENT_MODEL.at(
                    block.span(),
                    "fire sale haircut plus twice the haircut slope must be at most 100%, so that selling more gold"
                            + " always raises more"));
            return Optional.empty();
        }
        return Optional.of(new Payout(block.span(), base, slope, settings.value(Settings.GOLD_SALE_CAPACITY)));
    }

    private void afterHorizon(SourceSpan span, String what, int day, int horizon) {
        if (day > horizon) {
            diagnostics.report(GramCode.MARKET_AFTER_HORIZON.at(
                    span, what + " starts on day " + day + ", after the horizon of " + horizon + " days"));
        }
    }

    private static List<String> venueNames(List<Venue> venues) {
        return venues.stream().map(v -> Quote.of(v.name())).toList();
    }
}
