package io.gramkit.model;

import io.gramkit.diagnostic.SourceSpan;

/**
 * How holders and the market respond (reference model parameters).
 *
 * @param redeemBase          share of supply presented for redemption on a calm day (redeem_base)
 * @param discountSensitivity extra redemption share per unit of discount beyond the fee (k_discount)
 * @param panicSensitivity    extra redemption share per unit of today's gold fall (k_panic)
 * @param mintRate            share of supply minted per day at or above peg (mint_rate)
 * @param mintGoldShare       share of mint proceeds kept as gold, the rest as cash (mint_gold_share)
 * @param marketImpact        discount per unit of unserved redemptions over supply (kappa)
 */
public record Behaviour(
        SourceSpan span,
        double redeemBase,
        double discountSensitivity,
        double panicSensitivity,
        double mintRate,
        double mintGoldShare,
        double marketImpact) {

    public Behaviour {
        Check.present("span", span);
        Check.fraction("redemption base rate", redeemBase);
        Check.nonNegative("discount sensitivity", discountSensitivity);
        Check.nonNegative("panic sensitivity", panicSensitivity);
        Check.fraction("mint rate", mintRate);
        Check.fraction("mint gold share", mintGoldShare);
        Check.nonNegative("market impact", marketImpact);
    }
}
