package io.gramkit.interpreter;

/**
 * The day of docs/model.md's "Market model": holders' exit flow with panic memory, waves and
 * coverage sensitivity; the primary market paying cash first and gold at a fire-sale haircut; the
 * holders' net flow and venue-local sales on the venues; the arbitrage desk lifting every venue to
 * the value of redeeming; the aggregate close; minting by buyers who found no token below par.
 * A path takes this step only when the scenario has a market; otherwise the reference step.
 */
final class MarketStep {
    private MarketStep() {}

    static void initialise(PathState s, StepParameters p) {
        s.market = new MarketState(p.market());
        s.marketPrice = s.gold;
        s.discount = 0.0;
    }

    static void advance(PathState s, StepParameters p, int day, double gold, double factor) {
        MarketParameters mp = p.market();
        MarketState m = s.market;
        LiquidityVenues venues = m.venues;
        ArbitrageDesk desk = m.desk;
        double supply = s.supply;
        double reserves = s.reserves;
        double cash = s.cash;
        double fee = s.fee;

        // 1. the extensions' one-day actions decided yesterday (the extended day's steps 1-2)
        ExtendedStep.openingActions(s, p, gold, reserves, cash);
        reserves = s.reserves;
        cash = s.cash;
        if (s.buybackUsd != 0.0) {
            throw new IllegalStateException(
                    "a buyback was decided on path " + s.path + ", but the market model does not take buybacks yet");
        }

        // 2. frozen reserves: releases first, then new freezes
        for (int i = 0; i < mp.freezeFrom.length; i++) {
            if (day == mp.freezeRelease[i]) {
                reserves = reserves + m.frozenGold[i];
                cash = cash + m.frozenCash[i];
                m.releasedGoldTotal += m.frozenGold[i];
                m.releasedCashTotal += m.frozenCash[i];
                m.frozenGold[i] = 0.0;
                m.frozenCash[i] = 0.0;
            }
        }
        for (int i = 0; i < mp.freezeFrom.length; i++) {
            if (day == mp.freezeFrom[i]) {
                m.frozenGold[i] = mp.freezeShare[i] * reserves;
                m.frozenCash[i] = mp.freezeShare[i] * cash;
                reserves = reserves - m.frozenGold[i];
                cash = cash - m.frozenCash[i];
                m.frozenGoldTotal += m.frozenGold[i];
                m.frozenCashTotal += m.frozenCash[i];
            }
        }
        desk.collect(day);

        // 3. holders: panic spread over time by its half-life, exit share, the part they redeem themselves
        double drop = Math.max(0.0, 1.0 - factor);
        m.panic = mp.panicMemory ? m.panic * mp.panicDecay + p.panicSensitivity() * drop : p.panicSensitivity() * drop;
        double phi = Math.min(
                1.0,
                (((p.redeemBase() + p.discountSensitivity() * Math.max(0.0, s.discount - fee)) + m.panic)
                                + mp.coverageSensitivity * Math.max(0.0, 1.0 - s.coverage))
                        + mp.waveShare[day]);
        double holdings = Math.max(0.0, (supply - venues.poolTokens()) - desk.inventory);
        double exit = phi * holdings;
        double retail = mp.retailShare * exit;

        // 4. the primary market: retail and the desk's inventory served pro rata; cash pays first, then gold
        double limit = s.redemptionsOpen ? Math.min(s.redemptionLimit, s.redemptionGate) * supply : 0.0;
        double capacity = (cash / gold + ReservePayout.goldValue(mp, reserves)) / (1.0 - fee);
        double redeemable = Math.min(limit, capacity);
        double presented = retail + desk.inventory;
        double served = Math.min(presented, redeemable);
        double servedRetail = presented > 0.0 ? served * (retail / presented) : 0.0;
        double servedDesk = served - servedRetail;
        double unservedRetail = retail - servedRetail;
        double owed = served * (1.0 - fee);
        double inCash = Math.min(owed, cash / gold);
        double paidInCash = inCash * gold;
        double fromGold = owed - inCash;
        double goldSold = fromGold > 0.0 ? ReservePayout.gramsToSell(mp, fromGold, reserves) : 0.0;
        reserves = reserves - goldSold;
        cash = cash - paidInCash;
        desk.served(servedDesk, (servedDesk * (1.0 - fee)) * gold, day, mp.settlementDays);

        // 5. the venues: holders' net flow (sellers less buyers), then venue-local sales; the lows
        venues.openDay(m.price, Math.min(1.0, s.coverage));
        double demand = p.mintRate() * supply;
        double toMint = venues.holdersTrade(((exit - retail) + unservedRetail) - demand);
        venues.salesAndLows(mp.sales[day]);

        // 6. arbitrage: lift every venue to the value of redeeming, as far as capital goes
        double remaining = supply - served;
        double coverageNow = remaining > 0.0 ? (reserves * gold + cash) / (remaining * gold) : Double.POSITIVE_INFINITY;
        double wait = redeemable > 0.0
                ? (desk.inventory + retail) / redeemable + mp.settlementDays
                : Double.POSITIVE_INFINITY;
        double required = (fee + (mp.annualCost * wait) / 365.0) + mp.riskPremium;
        double target = Math.min(1.0, coverageNow) - required;
        if (mp.desks > 0 && target > 0.0) {
            desk.trade(venues, target, gold, (remaining - venues.poolTokens()) - desk.inventory);
        } else {
            desk.capitalBound = mp.desks > 0 && target > 0.0;
        }
        m.feeToday = fee;
        m.redeemableToday = redeemable;
        m.waitToday = wait;
        m.requiredDiscountToday = required;
        m.deskCoverageToday = coverageNow;

        // 7. the close, then minting by buyers who found nothing at or below par
        double close = venues.close();
        double minted = s.mintingEnabled ? toMint : 0.0;

        s.day = day;
        s.gold = gold;
        s.supply = remaining + minted;
        double mintGold = p.mintGoldShare() * minted;
        double mintCash = ((1.0 - p.mintGoldShare()) * minted) * gold;
        s.reserves = reserves + mintGold;
        s.cash = cash + mintCash;

        // 8. the extensions that act after the day: custody fees, a reserve shortfall (the extended day's 7-8)
        ExtendedStep.closingCharges(s, p, day, gold);

        // 9. market price and coverage
        m.price = close;
        s.discount = Math.max(0.0, 1.0 - close);
        s.marketPrice = gold * close;
        s.coverage = s.supply > 0.0 ? (s.reserves * gold + s.cash) / (s.supply * gold) : Double.POSITIVE_INFINITY;

        // 10. running totals
        s.redeemedTotal += served;
        s.unmetTotal += presented - served;
        s.mintedTotal += minted;
        s.unmetMintTotal += toMint - minted;
        s.maxDiscount = Math.max(s.maxDiscount, s.discount);
        s.paidCashTotal += paidInCash;
        s.mintedGoldTotal += mintGold;
        s.mintedCashTotal += mintCash;
        m.goldSoldTotal += goldSold;
        m.fireSaleLossTotal += goldSold - fromGold;
        m.retailRedeemedTotal += servedRetail;
        if (p.feeRevenue()) {
            s.feeRevenue += (served * fee) * gold;
        }
        if (s.goldHistory != null) {
            s.goldHistory[day % s.goldHistory.length] = gold;
        }
    }

    /** After the rules: as the extended day (reference counters, then consecutive halted days). */
    static void close(PathState s, StepParameters p) {
        ExtendedStep.close(s, p);
    }
}
