package io.gramkit.interpreter;

import io.gramkit.model.policy.PathNumbers;

/**
 * The end-of-day state of one Monte Carlo path, updated in place by {@link ReferenceStep} and,
 * for tomorrow's levers (fee, minting), by the response rules. Mutable because it is the inner
 * loop; it never leaves a run.
 */
public final class PathState implements PathNumbers {
    final int path;
    int day;
    double gold;
    double supply;
    double reserves;
    double cash;
    double discount;
    double marketPrice;
    double coverage;
    double fee;
    boolean mintingEnabled;

    double redeemedTotal;
    double unmetTotal;
    double mintedTotal;
    double maxDiscount;
    int daysFeeRaised;
    int daysMintingHalted;

    // ---- extensions (docs/model.md, "Extensions"); untouched by the reference step
    /** Whether this path takes {@link ExtendedStep}: an extension is on or a rule pulled a new lever. */
    boolean extended;
    /** Tomorrow's daily redemption limit, a share of supply (starts at the policy's daily limit). */
    double redemptionLimit;
    /** Tomorrow's emergency redemption gate, a share of supply; 1 for no gate. */
    double redemptionGate = 1.0;
    /** Whether redemptions are open tomorrow. */
    boolean redemptionsOpen = true;
    /** Consecutive end-of-day states with redemptions halted, this one included. */
    int daysRedemptionsHalted;
    /** One-day actions decided for tomorrow (0 = none). */
    double buybackUsd;

    double sellGoldShare;
    double buyGoldShare;
    double topUpUsd;

    /** Settlement queue: grams owed per serving day, first in first out. */
    final SettlementQueue queue = new SettlementQueue();

    double premium;
    double maxPremium;
    double unmetMintTotal;
    double feeRevenue;
    double treasury;
    double custodyPaidTotal;
    double custodyArrears;
    double shortfallTotal;
    double boughtBackTotal;
    double buybackCashTotal;
    double toppedUpTotal;
    double goldSoldTotal;
    double cashFromGoldTotal;
    double cashToGoldTotal;
    double goldBoughtTotal;
    /** Gold and cash paid to redeemers (directly, or from the settlement queue). */
    double paidGoldTotal;

    double paidCashTotal;
    /** Gold and cash taken in by minting. */
    double mintedGoldTotal;

    double mintedCashTotal;
    /** Grams that entered the settlement queue, and grams paid out of it. */
    double queuedTotal;

    double queuePaidTotal;

    /** Gold prices of the last days, a ring indexed by day; null when no rule looks back. */
    double[] goldHistory;

    int feedLag;

    /** The market model's state; null when the scenario has no market (the reference price formation). */
    MarketState market;

    /** The debt block's state on this path (docs/model.md, "The debt block"); null without one. */
    io.gramkit.interpreter.debt.DebtBook debt;

    PathState(int path) {
        this.path = path;
    }

    /**
     * A constructed end-of-day state, for rule tests and adapters: the values rules read, every
     * other quantity zero.
     */
    public static PathState endOfDay(
            int path, int day, double discount, double coverage, double fee, boolean mintingEnabled) {
        PathState state = new PathState(path);
        state.day = day;
        state.discount = discount;
        state.coverage = coverage;
        state.fee = fee;
        state.mintingEnabled = mintingEnabled;
        return state;
    }

    /** The debt block's state on this path, or null when the scenario has no debt block. */
    public io.gramkit.interpreter.debt.DebtBook debt() {
        return debt;
    }

    /** The path's number, from 0. */
    public int path() {
        return path;
    }

    /** The day this state closes (0 is the initial state). */
    public int day() {
        return day;
    }

    /** Gold price, USD per gram. */
    public double gold() {
        return gold;
    }

    @Override
    public double supply() {
        return supply;
    }

    /** Gold reserves, grams. */
    @Override
    public double reserves() {
        return reserves;
    }

    /** Cash reserves, USD. */
    @Override
    public double cash() {
        return cash;
    }

    /** Discount of the token's market price below one gram's gold value (0 = on peg). */
    @Override
    public double discount() {
        return discount;
    }

    /** Market price of one token, USD. */
    public double marketPrice() {
        return marketPrice;
    }

    /** Reserve value over token liabilities. */
    @Override
    public double coverage() {
        return coverage;
    }

    /** Redemption fee that applies tomorrow (a fraction). */
    @Override
    public double fee() {
        return fee;
    }

    /** Whether minting is allowed tomorrow. */
    public boolean mintingEnabled() {
        return mintingEnabled;
    }

    public double redeemedTotal() {
        return redeemedTotal;
    }

    public double unmetTotal() {
        return unmetTotal;
    }

    public double mintedTotal() {
        return mintedTotal;
    }

    public double maxDiscount() {
        return maxDiscount;
    }

    public int daysFeeRaised() {
        return daysFeeRaised;
    }

    public int daysMintingHalted() {
        return daysMintingHalted;
    }

    /** Sets the redemption fee that applies from tomorrow. Only response rules call this. */
    public void setFee(double fee) {
        this.fee = fee;
    }

    /** Allows or halts minting from tomorrow. Only response rules call this. */
    public void setMintingEnabled(boolean enabled) {
        this.mintingEnabled = enabled;
    }

    // ---- extensions: what rules read

    /** Grams owed to redeemers who were served but not yet paid (settlement delay). */
    @Override
    public double queue() {
        return queue.grams();
    }

    /** Days the oldest unpaid redemption has waited since it was served (0 for an empty queue). */
    public int queueWaitDays() {
        return queue.waitDays(day);
    }

    /** Premium of the market price above one gram's gold value, from unmet mint demand. */
    public double premium() {
        return premium;
    }

    public double maxPremium() {
        return maxPremium;
    }

    /** Redemption fees collected so far, USD at each day's gold price (when kept). */
    public double feeRevenue() {
        return feeRevenue;
    }

    /** What is left in the outside treasury, USD. */
    public double treasury() {
        return treasury;
    }

    /** Tomorrow's daily redemption limit, a share of supply. */
    public double redemptionLimit() {
        return redemptionLimit;
    }

    /** Tomorrow's emergency redemption gate, a share of supply (1 = no gate). */
    public double redemptionGate() {
        return redemptionGate;
    }

    /** Whether redemptions are open tomorrow. */
    public boolean redemptionsOpen() {
        return redemptionsOpen;
    }

    /** Consecutive days, up to this one, that ended with redemptions halted. */
    public int daysRedemptionsHalted() {
        return daysRedemptionsHalted;
    }

    public double custodyPaidTotal() {
        return custodyPaidTotal;
    }

    public double custodyArrears() {
        return custodyArrears;
    }

    public double boughtBackTotal() {
        return boughtBackTotal;
    }

    public double toppedUpTotal() {
        return toppedUpTotal;
    }

    public double shortfallTotal() {
        return shortfallTotal;
    }

    public double unmetMintTotal() {
        return unmetMintTotal;
    }

    /**
     * Days the rules' gold feed lags (0: none). What the rules see of each word is its
     * {@link io.gramkit.model.policy.Observable} value at this lag.
     */
    public int feedLag() {
        return feedLag;
    }

    /** The gold price {@code days} days before this state's day (day 0's price before day 0). */
    @Override
    public double goldDaysAgo(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("gold " + days + " days ago: look back zero or more days");
        }
        if (days == 0) {
            return gold;
        }
        int kept = goldHistory == null ? 0 : goldHistory.length - 1;
        if (days > kept) {
            throw new IllegalArgumentException("gold " + days + " days ago is beyond the " + kept
                    + " days of gold prices a path keeps; raise the scenario's gold look-back");
        }
        return goldHistory[Math.max(0, day - days) % goldHistory.length];
    }

    // ---- extensions: levers, decided for tomorrow. Only response rules call these.

    /** Sets tomorrow's daily redemption limit, a share of yesterday's supply in [0, 1]. */
    public void setRedemptionLimit(double share) {
        this.redemptionLimit = share;
        this.extended = true;
    }

    /** Sets tomorrow's emergency redemption gate, a share of yesterday's supply in [0, 1]; 1 lifts it. */
    public void setRedemptionGate(double share) {
        this.redemptionGate = share;
        this.extended = true;
    }

    /** Opens or halts redemptions from tomorrow. */
    public void setRedemptionsOpen(boolean open) {
        this.redemptionsOpen = open;
        this.extended = true;
    }

    /** Spends up to {@code usd} of cash tomorrow buying back tokens that holders could not redeem. */
    public void setBuyback(double usd) {
        this.buybackUsd = usd;
        this.extended = true;
    }

    /** Sells {@code share} of the gold reserves for cash tomorrow, at the bid. */
    public void setGoldSale(double share) {
        this.sellGoldShare = share;
        this.extended = true;
    }

    /** Spends {@code share} of the cash reserves on gold tomorrow, at the ask. */
    public void setGoldPurchase(double share) {
        this.buyGoldShare = share;
        this.extended = true;
    }

    /** Moves up to {@code usd} from the treasury into the cash reserves tomorrow. */
    public void setTopUp(double usd) {
        this.topUpUsd = usd;
        this.extended = true;
    }

    /** Pending one-day actions, for the rules to see what is already decided (0 = none). */
    public double pendingBuyback() {
        return buybackUsd;
    }

    public double pendingTopUp() {
        return topUpUsd;
    }

    public double pendingGoldSale() {
        return sellGoldShare;
    }

    public double pendingGoldPurchase() {
        return buyGoldShare;
    }
}
