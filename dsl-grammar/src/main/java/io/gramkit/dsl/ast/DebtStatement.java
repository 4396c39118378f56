package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.model.settings.SettingDeclaration;
import io.gramkit.model.settings.Settings;
import java.util.Optional;

/** What may stand inside {@code debt { ... }}, one record per statement. */
public sealed interface DebtStatement extends Node {

    /** The single-valued settings of the debt block: their catalogue declarations. */
    enum Word {
        STABILITY_FEE,
        LIQUIDATION_RATIO,
        LIQUIDATION_PENALTY,
        DEBT_CEILING,
        DUST,
        SURPLUS_BUFFER;

        public SettingDeclaration declaration() {
            return switch (this) {
                case STABILITY_FEE -> Settings.STABILITY_FEE;
                case LIQUIDATION_RATIO -> Settings.LIQUIDATION_RATIO;
                case LIQUIDATION_PENALTY -> Settings.LIQUIDATION_PENALTY;
                case DEBT_CEILING -> Settings.DEBT_CEILING;
                case DUST -> Settings.DUST;
                case SURPLUS_BUFFER -> Settings.SURPLUS_BUFFER;
            };
        }

        public String words() {
            return declaration().words();
        }

        /** The word a declaration of the debt block is written with, if it has a statement of its own. */
        public static Optional<Word> of(SettingDeclaration declaration) {
            for (Word word : values()) {
                if (word.declaration().equals(declaration)) {
                    return Optional.of(word);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * {@code vaults 400 at 150% owing 10,000 USD each}, or spread evenly over ratios:
     * {@code vaults 400 at 130% to 300% in 8 bands owing 10,000 USD each}.
     */
    record Vaults(
            SourceSpan span,
            Quantity count,
            Quantity ratio,
            Optional<Quantity> upper,
            Optional<Quantity> bands,
            Quantity debt)
            implements DebtStatement {}

    /** {@code vaults from "vaults.csv"}: one group per row. */
    record VaultFile(SourceSpan span, Text file) implements DebtStatement {}

    /** {@code stability fee 4% per year}, {@code liquidation ratio 125%}, ... */
    record Value(SourceSpan span, Word word, Quantity value) implements DebtStatement {}

    /** {@code oracle gold}, {@code oracle market lag 1 day}, {@code oracle gold lag 1 hour}. */
    record Oracle(SourceSpan span, boolean market, Optional<Quantity> lag, Optional<NumberLiteral> hours)
            implements DebtStatement {}

    /** {@code auction depth 500 g per 1%}: tokens (grams, or ounces) that move the auction price by a step. */
    record Depth(SourceSpan span, Quantity tokens, Quantity move) implements DebtStatement {}

    /** {@code holders add collateral at 145% to 170%, 20% per day} (or {@code repay}). */
    record Holders(SourceSpan span, boolean repay, Quantity alert, Quantity target, Quantity share)
            implements DebtStatement {}

    /** {@code new debt 0.1% per day at 200%}. */
    record NewDebt(SourceSpan span, Quantity share, Quantity ratio) implements DebtStatement {}

    /** {@code raise stability fee to 8% below 140% until 160%} (rules/debt/stability-fee.drl). */
    record RaiseFee(SourceSpan span, Quantity fee, Quantity stress, Quantity calm) implements DebtStatement {}

    /** {@code lower debt ceiling to 2,000,000 USD below 1% surplus} (rules/debt/debt-ceiling.drl). */
    record LowerCeiling(SourceSpan span, Quantity ceiling, Quantity floor) implements DebtStatement {}

    /**
     * {@code tighten liquidation ratio to 150% after oracle falls 12.5% over 3 days until 6.25%}
     * (rules/debt/liquidation-ratio.drl).
     */
    record TightenRatio(SourceSpan span, Quantity ratio, Quantity fall, Quantity window, Quantity calm)
            implements DebtStatement {}

    /** {@code pause new debt below 140% until 160%} (rules/debt/new-debt.drl). */
    record PauseNewDebt(SourceSpan span, Quantity pause, Quantity resume) implements DebtStatement {}

    /** {@code shut down above 1,000,000 USD uncovered bad debt} (rules/debt/emergency-shutdown.drl). */
    record Shutdown(SourceSpan span, Quantity limit) implements DebtStatement {}
}
