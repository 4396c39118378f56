package io.gramkit.interpreter;

/**
 * The end-of-day state of one Monte Carlo path, updated in place by {@link ReferenceStep} and,
 * for tomorrow's levers (fee, minting), by the response rules. Mutable because it is the inner
 * loop; it never leaves a run.
 */
public final class PathState {
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

    PathState(int path) {
        this.path = path;
    }

    /**
     * A constructed end-of-day state, for rule tests and adapters: the values rules read, every
     * other quantity zero.
     */
    public static PathState endOfDay(int path, int day, double discount, double coverage, double fee,
            boolean mintingEnabled) {
        PathState state = new PathState(path);
        state.day = day;
        state.discount = discount;
        state.coverage = coverage;
        state.fee = fee;
        state.mintingEnabled = mintingEnabled;
        return state;
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

    public double supply() {
        return supply;
    }

    /** Gold reserves, grams. */
    public double reserves() {
        return reserves;
    }

    /** Cash reserves, USD. */
    public double cash() {
        return cash;
    }

    /** Discount of the token's market price below one gram's gold value (0 = on peg). */
    public double discount() {
        return discount;
    }

    /** Market price of one token, USD. */
    public double marketPrice() {
        return marketPrice;
    }

    /** Reserve value over token liabilities. */
    public double coverage() {
        return coverage;
    }

    /** Redemption fee that applies tomorrow (a fraction). */
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
}
