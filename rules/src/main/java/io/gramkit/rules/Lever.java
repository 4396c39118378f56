package io.gramkit.rules;

import io.gramkit.interpreter.PathState;
import java.util.List;
import java.util.Locale;

/**
 * What a rule can decide for tomorrow. Values are doubles; minting and redemptions are 1 (allowed,
 * open) or 0 (halted). The one-day actions (buyback, gold sale and purchase, top-up) hold the amount
 * decided for tomorrow, 0 for none; the step carries them out and sets them back to 0.
 */
enum Lever {
    FEE(0, "redemption fee"),
    MINTING(1, "minting"),
    REDEMPTION_LIMIT(2, "daily redemption limit"),
    REDEMPTION_GATE(3, "emergency redemption gate"),
    REDEMPTIONS(4, "redemptions"),
    BUYBACK(5, "buyback"),
    GOLD_SALE(6, "gold sale"),
    GOLD_PURCHASE(7, "gold purchase"),
    TOP_UP(8, "treasury top-up"),
    STABILITY_FEE(9, "stability fee"),
    DEBT_CEILING(10, "debt ceiling"),
    LIQUIDATION_RATIO(11, "liquidation ratio"),
    NEW_DEBT(12, "new debt"),
    SHUTDOWN(13, "emergency shutdown");

    /** Every lever, in declaration order (a shared copy of {@code values()}, never written). */
    static final List<Lever> ALL = List.of(values());

    static {
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).index != i) {
                throw new AssertionError(ALL.get(i) + " has index " + ALL.get(i).index + ", expected " + i);
            }
        }
    }

    private final int index;
    private final String label;

    Lever(int index, String label) {
        this.index = index;
        this.label = label;
    }

    /** Where per-lever arrays hold this lever: 0 .. ALL.size() - 1, in declaration order. */
    int index() {
        return index;
    }

    /** How errors name the lever. */
    String label() {
        return label;
    }

    String describe(double value) {
        return switch (this) {
            case MINTING -> value != 0 ? "allowed" : "halted";
            case REDEMPTIONS -> value != 0 ? "open" : "halted";
            case NEW_DEBT -> value != 0 ? "allowed" : "paused";
            case SHUTDOWN -> value != 0 ? "shut down" : "running";
            default -> Double.toString(value);
        };
    }

    /** Whether the model can take {@code value} for this lever. */
    boolean accepts(double value) {
        return switch (this) {
            case FEE -> value >= 0 && value < 1;
            case MINTING, REDEMPTIONS -> value == 0 || value == 1;
            case REDEMPTION_LIMIT, REDEMPTION_GATE, GOLD_SALE, GOLD_PURCHASE -> value >= 0 && value <= 1;
            case BUYBACK, TOP_UP, DEBT_CEILING -> value >= 0 && value < Double.POSITIVE_INFINITY;
            case STABILITY_FEE -> value >= 0 && value <= 1;
            case LIQUIDATION_RATIO -> value >= 1 && value < Double.POSITIVE_INFINITY;
            case NEW_DEBT -> value == 0 || value == 1;
            case SHUTDOWN -> value == 1;
        };
    }

    /** The values the model accepts, in words, for errors. */
    String range() {
        return switch (this) {
            case FEE -> "a fee must be at least 0 and below 1";
            case MINTING, REDEMPTIONS -> "the value must be 0 or 1";
            case REDEMPTION_LIMIT, REDEMPTION_GATE, GOLD_SALE, GOLD_PURCHASE -> "a share must be in [0, 1]";
            case BUYBACK, TOP_UP, DEBT_CEILING -> "an amount must be zero or more USD and finite";
            case STABILITY_FEE -> "a stability fee must be in [0, 1]";
            case LIQUIDATION_RATIO -> "a liquidation ratio must be at least 1 and finite";
            case NEW_DEBT -> "the value must be 0 or 1";
            case SHUTDOWN -> "a shutdown cannot be undone: the value must be 1";
        };
    }

    /** The lever's value on the path now (what applies tomorrow unless a rule changes it). */
    double current(PathState state) {
        return switch (this) {
            case FEE -> state.fee();
            case MINTING -> state.mintingEnabled() ? 1 : 0;
            case REDEMPTION_LIMIT -> state.redemptionLimit();
            case REDEMPTION_GATE -> state.redemptionGate();
            case REDEMPTIONS -> state.redemptionsOpen() ? 1 : 0;
            case BUYBACK -> state.pendingBuyback();
            case GOLD_SALE -> state.pendingGoldSale();
            case GOLD_PURCHASE -> state.pendingGoldPurchase();
            case TOP_UP -> state.pendingTopUp();
            case STABILITY_FEE -> state.debt().stabilityFee();
            case DEBT_CEILING -> state.debt().debtCeiling();
            case LIQUIDATION_RATIO -> state.debt().liquidationRatio();
            case NEW_DEBT -> state.debt().newDebtAllowed() ? 1 : 0;
            case SHUTDOWN -> state.debt().shutdown() ? 1 : 0;
        };
    }

    void set(PathState state, double value) {
        switch (this) {
            case FEE -> state.setFee(value);
            case MINTING -> state.setMintingEnabled(value != 0);
            case REDEMPTION_LIMIT -> state.setRedemptionLimit(value);
            case REDEMPTION_GATE -> state.setRedemptionGate(value);
            case REDEMPTIONS -> state.setRedemptionsOpen(value != 0);
            case BUYBACK -> state.setBuyback(value);
            case GOLD_SALE -> state.setGoldSale(value);
            case GOLD_PURCHASE -> state.setGoldPurchase(value);
            case TOP_UP -> state.setTopUp(value);
            case STABILITY_FEE -> state.debt().setStabilityFee(value);
            case DEBT_CEILING -> state.debt().setDebtCeiling(value);
            case LIQUIDATION_RATIO -> state.debt().setLiquidationRatio(value);
            case NEW_DEBT -> state.debt().setNewDebtAllowed(value != 0);
            case SHUTDOWN -> state.debt().setShutdown(value != 0);
        }
    }

    /** The lever's name in the audit trail's files: {@code fee}, {@code minting}, {@code redemption_limit}. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The lever's value in force on the path of {@code day}, as a decision would write it. */
    double current(TokenDay day) {
        return current(day.state());
    }
}
