package io.gramkit.interpreter.debt;

import io.gramkit.model.debt.DebtSystem;
import io.gramkit.model.debt.VaultGroup;
import java.util.List;

/**
 * One path's debt system at the end of a day: its vault groups, surplus, running totals and the
 * levers the rules set for tomorrow. Updated in place by {@link DebtStep}; mutable because it is
 * the inner loop, and it never leaves a run. Group arrays hold per-vault collateral (tokens) and
 * debt (dollars) and the number of vaults still open (0 once liquidated, closed or settled).
 */
public final class DebtBook {
    final DebtSystem system;
    final OracleFeed oracle;
    final CollateralMarket market;
    final double[] vaults;
    final double[] collateral;
    final double[] debt;

    // ---- levers, decided for tomorrow by the rules
    double stabilityFee;
    /** {@code (1 + stabilityFee)^(1/365)}, kept with the fee. */
    double dailyFactor;

    double debtCeiling;
    double liquidationRatio;
    boolean newDebtAllowed = true;
    /** Emergency shutdown decided; carried out at the start of the next day. */
    boolean shutdownDecided;
    /** Emergency shutdown carried out: every vault settled, nothing moves any more. */
    boolean shutdown;

    /** The oracle's price on day 0, at which the groups opened. */
    double openingPrice;

    // ---- end of day
    int day;
    double oraclePrice;
    double marketPrice;
    double totalDebt;
    double totalCollateral;
    double openVaults;
    double collateralRatio;
    double surplus;
    double liquidatedDebtToday;
    double vaultsLiquidatedToday;

    // ---- running totals over days 1..T (dollars unless named in tokens or vaults)
    double accruedTotal;
    double borrowedTotal;
    double repaidTotal;
    double liquidatedDebtTotal;
    double penaltyIncomeTotal;
    double proceedsTotal;
    double badDebtTotal;
    double absorbedTotal;
    double uncoveredBadDebt;
    double liquidationVolume;
    double vaultsLiquidated;
    double auctions;
    double zeroBidAuctions;
    double vaultsClosed;
    double settledDebt;
    double settledValue;
    double minCollateralRatio = Double.POSITIVE_INFINITY;
    int daysNewDebtPaused;
    /** Tokens: added by holders, posted with new debt, seized, sold, given away, returned, closed, settled. */
    double collateralAddedTotal;

    double collateralPostedTotal;
    double collateralSeizedTotal;
    double collateralSoldTotal;
    double collateralGivenAwayTotal;
    double collateralReturnedTotal;
    double collateralClosedTotal;
    double collateralSettledTotal;
    double collateralReleasedAtShutdown;

    DebtBook(DebtSystem system, CollateralMarket market) {
        this.system = system;
        this.oracle = new OracleFeed(system.oracle(), system.levels().lookbackDays());
        this.market = market;
        List<VaultGroup> groups = system.vaults();
        this.vaults = new double[groups.size()];
        this.collateral = new double[groups.size()];
        this.debt = new double[groups.size()];
        setStabilityFee(system.stabilityFee());
        this.debtCeiling = system.debtCeiling();
        this.liquidationRatio = system.liquidationRatio();
        this.surplus = system.surplusBuffer();
    }

    /** The debt block this book runs. */
    public DebtSystem system() {
        return system;
    }

    /** The day this state closes (0 is the initial state). */
    public int day() {
        return day;
    }

    /** The collateral price the oracle shows, USD per token. */
    public double oraclePrice() {
        return oraclePrice;
    }

    /** The collateral's market price, USD per token (what auctions sell at, before impact). */
    public double marketPrice() {
        return marketPrice;
    }

    /** Debt of the open vaults, dollars. */
    public double totalDebt() {
        return totalDebt;
    }

    /** Collateral of the open vaults, tokens. */
    public double totalCollateral() {
        return totalCollateral;
    }

    /** Vaults still open. */
    public double openVaults() {
        return openVaults;
    }

    /**
     * The system's collateral ratio: the open vaults' collateral at the oracle's price over their
     * debt; infinity when no debt is left.
     */
    public double collateralRatio() {
        return collateralRatio;
    }

    /** The surplus buffer, dollars. */
    public double surplus() {
        return surplus;
    }

    /** The surplus buffer over the debt; infinity when no debt is left. */
    public double surplusShare() {
        return totalDebt > 0 ? surplus / totalDebt : Double.POSITIVE_INFINITY;
    }

    /** Debt cleared by today's liquidations, dollars. */
    public double liquidatedDebtToday() {
        return liquidatedDebtToday;
    }

    /** Vaults liquidated today. */
    public double vaultsLiquidatedToday() {
        return vaultsLiquidatedToday;
    }

    /** Bad debt so far: debt that auctions and settlement did not cover, dollars. */
    public double badDebt() {
        return badDebtTotal;
    }

    /** Bad debt the surplus buffer could not absorb when it arose, dollars. */
    public double uncoveredBadDebt() {
        return uncoveredBadDebt;
    }

    /** Value at the oracle's price of the collateral seized by liquidations so far, dollars. */
    public double liquidationVolume() {
        return liquidationVolume;
    }

    /** Vaults liquidated so far. */
    public double vaultsLiquidated() {
        return vaultsLiquidated;
    }

    /** The oracle's move over the last {@code days} days: seen today over seen then, minus 1. */
    public double oracleMoveOver(int days) {
        return oracle.moveOver(days);
    }

    /** The annual stability fee in force. */
    public double stabilityFee() {
        return stabilityFee;
    }

    /** The debt ceiling in force, dollars. */
    public double debtCeiling() {
        return debtCeiling;
    }

    /** The liquidation ratio in force. */
    public double liquidationRatio() {
        return liquidationRatio;
    }

    /** Whether new debt may be drawn tomorrow. */
    public boolean newDebtAllowed() {
        return newDebtAllowed;
    }

    /** Whether the system is shut down or will be from tomorrow. */
    public boolean shutdown() {
        return shutdown || shutdownDecided;
    }

    // ---- levers for tomorrow. Only response rules call these.

    /** Sets the annual stability fee from tomorrow. */
    public void setStabilityFee(double annualRate) {
        this.stabilityFee = annualRate;
        this.dailyFactor = annualRate == 0.0 ? 1.0 : StrictMath.pow(1.0 + annualRate, 1.0 / 365.0);
    }

    public void setDebtCeiling(double dollars) {
        this.debtCeiling = dollars;
    }

    public void setLiquidationRatio(double ratio) {
        this.liquidationRatio = ratio;
    }

    public void setNewDebtAllowed(boolean allowed) {
        this.newDebtAllowed = allowed;
    }

    /** Emergency shutdown from tomorrow: every vault settled at the oracle's last price. One way. */
    public void setShutdown(boolean shut) {
        if (shut) {
            this.shutdownDecided = true;
        }
    }
}
