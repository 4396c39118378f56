package io.gramkit.rules;

import io.gramkit.interpreter.PathState;

/**
 * One path's end-of-day state as the rules see it: the values conditions read (JavaBean getters,
 * so DRL says {@code TokenDay( discount > ... )}) and the levers consequences pull.
 *
 * <p>A lever records a decision for tomorrow; it never changes what the conditions read, so a
 * consequence needs no {@code modify} and nothing re-fires. The session applies the decisions to
 * the path after all rules have run, and reports two rules that disagree.
 */
public final class TokenDay {
    private final int path;
    private final int slot;
    private final DecisionRecorder recorder;
    private final LeverDecisions[] decisions = { new LeverDecisions(), new LeverDecisions() };
    private boolean decidedToday;

    private int day;
    private double goldPrice;
    private double supply;
    private double reserves;
    private double cash;
    private double marketPrice;
    private double discount;
    private double coverage;
    private double fee;
    private boolean mintingEnabled;

    TokenDay(PathState state, int slot, DecisionRecorder recorder) {
        this.path = state.path();
        this.slot = slot;
        this.recorder = recorder;
        refresh(state, state.day());
    }

    /** Copies the path's end-of-day values; called once per path-day before the rules run. */
    void refresh(PathState state, int today) {
        day = today;
        goldPrice = state.gold();
        supply = state.supply();
        reserves = state.reserves();
        cash = state.cash();
        marketPrice = state.marketPrice();
        discount = state.discount();
        coverage = state.coverage();
        fee = state.fee();
        mintingEnabled = state.mintingEnabled();
    }

    /** The path's number, from 0. */
    public int getPath() {
        return path;
    }

    /** The day this state closes. */
    public int getDay() {
        return day;
    }

    /** Gold price, USD per gram. */
    public double getGoldPrice() {
        return goldPrice;
    }

    /** Tokens in circulation. */
    public double getSupply() {
        return supply;
    }

    /** Gold reserves, grams. */
    public double getReserves() {
        return reserves;
    }

    /** Cash reserves, USD. */
    public double getCash() {
        return cash;
    }

    /** Secondary-market price of one token, USD. */
    public double getMarketPrice() {
        return marketPrice;
    }

    /** Discount of the market price below one gram's gold value (0 = on peg). */
    public double getDiscount() {
        return discount;
    }

    /** Cash reserves over token liabilities at today's gold price (supply x gold price). */
    public double getCashShare() {
        return cash / (supply * goldPrice);
    }

    /** Reserve value over token liabilities. */
    public double getCoverage() {
        return coverage;
    }

    /** The redemption fee in force (a fraction); a rule's decision applies from tomorrow. */
    public double getFee() {
        return fee;
    }

    /** Whether minting is allowed; a rule's decision applies from tomorrow. */
    public boolean isMintingEnabled() {
        return mintingEnabled;
    }

    /** Sets tomorrow's redemption fee (a fraction in [0, 1)). */
    public void chargeFee(double newFee) {
        recorder.record(this, Lever.FEE, newFee);
    }

    /** Stops minting from tomorrow. */
    public void haltMinting() {
        recorder.record(this, Lever.MINTING, 0);
    }

    /** Allows minting again from tomorrow. */
    public void resumeMinting() {
        recorder.record(this, Lever.MINTING, 1);
    }

    /** Where this path sits in its session's list of paths. */
    int slot() {
        return slot;
    }

    LeverDecisions decisions(Lever lever) {
        return decisions[lever.ordinal()];
    }

    /** Marks this day as having decisions; true the first time since {@link #clearDecisions()}. */
    boolean markDecided() {
        boolean first = !decidedToday;
        decidedToday = true;
        return first;
    }

    void clearDecisions() {
        decidedToday = false;
        for (LeverDecisions lever : decisions) {
            lever.clear();
        }
    }

    @Override
    public String toString() {
        return "TokenDay[path=" + path + ", day=" + day + ", discount=" + discount + ", coverage=" + coverage
                + ", fee=" + fee + ", mintingEnabled=" + mintingEnabled + "]";
    }
}
