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

    DaySnapshot(int paths) {
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
}
