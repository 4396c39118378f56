package io.gramkit.rules;

import io.gramkit.model.Extensions;

/** The library's rebalancing band (rules/library/rebalancing.drl), as a fact. Immutable. */
public final class RebalancingLevels {
    private final double lowerCash;
    private final double upperCash;
    private final double sellShare;
    private final double buyShare;

    public RebalancingLevels(double lowerCash, double upperCash, double sellShare, double buyShare) {
        this.lowerCash = lowerCash;
        this.upperCash = upperCash;
        this.sellShare = sellShare;
        this.buyShare = buyShare;
    }

    public static RebalancingLevels of(Extensions.RebalancingBand band) {
        return new RebalancingLevels(band.lowerCash(), band.upperCash(), band.sellShare(), band.buyShare());
    }

    /** Cash buffer (cash over token liabilities) below which gold is sold for cash. */
    public double getLowerCash() {
        return lowerCash;
    }

    /** Cash buffer above which cash buys gold. */
    public double getUpperCash() {
        return upperCash;
    }

    /** Share of the gold reserves sold on a day below the band. */
    public double getSellShare() {
        return sellShare;
    }

    /** Share of the cash spent on gold on a day above the band. */
    public double getBuyShare() {
        return buyShare;
    }

    @Override
    public String toString() {
        return "RebalancingLevels[lowerCash=" + lowerCash + ", upperCash=" + upperCash + ", sellShare=" + sellShare
                + ", buyShare=" + buyShare + "]";
    }
}
