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

    DaySnapshot(int paths) {
        gold = new double[paths];
        discount = new double[paths];
        coverage = new double[paths];
        supply = new double[paths];
    }

    void record(PathState s) {
        gold[s.path] = s.gold;
        discount[s.path] = s.discount;
        coverage[s.path] = s.coverage;
        supply[s.path] = s.supply;
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
}
