package io.gramkit.interpreter;

import io.gramkit.model.Scenario;
import io.gramkit.model.market.Market;
import io.gramkit.model.market.ReserveFreeze;
import io.gramkit.model.market.Venue;
import io.gramkit.model.market.VenueShock;
import io.gramkit.model.market.Wave;
import java.util.List;
import java.util.Locale;

/**
 * The market model's constants unpacked once per run (docs/model.md, "Market model"): venue
 * kinds and depths, the desks, holder behaviour, the payout cost and the schedule by day.
 */
final class MarketParameters {
    final int venues;
    final String[] names;
    final boolean[] pool;
    final double[] flowShare;
    /** A pool's token reserve at day 0 (its gold-value reserve starts equal: price 1). */
    final double[] poolTokens;
    /** An order book's 100*D: after 100*D tokens net sold into it its price has halved. */
    final double[] hundredDepth;
    /** An order book's overnight recovery toward the backing value. */
    final double[] resilience;

    final int desks;
    final double capitalUsd;
    final double annualCost;
    final double riskPremium;
    final int settlementDays;

    final boolean panicMemory;
    final double panicDecay;
    final double coverageSensitivity;
    final double retailShare;

    final double haircutBase;
    final double haircutSlope;
    final double capacityGrams;

    /** The waves' exit share by day (index = day), summed in the order the waves are written. */
    final double[] waveShare;
    /** Venue-local sales by day and venue (a null row for a day without any). */
    final double[][] sales;

    final int[] freezeFrom;
    final int[] freezeRelease;
    final double[] freezeShare;

    private MarketParameters(Scenario scenario, Market market) {
        List<Venue> list = market.venues();
        venues = list.size();
        names = new String[venues];
        pool = new boolean[venues];
        flowShare = new double[venues];
        poolTokens = new double[venues];
        hundredDepth = new double[venues];
        resilience = new double[venues];
        for (int v = 0; v < venues; v++) {
            Venue venue = list.get(v);
            names[v] = venue.name().toLowerCase(Locale.ROOT);
            flowShare[v] = venue.flowShare();
            if (venue instanceof Venue.Pool p) {
                pool[v] = true;
                poolTokens[v] = p.tokens();
            } else if (venue instanceof Venue.OrderBook b) {
                hundredDepth[v] = 100.0 * b.depthPerPercent();
                resilience[v] = b.resilience();
            }
        }
        desks = market.arbitrage().desks();
        capitalUsd = market.arbitrage().totalCapitalUsd();
        annualCost = market.arbitrage().annualCost();
        riskPremium = market.arbitrage().riskPremium();
        settlementDays = market.arbitrage().settlementDays();
        panicMemory = market.holders().panicHalfLifeDays().isPresent();
        panicDecay = market.holders().panicDecay();
        coverageSensitivity = market.holders().coverageSensitivity();
        retailShare = market.holders().retailRedemptionShare();
        haircutBase = market.payout().map(p -> p.haircutBase()).orElse(0.0);
        haircutSlope = market.payout().map(p -> p.haircutSlope()).orElse(0.0);
        capacityGrams = market.payout().map(p -> p.capacityGrams()).orElse(Double.POSITIVE_INFINITY);

        int horizon = scenario.horizonDays();
        waveShare = new double[horizon + 1];
        for (int day = 1; day <= horizon; day++) {
            double share = 0.0;
            for (Wave wave : market.waves()) {
                share += wave.shareOn(day);
            }
            waveShare[day] = share;
        }
        sales = new double[horizon + 1][];
        for (VenueShock shock : market.shocks()) {
            if (shock.day() <= horizon) {
                if (sales[shock.day()] == null) {
                    sales[shock.day()] = new double[venues];
                }
                sales[shock.day()][market.venueIndex(shock.venue())] += shock.tokens();
            }
        }
        List<ReserveFreeze> freezes = market.freezes();
        freezeFrom = new int[freezes.size()];
        freezeRelease = new int[freezes.size()];
        freezeShare = new double[freezes.size()];
        for (int i = 0; i < freezes.size(); i++) {
            freezeFrom[i] = freezes.get(i).fromDay();
            freezeRelease[i] = freezes.get(i).releaseDay();
            freezeShare[i] = freezes.get(i).share();
        }
    }

    static MarketParameters of(Scenario scenario, Market market) {
        return new MarketParameters(scenario, market);
    }
}
