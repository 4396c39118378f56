package io.gramkit.rules;

import io.gramkit.interpreter.PathState;
import io.gramkit.model.policy.Observable;

/**
 * One path's end-of-day state as the rules see it: the values conditions read (JavaBean getters,
 * so DRL says {@code TokenDay( discount > ... )}) and the levers consequences pull.
 *
 * <p>The words the scenario language has ({@code discount}, {@code coverage}, {@code cash share}
 * as {@code cashBuffer}, ...) are computed by their {@link Observable} definitions as seen through
 * the lagged gold feed, so a policy line compiled to DRL and a report condition read one meaning.
 *
 * <p>A lever records a decision for tomorrow; it never changes what the conditions read, so a
 * consequence needs no {@code modify} and nothing re-fires. The session applies the decisions to
 * the path after all rules have run, and reports two rules that disagree.
 */
public final class TokenDay {
    private final int path;
    private final int slot;
    private final DecisionRecorder recorder;
    private final PathState state;
    private final LeverDecisions[] decisions = new LeverDecisions[Lever.values().length];
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

    private double queue;
    private int queueWaitDays;
    private double premium;
    private double cashShareOfReserves;
    private double cashBuffer;
    private double feeRevenue;
    private double treasury;
    private double redemptionLimit;
    private double redemptionGate;
    private boolean redemptionsOpen;
    private int daysRedemptionsHalted;

    TokenDay(PathState state, int slot, DecisionRecorder recorder) {
        this.state = state;
        for (int i = 0; i < decisions.length; i++) {
            decisions[i] = new LeverDecisions();
        }
        this.path = state.path();
        this.slot = slot;
        this.recorder = recorder;
        refresh(state, state.day());
    }

    /** Copies the path's end-of-day values; called once per path-day before the rules run. */
    void refresh(PathState state, int today) {
        day = today;
        int lag = state.feedLag();
        goldPrice = Observable.GOLD_PRICE.value(state, lag, 0);
        supply = Observable.SUPPLY.value(state, lag, 0);
        reserves = state.reserves();
        cash = state.cash();
        marketPrice = state.marketPrice();
        discount = Observable.DISCOUNT.value(state, lag, 0);
        coverage = Observable.COVERAGE.value(state, lag, 0);
        fee = Observable.FEE.value(state, lag, 0);
        mintingEnabled = state.mintingEnabled();
        queue = state.queue();
        queueWaitDays = state.queueWaitDays();
        premium = state.premium();
        cashShareOfReserves = cash / (reserves * goldPrice + cash);
        cashBuffer = Observable.CASH_SHARE.value(state, lag, 0);
        feeRevenue = state.feeRevenue();
        treasury = state.treasury();
        redemptionLimit = state.redemptionLimit();
        redemptionGate = state.redemptionGate();
        redemptionsOpen = state.redemptionsOpen();
        daysRedemptionsHalted = state.daysRedemptionsHalted();
    }

    /** The path's number, from 0. */
    public int getPath() {
        return path;
    }

    /** The day this state closes. */
    public int getDay() {
        return day;
    }

    /** Gold price, USD per gram, as the rules' price feed shows it (days old under a feed lag). */
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

    /** Reserve value over what is owed (tokens and grams in the settlement queue), at the feed's price. */
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

    /** Grams owed to redeemers who were served but not yet paid (settlement delay). */
    public double getQueue() {
        return queue;
    }

    /** Days the oldest unpaid redemption has waited since it was served (0 for an empty queue). */
    public int getQueueWaitDays() {
        return queueWaitDays;
    }

    /** Premium of the market price above one gram's gold value, from unmet mint demand (0 = none). */
    public double getPremium() {
        return premium;
    }

    /** Cash over the value of all reserves, {@code C/(R*G + C)}, at the feed's price. */
    public double getCashShareOfReserves() {
        return cashShareOfReserves;
    }

    /**
     * The old name of {@link #getCashShareOfReserves()}: cash over all reserves, which is not what
     * the language calls "cash share" (that is {@link #getCashBuffer()}). {@code gram rules check}
     * warns where a rule file reads it (R140).
     *
     * @deprecated read {@code cashShareOfReserves}, or {@code cashBuffer} for the language's cash share
     */
    @Deprecated
    public double getCashShare() {
        return cashShareOfReserves;
    }

    /**
     * The language's "cash share": cash over what is owed (tokens in circulation and grams in the
     * settlement queue), {@code C/((S + Q)*G)}, at the feed's price.
     */
    public double getCashBuffer() {
        return cashBuffer;
    }

    /** Redemption fees collected so far, USD (0 unless the scenario keeps fee revenue). */
    public double getFeeRevenue() {
        return feeRevenue;
    }

    /** What is left in the outside treasury, USD. */
    public double getTreasury() {
        return treasury;
    }

    /** The daily redemption limit in force, a share of supply; a rule's decision applies from tomorrow. */
    public double getRedemptionLimit() {
        return redemptionLimit;
    }

    /**
     * The emergency redemption gate in force, a share of supply (1 = no gate). Redemptions served
     * in a day are limited by the stricter of the daily limit and the gate.
     */
    public double getRedemptionGate() {
        return redemptionGate;
    }

    /** Whether redemptions are open; a rule's decision applies from tomorrow. */
    public boolean isRedemptionsOpen() {
        return redemptionsOpen;
    }

    /** Consecutive days, up to this one, that ended with redemptions halted (0 while open). */
    public int getDaysRedemptionsHalted() {
        return daysRedemptionsHalted;
    }

    /**
     * How far gold moved over the last {@code days} days, as the feed shows it: gold today over
     * gold {@code days} days ago, minus 1 ({@code -0.1} = down 10%). Days before day 0 count as day 0.
     */
    public double goldMoveOver(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("goldMoveOver needs zero or more days, got " + days);
        }
        return Observable.GOLD_MOVE.value(state, state.feedLag(), days);
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

    /** Serves at most {@code shareOfSupply} of the supply a day from tomorrow, a share in [0, 1]. */
    public void limitRedemptions(double shareOfSupply) {
        recorder.record(this, Lever.REDEMPTION_LIMIT, shareOfSupply);
    }

    /**
     * Gates redemptions from tomorrow: at most {@code shareOfSupply} of the supply a day, whatever
     * the daily limit (the stricter of the two applies). A share in [0, 1].
     */
    public void gateRedemptions(double shareOfSupply) {
        recorder.record(this, Lever.REDEMPTION_GATE, shareOfSupply);
    }

    /** Lifts the emergency gate from tomorrow: the daily limit alone applies again. */
    public void liftRedemptionGate() {
        recorder.record(this, Lever.REDEMPTION_GATE, 1);
    }

    /** Serves no redemptions from tomorrow until a rule resumes them. */
    public void haltRedemptions() {
        recorder.record(this, Lever.REDEMPTIONS, 0);
    }

    /** Serves redemptions again from tomorrow, up to the daily limit. */
    public void resumeRedemptions() {
        recorder.record(this, Lever.REDEMPTIONS, 1);
    }

    /** Tomorrow, spends up to {@code usd} of cash buying back tokens holders could not redeem. */
    public void buyBack(double usd) {
        recorder.record(this, Lever.BUYBACK, usd);
    }

    /** Tomorrow, sells {@code share} of the gold reserves for cash at the bid. */
    public void rebalanceToCash(double share) {
        recorder.record(this, Lever.GOLD_SALE, share);
    }

    /** Tomorrow, spends {@code share} of the cash reserves on gold at the ask. */
    public void rebalanceToGold(double share) {
        recorder.record(this, Lever.GOLD_PURCHASE, share);
    }

    /** Tomorrow, moves up to {@code usd} from the outside treasury into the cash reserves. */
    public void topUpFromTreasury(double usd) {
        recorder.record(this, Lever.TOP_UP, usd);
    }

    /** Records a decision on one of this path's levers; the debt block's levers come here too. */
    void record(Lever lever, double value) {
        recorder.record(this, lever, value);
    }

    /** The path's live state, whose levers the session sets after the rules have run. */
    PathState state() {
        return state;
    }

    /** Where this path sits in its session's list of paths. */
    int slot() {
        return slot;
    }

    LeverDecisions decisions(Lever lever) {
        return decisions[lever.index()];
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
        return "TokenDay[path=" + path + ", day=" + day + ", discount=" + discount + ", coverage=" + coverage + ", fee="
                + fee + ", mintingEnabled=" + mintingEnabled + "]";
    }
}
