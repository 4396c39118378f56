package io.gramkit.interpreter;

/**
 * One day's values across all paths, indexed by path. Arrays are shared with the simulator and
 * overwritten the next day; observers read them and must not write.
 */
public final class DaySnapshot {
    final double[] gold;
    final double[] discount;
    final double[] coverage;
    final double[] supply;
    final double[] fee;
    final double[] cash;
    final double[] reserves;
    final double[] queue;
    final double[] feeCharged;
    final int feedLag;
    /** The debt block's values by path (null without a debt block): see {@link DebtDays#record}. */
    final double[] collateralRatio;

    final double[] badDebt;
    /** The path at index 0: 0 for a whole run, the first path of a range ({@link PathRange}). */
    final int firstPath;

    DaySnapshot(int paths, int feedLag) {
        this(paths, feedLag, false);
    }

    DaySnapshot(int paths, int feedLag, boolean debt) {
        this(paths, feedLag, debt, 0);
    }

    DaySnapshot(int paths, int feedLag, boolean debt, int firstPath) {
        this.firstPath = firstPath;
        collateralRatio = debt ? new double[paths] : null;
        badDebt = debt ? new double[paths] : null;
        gold = new double[paths];
        discount = new double[paths];
        coverage = new double[paths];
        supply = new double[paths];
        fee = new double[paths];
        cash = new double[paths];
        reserves = new double[paths];
        queue = new double[paths];
        feeCharged = new double[paths];
        this.feedLag = feedLag;
    }

    /** The bytes a snapshot holds per path: nine values, eleven with a debt block. */
    static int bytesPerPath(boolean debt) {
        return Double.BYTES * (debt ? 11 : 9);
    }

    /** Before the rules run: the fee charged on the day's redemptions, which the rules read. */
    void recordBeforeRules(PathState s) {
        feeCharged[s.path - firstPath] = s.fee;
    }

    void record(PathState s) {
        int i = s.path - firstPath;
        gold[i] = s.gold;
        discount[i] = s.discount;
        coverage[i] = s.coverage;
        supply[i] = s.supply;
        fee[i] = s.fee;
        cash[i] = s.cash;
        reserves[i] = s.reserves;
        queue[i] = s.queue.grams();
        if (collateralRatio != null) {
            DebtDays.record(s, this);
        }
    }

    public int paths() {
        return gold.length;
    }

    /** Gold price, USD per gram, by path. */
    public double[] gold() {
        return gold;
    }

    public double[] discount() {
        return discount;
    }

    public double[] coverage() {
        return coverage;
    }

    public double[] supply() {
        return supply;
    }

    /** The redemption fee for the next day, as the rules left it at the end of this one. */
    public double[] fee() {
        return fee;
    }

    /** Cash reserves, USD. */
    public double[] cash() {
        return cash;
    }

    /** Gold reserves, grams. */
    public double[] reserves() {
        return reserves;
    }

    /** Grams owed to redeemers served but not yet paid (0 without a settlement delay). */
    public double[] queue() {
        return queue;
    }

    /**
     * The fee charged on the day's redemptions: in force before the rules set tomorrow's, as the
     * rules read it ({@link #fee()} is the one they left for tomorrow).
     */
    public double[] feeCharged() {
        return feeCharged;
    }

    /** Days the rules' gold feed lags (0: none). */
    public int feedLag() {
        return feedLag;
    }

    /**
     * The debt block's system collateral ratio by path (infinity where no debt is left), or null
     * when the scenario has no debt block.
     */
    public double[] collateralRatio() {
        return collateralRatio;
    }

    /** The debt block's bad debt so far by path, dollars; null without a debt block. */
    public double[] badDebt() {
        return badDebt;
    }
}
