package io.gramkit.rules;

import io.gramkit.model.RedemptionPolicy;

/**
 * The redemption policy as a fact the fee rules read their thresholds from (no literals in DRL).
 * Immutable; one per session.
 */
public final class RedemptionLevels {
    private final double baseFee;
    private final double raisedFee;
    private final double wideDiscount;
    private final double calmDiscount;
    private final double dailyLimit;

    public RedemptionLevels(
            double baseFee, double raisedFee, double wideDiscount, double calmDiscount, double dailyLimit) {
        this.baseFee = baseFee;
        this.raisedFee = raisedFee;
        this.wideDiscount = wideDiscount;
        this.calmDiscount = calmDiscount;
        this.dailyLimit = dailyLimit;
    }

    public static RedemptionLevels of(RedemptionPolicy policy) {
        return new RedemptionLevels(
                policy.baseFee(),
                policy.raisedFee(),
                policy.wideDiscount(),
                policy.calmDiscount(),
                policy.dailyLimit());
    }

    /** Fee on a calm day (fee_base). */
    public double getBaseFee() {
        return baseFee;
    }

    /** Fee while the discount is wide (fee_high). */
    public double getRaisedFee() {
        return raisedFee;
    }

    /** Discount above which the fee is raised (disc_high). */
    public double getWideDiscount() {
        return wideDiscount;
    }

    /** Discount below which the base fee is restored (disc_low). */
    public double getCalmDiscount() {
        return calmDiscount;
    }

    /** Most of yesterday's supply served in a day (redeem_cap). */
    public double getDailyLimit() {
        return dailyLimit;
    }

    @Override
    public String toString() {
        return "RedemptionLevels[baseFee=" + baseFee + ", raisedFee=" + raisedFee + ", wideDiscount=" + wideDiscount
                + ", calmDiscount=" + calmDiscount + ", dailyLimit=" + dailyLimit + "]";
    }
}
