package io.gramkit.interpreter;

/**
 * The day of docs/model.md's "Extensions": the reference day with settlement delay, redemption
 * gates and halts, a mint limit and premium, rebalancing at a spread, buybacks, treasury top-ups,
 * custody fees, fee revenue and a reserve shortfall, in the order written there. With every
 * extension off and no new lever pulled it performs the reference step's operations in the same
 * order and gives the same doubles (ExtendedStepTest checks it bit for bit), but a path only takes
 * this step when something is on: the reference code path stays {@link ReferenceStep}.
 */
final class ExtendedStep {
    private ExtendedStep() {}

    /** Day 0 of the extensions' state; called for every path, extensions on or off. */
    static void initialise(PathState s, StepParameters p) {
        s.extended = p.extended();
        s.redemptionLimit = p.dailyLimit();
        s.redemptionGate = 1.0;
        s.redemptionsOpen = true;
        s.treasury = p.treasury();
        s.feedLag = p.feedLag();
        if (p.goldHistoryDays() > 0) {
            s.goldHistory = new double[p.goldHistoryDays() + 1];
            java.util.Arrays.fill(s.goldHistory, s.gold);
        }
    }

    static void advance(PathState s, StepParameters p, int day, double gold, double factor) {
        double supply = s.supply;
        double reserves = s.reserves;
        double cash = s.cash;
        double fee = s.fee;

        // 1-2. yesterday's top-up and rebalancing, on the day's opening balances
        openingActions(s, p, gold, reserves, cash);
        reserves = s.reserves;
        cash = s.cash;
        // 3. settlement: pay what fell due (served k or more days ago), as far as reserves allow
        boolean delayed = p.settlementDelay() > 0;
        if (delayed) {
            double due = s.queue.pay(day - p.settlementDelay(), reserves + cash / gold);
            double dueInGold = Math.min(due, reserves);
            double dueInCash = (due - dueInGold) * gold;
            reserves = reserves - dueInGold;
            cash = cash - dueInCash;
            s.queuePaidTotal += due;
            s.paidGoldTotal += dueInGold;
            s.paidCashTotal += dueInCash;
        }

        // 4. redemptions: the reference equations with tomorrow's limit and halt
        double drop = Math.max(0.0, 1.0 - factor);
        double phi = Math.min(
                1.0,
                (p.redeemBase() + p.discountSensitivity() * Math.max(0.0, s.discount - fee))
                        + p.panicSensitivity() * drop);
        double presented = phi * supply;
        double limit = s.redemptionsOpen ? Math.min(s.redemptionLimit, s.redemptionGate) * supply : 0.0;
        double capacity = delayed
                ? Math.max(0.0, (reserves + cash / gold) - s.queue.grams()) / (1.0 - fee)
                : (reserves + cash / gold) / (1.0 - fee);
        double served = Math.min(presented, Math.min(limit, capacity));
        double unserved = presented - served;
        double owed = served * (1.0 - fee);
        double paidInGold;
        double paidInCash;
        if (delayed) {
            paidInGold = 0.0;
            paidInCash = 0.0;
            if (owed > 0.0) {
                s.queue.add(day, owed);
                s.queuedTotal += owed;
            }
        } else {
            paidInGold = Math.min(owed, reserves);
            paidInCash = (owed - paidInGold) * gold;
        }

        // 5. buyback from cash of tokens holders could not redeem, at yesterday's discount
        double boughtBack = 0.0;
        double buybackCash = 0.0;
        if (s.buybackUsd != 0.0) {
            double price = gold * (1.0 - s.discount);
            double budget = Math.min(s.buybackUsd, Math.max(0.0, cash - paidInCash));
            boughtBack = Math.min(budget / price, unserved);
            buybackCash = boughtBack * price;
            unserved = unserved - boughtBack;
            s.buybackUsd = 0.0;
        }

        // 6. minting, capped by the mint limit
        double demand = (s.mintingEnabled && s.discount <= 0.0) ? p.mintRate() * supply : 0.0;
        double minted = p.mintLimited() ? Math.min(demand, p.mintLimit() * supply) : demand;
        double unmetMint = demand - minted;

        s.day = day;
        s.gold = gold;
        s.supply = boughtBack != 0.0 ? ((supply - served) - boughtBack) + minted : (supply - served) + minted;
        s.reserves = (reserves - paidInGold) + p.mintGoldShare() * minted;
        double mintCash = ((1.0 - p.mintGoldShare()) * minted) * gold;
        s.cash = buybackCash != 0.0 ? ((cash - paidInCash) - buybackCash) + mintCash : (cash - paidInCash) + mintCash;

        // 7-8. custody fees, then a reserve shortfall found today
        closingCharges(s, p, day, gold);

        // 9. market price, coverage
        // A wound-down path (every token redeemed or bought back) has no market: no discount, no premium.
        s.discount = supply > 0.0 ? (p.marketImpact() * unserved) / supply : 0.0;
        if (p.mintLimited()) {
            s.premium = supply > 0.0 ? (p.premiumImpact() * unmetMint) / supply : 0.0;
            s.marketPrice = gold * ((1.0 - s.discount) + s.premium);
        } else {
            s.marketPrice = gold * (1.0 - s.discount);
        }
        double liabilities = delayed ? s.supply + s.queue.grams() : s.supply;
        if (liabilities > 0.0) {
            s.coverage = delayed
                    ? (s.reserves * gold + s.cash) / ((s.supply + s.queue.grams()) * gold)
                    : (s.reserves * gold + s.cash) / (s.supply * gold);
        } else {
            s.coverage = Double.POSITIVE_INFINITY; // nothing left to cover
        }

        // 10. running totals
        s.redeemedTotal += served;
        s.unmetTotal += unserved;
        s.mintedTotal += minted;
        s.maxDiscount = Math.max(s.maxDiscount, s.discount);
        s.maxPremium = Math.max(s.maxPremium, s.premium);
        s.unmetMintTotal += unmetMint;
        s.boughtBackTotal += boughtBack;
        s.buybackCashTotal += buybackCash;
        s.paidGoldTotal += paidInGold;
        s.paidCashTotal += paidInCash;
        s.mintedGoldTotal += p.mintGoldShare() * minted;
        s.mintedCashTotal += mintCash;
        if (p.feeRevenue()) {
            s.feeRevenue += (served * fee) * gold;
        }
        if (s.goldHistory != null) {
            s.goldHistory[day % s.goldHistory.length] = gold;
        }
    }

    /** After the rules: the reference day counters, then the count of consecutive halted days. */
    static void close(PathState s, StepParameters p) {
        ReferenceStep.close(s, p);
        s.daysRedemptionsHalted = s.redemptionsOpen ? 0 : s.daysRedemptionsHalted + 1;
    }

    /**
     * Steps 1 and 2 of the extended day, shared with {@link MarketStep} in the same order: the
     * treasury top-up and the rebalancing trades decided yesterday, applied to the opening
     * {@code reserves} and {@code cash}; the results are left in {@code s.reserves} and {@code s.cash}.
     */
    static void openingActions(PathState s, StepParameters p, double gold, double reserves, double cash) {
        // 1. top-up from the treasury, decided yesterday
        if (s.topUpUsd != 0.0) {
            double topUp = Math.min(s.topUpUsd, s.treasury);
            cash = cash + topUp;
            s.treasury = s.treasury - topUp;
            s.toppedUpTotal += topUp;
            s.topUpUsd = 0.0;
        }
        // 2. rebalancing at the spread, decided yesterday: sell gold at the bid, buy at the ask
        if (s.sellGoldShare != 0.0) {
            double sold = s.sellGoldShare * reserves;
            double proceeds = sold * (gold * (1.0 - p.halfSpread()));
            reserves = reserves - sold;
            cash = cash + proceeds;
            s.goldSoldTotal += sold;
            s.cashFromGoldTotal += proceeds;
            s.sellGoldShare = 0.0;
        }
        if (s.buyGoldShare != 0.0) {
            double spent = s.buyGoldShare * Math.max(0.0, cash);
            double bought = spent / (gold * (1.0 + p.halfSpread()));
            cash = cash - spent;
            reserves = reserves + bought;
            s.cashToGoldTotal += spent;
            s.goldBoughtTotal += bought;
            s.buyGoldShare = 0.0;
        }
        s.reserves = reserves;
        s.cash = cash;
    }

    /** Steps 7 and 8 of the extended day, shared with {@link MarketStep}: custody fees, then a shortfall. */
    static void closingCharges(PathState s, StepParameters p, int day, double gold) {
        // 7. custody fees on the gold reserves, paid from cash; arrears carried
        if (p.custody()) {
            double charge = s.custodyArrears + (p.custodyDailyRate() * s.reserves) * gold;
            double paid = Math.min(charge, Math.max(0.0, s.cash));
            s.cash = s.cash - paid;
            s.custodyArrears = charge - paid;
            s.custodyPaidTotal += paid;
        }
        // 8. a reserve shortfall found today
        if (day == p.shortfallDay()) {
            double missing = p.shortfallShare() * s.reserves;
            s.reserves = s.reserves - missing;
            s.shortfallTotal += missing;
        }
    }
}
