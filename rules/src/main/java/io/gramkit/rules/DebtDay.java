package io.gramkit.rules;

import io.gramkit.interpreter.debt.DebtBook;

/**
 * One path's debt block at the end of a day, as the rules see it (JavaBean getters, so DRL says
 * {@code DebtDay( collateralRatio < ... )}), and the debt levers consequences pull. Prices and
 * ratios are at the oracle's price. Like {@link TokenDay}, a lever records a decision for
 * tomorrow; the decision is kept with the path's {@link TokenDay}, so conflicts, counts and the
 * audit trail treat debt levers as every other lever.
 */
public final class DebtDay {
    private final TokenDay token;
    private final DebtBook book;

    private int day;
    private double oraclePrice;
    private double marketPrice;
    private double debt;
    private double collateral;
    private double collateralRatio;
    private double surplus;
    private double surplusShare;
    private double badDebt;
    private double uncoveredBadDebt;
    private double openVaults;
    private double vaultsLiquidatedToday;
    private double liquidatedDebtToday;
    private double stabilityFee;
    private double debtCeiling;
    private double liquidationRatio;
    private boolean newDebtAllowed;
    private boolean shutdown;

    DebtDay(TokenDay token, DebtBook book) {
        this.token = token;
        this.book = book;
        refresh(book.day());
    }

    /** Copies the path's end-of-day debt values; called once per path-day before the rules run. */
    void refresh(int today) {
        day = today;
        oraclePrice = book.oraclePrice();
        marketPrice = book.marketPrice();
        debt = book.totalDebt();
        collateral = book.totalCollateral();
        collateralRatio = book.collateralRatio();
        surplus = book.surplus();
        surplusShare = book.surplusShare();
        badDebt = book.badDebt();
        uncoveredBadDebt = book.uncoveredBadDebt();
        openVaults = book.openVaults();
        vaultsLiquidatedToday = book.vaultsLiquidatedToday();
        liquidatedDebtToday = book.liquidatedDebtToday();
        stabilityFee = book.stabilityFee();
        debtCeiling = book.debtCeiling();
        liquidationRatio = book.liquidationRatio();
        newDebtAllowed = book.newDebtAllowed();
        shutdown = book.shutdown();
    }

    /** The path's number, from 0. */
    public int getPath() {
        return token.getPath();
    }

    /** The day this state closes. */
    public int getDay() {
        return day;
    }

    /** The collateral price the oracle shows, USD per token. */
    public double getOraclePrice() {
        return oraclePrice;
    }

    /** The collateral's market price, USD per token. */
    public double getMarketPrice() {
        return marketPrice;
    }

    /** Debt of the open vaults, dollars. */
    public double getDebt() {
        return debt;
    }

    /** Collateral of the open vaults, tokens. */
    public double getCollateral() {
        return collateral;
    }

    /** The open vaults' collateral at the oracle's price over their debt (infinity with no debt). */
    public double getCollateralRatio() {
        return collateralRatio;
    }

    /** The surplus buffer, dollars. */
    public double getSurplus() {
        return surplus;
    }

    /** The surplus buffer over the debt (infinity with no debt). */
    public double getSurplusShare() {
        return surplusShare;
    }

    /** Bad debt so far, dollars. */
    public double getBadDebt() {
        return badDebt;
    }

    /** Bad debt the surplus buffer could not absorb, dollars. */
    public double getUncoveredBadDebt() {
        return uncoveredBadDebt;
    }

    /** Vaults still open. */
    public double getOpenVaults() {
        return openVaults;
    }

    /** Vaults liquidated today. */
    public double getVaultsLiquidatedToday() {
        return vaultsLiquidatedToday;
    }

    /** Debt cleared by today's liquidations, dollars. */
    public double getLiquidatedDebtToday() {
        return liquidatedDebtToday;
    }

    /** The annual stability fee in force; a rule's decision applies from tomorrow. */
    public double getStabilityFee() {
        return stabilityFee;
    }

    /** The debt ceiling in force, dollars. */
    public double getDebtCeiling() {
        return debtCeiling;
    }

    /** The liquidation ratio in force. */
    public double getLiquidationRatio() {
        return liquidationRatio;
    }

    /** Whether new debt may be drawn. */
    public boolean isNewDebtAllowed() {
        return newDebtAllowed;
    }

    /** Whether the system is shut down (or will be from tomorrow). */
    public boolean isShutdown() {
        return shutdown;
    }

    /**
     * How far the oracle's price moved over the last {@code days} days: seen today over seen then,
     * minus 1 ({@code -0.1} = down 10%). Days before day 0 count as day 0.
     */
    public double oracleMoveOver(int days) {
        return book.oracleMoveOver(days);
    }

    /** Charges {@code annualRate} as the stability fee from tomorrow. */
    public void chargeStabilityFee(double annualRate) {
        token.record(Lever.STABILITY_FEE, annualRate);
    }

    /** Sets the debt ceiling from tomorrow, dollars. */
    public void setCeiling(double dollars) {
        token.record(Lever.DEBT_CEILING, dollars);
    }

    /** Sets the liquidation ratio from tomorrow (1.5 = 150%). */
    public void setLiquidationAt(double ratio) {
        token.record(Lever.LIQUIDATION_RATIO, ratio);
    }

    /** Stops new debt from tomorrow. */
    public void pauseNewDebt() {
        token.record(Lever.NEW_DEBT, 0);
    }

    /** Allows new debt again from tomorrow. */
    public void resumeNewDebt() {
        token.record(Lever.NEW_DEBT, 1);
    }

    /** Shuts the system down from tomorrow: every vault settled at the oracle's last price. */
    public void shutDown() {
        token.record(Lever.SHUTDOWN, 1);
    }

    @Override
    public String toString() {
        return "DebtDay[path=" + getPath() + ", day=" + day + ", collateralRatio=" + collateralRatio + ", debt=" + debt
                + ", surplus=" + surplus + ", badDebt=" + badDebt + "]";
    }
}
