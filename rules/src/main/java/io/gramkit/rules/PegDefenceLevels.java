package io.gramkit.rules;

import io.gramkit.model.Extensions;

/** The library's peg-defence levels (rules/library/peg-*.drl), as a fact. Immutable. */
public final class PegDefenceLevels {
    private final double wideDiscount;
    private final double calmDiscount;
    private final double tightenedLimit;
    private final double buybackDiscount;
    private final double buybackUsd;

    public PegDefenceLevels(
            double wideDiscount,
            double calmDiscount,
            double tightenedLimit,
            double buybackDiscount,
            double buybackUsd) {
        this.wideDiscount = wideDiscount;
        this.calmDiscount = calmDiscount;
        this.tightenedLimit = tightenedLimit;
        this.buybackDiscount = buybackDiscount;
        this.buybackUsd = buybackUsd;
    }

    public static PegDefenceLevels of(Extensions.PegDefenceLevels levels) {
        return new PegDefenceLevels(
                levels.wideDiscount(),
                levels.calmDiscount(),
                levels.tightenedLimit(),
                levels.buybackDiscount(),
                levels.buybackUsd());
    }

    /** Discount above which the daily limit is tightened. */
    public double getWideDiscount() {
        return wideDiscount;
    }

    /** Discount below which the policy's daily limit is restored. */
    public double getCalmDiscount() {
        return calmDiscount;
    }

    /** The daily limit while the discount is wide, a share of supply. */
    public double getTightenedLimit() {
        return tightenedLimit;
    }

    /** Discount above which tokens are bought back from cash. */
    public double getBuybackDiscount() {
        return buybackDiscount;
    }

    /** Most cash spent on buybacks in a day, USD. */
    public double getBuybackUsd() {
        return buybackUsd;
    }

    @Override
    public String toString() {
        return "PegDefenceLevels[wideDiscount=" + wideDiscount + ", calmDiscount=" + calmDiscount + ", tightenedLimit="
                + tightenedLimit + ", buybackDiscount=" + buybackDiscount + ", buybackUsd=" + buybackUsd + "]";
    }
}
