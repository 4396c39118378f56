package io.gramkit.model.debt;

import io.gramkit.diagnostic.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * A dollar minted against the gold token as collateral (a collateralised-debt design): the
 * scenario's {@code debt} block. It runs each day after the token's day and reads the token's
 * gold and market prices; it does not feed back into the token's day (docs/model.md, "The debt
 * block"). Amounts are in the dollar's units (USD), collateral in tokens (one gram each).
 *
 * @param currency           the dollar's name in reports (DAI, USDG)
 * @param vaults             the vault population on day 0, in the order auctions take them
 * @param stabilityFee       annual rate r; debt grows by {@code (1 + r)^(1/365)} a day
 * @param liquidationRatio   a vault whose ratio at the oracle's price is at or below this is liquidated
 * @param liquidationPenalty added to the debt of a liquidated vault, in [0, 1]
 * @param debtCeiling        the most debt new borrowing may reach, dollars
 * @param dust               the least debt a vault may owe; a repayment leaving less repays the vault in full
 * @param oracle             the price feed that values the collateral
 * @param depth              the auctions' depth curve; empty for unlimited depth at the market price
 * @param surplusBuffer      the system's surplus on day 0, dollars: it absorbs bad debt
 * @param holders            holders who defend their vaults near the threshold; empty for none
 * @param borrowing          new debt drawn each day; empty for none
 * @param levels             levels of the rule library's debt responses
 */
public record DebtSystem(
        SourceSpan span,
        String currency,
        List<VaultGroup> vaults,
        double stabilityFee,
        double liquidationRatio,
        double liquidationPenalty,
        double debtCeiling,
        double dust,
        Oracle oracle,
        Optional<AuctionDepth> depth,
        double surplusBuffer,
        Optional<HolderAction> holders,
        Optional<Borrowing> borrowing,
        DebtLevels levels) {

    public DebtSystem {
        DebtCheck.present("span", span);
        DebtCheck.present("currency", currency);
        vaults = List.copyOf(vaults);
        if (vaults.isEmpty()) {
            throw new IllegalArgumentException("the debt block needs at least one vault group");
        }
        DebtCheck.fraction("stability fee", stabilityFee);
        DebtCheck.atLeastOne("liquidation ratio", liquidationRatio);
        DebtCheck.fraction("liquidation penalty", liquidationPenalty);
        DebtCheck.nonNegative("debt ceiling", debtCeiling);
        DebtCheck.nonNegative("dust", dust);
        DebtCheck.present("oracle", oracle);
        DebtCheck.present("depth", depth);
        DebtCheck.nonNegative("surplus buffer", surplusBuffer);
        DebtCheck.present("holders", holders);
        DebtCheck.present("borrowing", borrowing);
        DebtCheck.present("levels", levels);
        for (VaultGroup group : vaults) {
            requireAbove(liquidationRatio, group.collateralRatio(), "a vault group opens", ", at or below");
            if (group.debtPerVault() < dust) {
                throw new IllegalArgumentException(
                        "a vault group owes " + group.debtPerVault() + " a vault, below the dust limit " + dust);
            }
        }
        holders.ifPresent(
                action -> requireAbove(liquidationRatio, action.alertRatio(), "holders act", ", which must be above"));
        borrowing.ifPresent(newDebt ->
                requireAbove(liquidationRatio, newDebt.openingRatio(), "new debt opens", ", which must be above"));
    }

    /**
     * Every ratio at which something opens or acts lies above the liquidation ratio, or the vault
     * would be liquidated the day it opens (or the holders would act too late).
     */
    private static void requireAbove(double liquidationRatio, double ratio, String what, String relation) {
        if (!(ratio > liquidationRatio)) {
            throw new IllegalArgumentException(
                    what + " at a ratio of " + ratio + relation + " the liquidation ratio " + liquidationRatio);
        }
    }

    /** A debt block with no holder behaviour, no borrowing and no response levels. */
    public DebtSystem(
            SourceSpan span,
            String currency,
            List<VaultGroup> vaults,
            double stabilityFee,
            double liquidationRatio,
            double liquidationPenalty,
            double debtCeiling,
            double dust,
            Oracle oracle,
            Optional<AuctionDepth> depth,
            double surplusBuffer) {
        this(
                span,
                currency,
                vaults,
                stabilityFee,
                liquidationRatio,
                liquidationPenalty,
                debtCeiling,
                dust,
                oracle,
                depth,
                surplusBuffer,
                Optional.empty(),
                Optional.empty(),
                DebtLevels.NONE);
    }

    /** Total debt on day 0, dollars. */
    public double initialDebt() {
        double total = 0;
        for (VaultGroup group : vaults) {
            total += group.debt();
        }
        return total;
    }

    /** Vaults on day 0. */
    public long vaultCount() {
        long total = 0;
        for (VaultGroup group : vaults) {
            total += group.count();
        }
        return total;
    }

    public DebtSystem withHolders(HolderAction action) {
        return new DebtSystem(
                span,
                currency,
                vaults,
                stabilityFee,
                liquidationRatio,
                liquidationPenalty,
                debtCeiling,
                dust,
                oracle,
                depth,
                surplusBuffer,
                Optional.of(action),
                borrowing,
                levels);
    }

    public DebtSystem withBorrowing(Borrowing newDebt) {
        return new DebtSystem(
                span,
                currency,
                vaults,
                stabilityFee,
                liquidationRatio,
                liquidationPenalty,
                debtCeiling,
                dust,
                oracle,
                depth,
                surplusBuffer,
                holders,
                Optional.of(newDebt),
                levels);
    }

    public DebtSystem withLevels(DebtLevels newLevels) {
        return new DebtSystem(
                span,
                currency,
                vaults,
                stabilityFee,
                liquidationRatio,
                liquidationPenalty,
                debtCeiling,
                dust,
                oracle,
                depth,
                surplusBuffer,
                holders,
                borrowing,
                newLevels);
    }

    public DebtSystem withStabilityFee(double rate) {
        return new DebtSystem(
                span,
                currency,
                vaults,
                rate,
                liquidationRatio,
                liquidationPenalty,
                debtCeiling,
                dust,
                oracle,
                depth,
                surplusBuffer,
                holders,
                borrowing,
                levels);
    }

    public DebtSystem withLiquidationRatio(double ratio) {
        return new DebtSystem(
                span,
                currency,
                vaults,
                stabilityFee,
                ratio,
                liquidationPenalty,
                debtCeiling,
                dust,
                oracle,
                depth,
                surplusBuffer,
                holders,
                borrowing,
                levels);
    }
}
