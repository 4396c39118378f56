package io.gramkit.rules;

import io.gramkit.model.debt.DebtLevels;

/** Levels of library/liquidation-ratio.drl, as a fact. Immutable. */
public final class LiquidationRatioLevels {
    private final double fall;
    private final int days;
    private final double calmFall;
    private final double tightenedRatio;

    public LiquidationRatioLevels(double fall, int days, double calmFall, double tightenedRatio) {
        this.fall = fall;
        this.days = days;
        this.calmFall = calmFall;
        this.tightenedRatio = tightenedRatio;
    }

    public static LiquidationRatioLevels of(DebtLevels.LiquidationRatio levels) {
        return new LiquidationRatioLevels(levels.fall(), levels.days(), levels.calmFall(), levels.tightenedRatio());
    }

    /** The oracle move that tightens the ratio, negative: -0.1 on a fall of 10% or more. */
    public double getTrippingMove() {
        return -fall;
    }

    /** The oracle move above which the ratio is restored, negative and above the tripping move. */
    public double getCalmMove() {
        return -calmFall;
    }

    /** The window of the move, days. */
    public int getMoveDays() {
        return days;
    }

    /** The tightened liquidation ratio. */
    public double getTightenedRatio() {
        return tightenedRatio;
    }

    @Override
    public String toString() {
        return "LiquidationRatioLevels[fall=" + fall + ", days=" + days + ", calmFall=" + calmFall + ", tightenedRatio="
                + tightenedRatio + "]";
    }
}
