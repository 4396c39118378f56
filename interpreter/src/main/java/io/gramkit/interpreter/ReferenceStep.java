package io.gramkit.interpreter;

import io.gramkit.model.Scenario;

/**
 * The reference model's day, exactly as docs/model.md writes it: same operations, same order,
 * IEEE-754 doubles, no clamping. Independent implementations reproduce these numbers path by path,
 * so do not "simplify" an expression here without checking it against the equations.
 */
final class ReferenceStep {
    /** A cash balance below this ends the run with a model error (the model brief, "Exactness"). */
    static final double CASH_TOLERANCE = -1e-6;

    private ReferenceStep() {}

    /** Day 0: the scenario's initial state with {@code gold} as the spot price. */
    static void initialise(PathState s, Scenario scenario, double gold) {
        s.day = 0;
        s.gold = gold;
        s.supply = scenario.token().supply();
        s.reserves = scenario.token().goldGrams();
        s.cash = scenario.token().cashUsd();
        s.discount = 0.0;
        s.marketPrice = gold;
        s.coverage = (s.reserves * gold + s.cash) / (s.supply * gold);
        s.fee = scenario.redemption().baseFee();
        s.mintingEnabled = s.coverage >= scenario.minting().minimumCoverage();
        s.redeemedTotal = 0.0;
        s.unmetTotal = 0.0;
        s.mintedTotal = 0.0;
        s.maxDiscount = 0.0;
        s.daysFeeRaised = 0;
        s.daysMintingHalted = 0;
    }

    /**
     * Advances one path by one day, up to (not including) the rules.
     *
     * @param gold   today's gold price G, USD per gram
     * @param factor today's gold factor e = G / G_{t-1}
     */
    static void advance(PathState s, StepParameters p, int day, double gold, double factor) {
        double supply = s.supply;
        double reserves = s.reserves;
        double cash = s.cash;
        double fee = s.fee;

        double drop = Math.max(0.0, 1.0 - factor);
        double phi = Math.min(
                1.0,
                (p.redeemBase() + p.discountSensitivity() * Math.max(0.0, s.discount - fee))
                        + p.panicSensitivity() * drop);
        double presented = phi * supply;
        double limit = p.dailyLimit() * supply;
        double capacity = (reserves + cash / gold) / (1.0 - fee);
        double served = Math.min(presented, Math.min(limit, capacity));
        double unserved = presented - served;
        double owed = served * (1.0 - fee);
        double paidInGold = Math.min(owed, reserves);
        double paidInCash = (owed - paidInGold) * gold;
        double minted = (s.mintingEnabled && s.discount <= 0.0) ? p.mintRate() * supply : 0.0;

        s.day = day;
        s.gold = gold;
        s.supply = (supply - served) + minted;
        s.reserves = (reserves - paidInGold) + p.mintGoldShare() * minted;
        s.cash = (cash - paidInCash) + ((1.0 - p.mintGoldShare()) * minted) * gold;
        s.discount = (p.marketImpact() * unserved) / supply;
        s.marketPrice = gold * (1.0 - s.discount);
        s.coverage = (s.reserves * gold + s.cash) / (s.supply * gold);

        s.redeemedTotal += served;
        s.unmetTotal += unserved;
        s.mintedTotal += minted;
        s.maxDiscount = Math.max(s.maxDiscount, s.discount);
    }

    /** After the rules have set tomorrow's levers: the day counters of the end-of-day values. */
    static void close(PathState s, StepParameters p) {
        if (s.fee > p.baseFee()) {
            s.daysFeeRaised++;
        }
        if (!s.mintingEnabled) {
            s.daysMintingHalted++;
        }
    }
}
