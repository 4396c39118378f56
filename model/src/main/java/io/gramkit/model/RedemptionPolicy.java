package io.gramkit.model;

import io.gramkit.diagnostic.SourceSpan;

/**
 * Redemption levels the fee rules read.
 *
 * @param baseFee      fee on a calm day (fee_base)
 * @param raisedFee    fee while the discount is wide (fee_high)
 * @param wideDiscount discount above which the fee is raised (disc_high)
 * @param calmDiscount discount below which the base fee is restored (disc_low)
 * @param dailyLimit   most of yesterday's supply served in a day (redeem_cap)
 */
public record RedemptionPolicy(
        SourceSpan span,
        double baseFee,
        double raisedFee,
        double wideDiscount,
        double calmDiscount,
        double dailyLimit) {

    public RedemptionPolicy {
        Check.present("span", span);
        Check.fee("fee", baseFee);
        Check.fee("raised fee", raisedFee);
        Check.fraction("wide discount", wideDiscount);
        Check.fraction("calm discount", calmDiscount);
        if (!(calmDiscount < wideDiscount)) {
            throw new IllegalArgumentException(
                    "calm discount " + calmDiscount + " must be below wide discount " + wideDiscount);
        }
        Check.fraction("daily limit", dailyLimit);
    }
}
