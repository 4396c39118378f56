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
    /** The debt block's values by path (null without a debt block): see {@link DebtDays#record}. */
    final double[] collateralRatio;

    final double[] badDebt;

    DaySnapshot(int paths) {
        this(paths, false);
    }

    DaySnapshot(int paths, boolean debt) {
        collateralRatio = debt ? new double[paths] : null;
        badDebt = debt ? new double[paths] : null;
        gold = new double[paths];
        discount = new double[paths];
        coverage = new double[paths];
        supply = new double[paths];
        fee = new double[paths];
        cash = new double[paths];
    }

    void record(PathState s) {
        gold[s.path] = s.gold;
        discount[s.path] = s.discount;
        coverage[s.path] = s.coverage;
        supply[s.path] = s.supply;
        fee[s.path] = s.fee;
        cash[s.path] = s.cash;
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
