package io.gramkit.model.debt;

import io.gramkit.diagnostic.SourceSpan;
import java.util.Optional;

/**
 * Levels of the debt responses in rules/library (one file each). A level set is present only when
 * the scenario sets it, so a library rule whose levels are absent never fires.
 *
 * @param stabilityFee     raise the stability fee when the system's collateral ratio is low
 * @param debtCeiling      lower the debt ceiling when the surplus buffer runs thin
 * @param liquidationRatio tighten the liquidation ratio after a sharp fall in the collateral price
 * @param newDebt          pause new debt when the system's collateral ratio is low
 * @param shutdown         shut the system down when bad debt outruns the surplus buffer
 */
public record DebtLevels(
        Optional<StabilityFee> stabilityFee,
        Optional<DebtCeiling> debtCeiling,
        Optional<LiquidationRatio> liquidationRatio,
        Optional<NewDebt> newDebt,
        Optional<Shutdown> shutdown) {

    /** No debt response has levels. */
    public static final DebtLevels NONE =
            new DebtLevels(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public DebtLevels {
        DebtCheck.present("stability fee levels", stabilityFee);
        DebtCheck.present("debt ceiling levels", debtCeiling);
        DebtCheck.present("liquidation ratio levels", liquidationRatio);
        DebtCheck.present("new debt levels", newDebt);
        DebtCheck.present("shutdown levels", shutdown);
    }

    public DebtLevels withStabilityFee(StabilityFee levels) {
        return new DebtLevels(Optional.of(levels), debtCeiling, liquidationRatio, newDebt, shutdown);
    }

    public DebtLevels withDebtCeiling(DebtCeiling levels) {
        return new DebtLevels(stabilityFee, Optional.of(levels), liquidationRatio, newDebt, shutdown);
    }

    public DebtLevels withLiquidationRatio(LiquidationRatio levels) {
        return new DebtLevels(stabilityFee, debtCeiling, Optional.of(levels), newDebt, shutdown);
    }

    public DebtLevels withNewDebt(NewDebt levels) {
        return new DebtLevels(stabilityFee, debtCeiling, liquidationRatio, Optional.of(levels), shutdown);
    }

    public DebtLevels withShutdown(Shutdown levels) {
        return new DebtLevels(stabilityFee, debtCeiling, liquidationRatio, newDebt, Optional.of(levels));
    }

    /** Days of oracle prices the rules look back over (the liquidation-ratio window, else 0). */
    public int lookbackDays() {
        return liquidationRatio.map(LiquidationRatio::days).orElse(0);
    }

    /**
     * stability-fee.drl: charge {@code raisedFee} while the system's collateral ratio is below
     * {@code stressRatio}; back to the block's fee once it is at or above {@code calmRatio}.
     */
    public record StabilityFee(SourceSpan span, double stressRatio, double calmRatio, double raisedFee) {
        public StabilityFee {
            DebtCheck.present("span", span);
            DebtCheck.positive("stress ratio", stressRatio);
            DebtCheck.positive("calm ratio", calmRatio);
            if (calmRatio < stressRatio) {
                throw new IllegalArgumentException("the calm ratio " + calmRatio + " must be at least the stress ratio "
                        + stressRatio + ", or both rules would apply");
            }
            DebtCheck.fraction("raised stability fee", raisedFee);
        }
    }

    /**
     * debt-ceiling.drl: lower the ceiling to {@code loweredCeiling} dollars while the surplus
     * buffer is below {@code surplusFloor} of the debt; back to the block's ceiling once it is not.
     */
    public record DebtCeiling(SourceSpan span, double surplusFloor, double loweredCeiling) {
        public DebtCeiling {
            DebtCheck.present("span", span);
            DebtCheck.fraction("surplus floor", surplusFloor);
            DebtCheck.nonNegative("lowered debt ceiling", loweredCeiling);
        }
    }

    /**
     * liquidation-ratio.drl: tighten the liquidation ratio to {@code tightenedRatio} when the
     * oracle's price has fallen by {@code fall} or more over {@code days} days; back to the block's
     * ratio once the fall over the window is less than {@code calmFall}.
     */
    public record LiquidationRatio(SourceSpan span, double fall, int days, double calmFall, double tightenedRatio) {
        public LiquidationRatio {
            DebtCheck.present("span", span);
            DebtCheck.fraction("tripping fall", fall);
            if (days < 1) {
                throw new IllegalArgumentException("the window must be at least one day, got " + days);
            }
            DebtCheck.fraction("calm fall", calmFall);
            if (!(calmFall < fall)) {
                throw new IllegalArgumentException(
                        "the calm fall " + calmFall + " must be below the tripping fall " + fall);
            }
            DebtCheck.atLeastOne("tightened liquidation ratio", tightenedRatio);
        }
    }

    /**
     * new-debt.drl: pause new debt while the system's collateral ratio is below
     * {@code pauseRatio}; allow it again once it is at or above {@code resumeRatio}.
     */
    public record NewDebt(SourceSpan span, double pauseRatio, double resumeRatio) {
        public NewDebt {
            DebtCheck.present("span", span);
            DebtCheck.positive("pause ratio", pauseRatio);
            DebtCheck.positive("resume ratio", resumeRatio);
            if (resumeRatio < pauseRatio) {
                throw new IllegalArgumentException("the resume ratio " + resumeRatio
                        + " must be at least the pause ratio " + pauseRatio + ", or both rules would apply");
            }
        }
    }

    /**
     * emergency-shutdown.drl: shut the system down once bad debt the surplus buffer could not
     * absorb exceeds {@code uncoveredBadDebt} dollars.
     */
    public record Shutdown(SourceSpan span, double uncoveredBadDebt) {
        public Shutdown {
            DebtCheck.present("span", span);
            DebtCheck.nonNegative("uncovered bad debt limit", uncoveredBadDebt);
        }
    }
}
