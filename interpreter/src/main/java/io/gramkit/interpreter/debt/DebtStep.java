package io.gramkit.interpreter.debt;

import io.gramkit.model.debt.Borrowing;
import io.gramkit.model.debt.DebtSystem;
import io.gramkit.model.debt.HolderAction;
import io.gramkit.model.debt.Oracle;
import io.gramkit.model.debt.VaultGroup;

/**
 * The debt block's day, in the order docs/model.md ("The debt block") writes it. It runs after
 * the token's day, reads that day's gold and market prices, and changes nothing the token's day
 * reads, so a scenario's token results are the same with or without a debt block.
 */
public final class DebtStep {
    private DebtStep() {}

    /** Day 0: the vault groups at their opening ratios at the oracle's day-0 price. */
    public static DebtBook open(DebtSystem system, double gold, double marketPrice) {
        DebtBook book = new DebtBook(
                system,
                new DepthCurve(
                        system.depth().map(depth -> depth.tokensPerPercent()).orElse(Double.POSITIVE_INFINITY)));
        book.day = 0;
        book.marketPrice = marketPrice;
        book.oracle.record(0, close(system, gold, marketPrice));
        book.oraclePrice = book.oracle.seen();
        book.openingPrice = book.oraclePrice;
        for (int g = 0; g < book.vaults.length; g++) {
            VaultGroup group = system.vaults().get(g);
            book.vaults[g] = group.count();
            book.debt[g] = group.debtPerVault();
            book.collateral[g] = (group.collateralRatio() * group.debtPerVault()) / book.oraclePrice;
        }
        totals(book);
        return book;
    }

    /**
     * One day, up to (not including) the rules.
     *
     * @param gold        today's gold price, USD per gram
     * @param marketPrice today's market price of the token, USD per token
     */
    public static void advance(DebtBook b, int day, double gold, double marketPrice) {
        b.day = day;
        b.liquidatedDebtToday = 0.0;
        b.vaultsLiquidatedToday = 0.0;
        // 0. a shutdown decided yesterday settles every vault at the price the oracle last showed
        if (b.shutdownDecided && !b.shutdown) {
            settle(b, b.oraclePrice);
        }
        // 1. the oracle reads today's close
        b.marketPrice = marketPrice;
        b.oracle.record(day, close(b.system, gold, marketPrice));
        b.oraclePrice = b.oracle.seen();
        if (!b.shutdown) {
            double price = b.oraclePrice;
            double yesterdaysDebt = b.totalDebt;
            accrue(b);
            b.system.holders().ifPresent(action -> act(b, action, price));
            liquidate(b, price, marketPrice);
            b.system.borrowing().ifPresent(borrowing -> borrow(b, borrowing, price, yesterdaysDebt));
        }
        totals(b);
    }

    /** After the rules: the day counters that read what the rules decided. */
    public static void close(DebtBook b) {
        if (!b.newDebtAllowed) {
            b.daysNewDebtPaused++;
        }
    }

    private static double close(DebtSystem system, double gold, double marketPrice) {
        return system.oracle().source() == Oracle.Source.GOLD ? gold : marketPrice;
    }

    /** 2. Debt grows by the day's factor; the fee goes to the surplus buffer. */
    private static void accrue(DebtBook b) {
        if (b.dailyFactor == 1.0) {
            return;
        }
        for (int g = 0; g < b.vaults.length; g++) {
            if (b.vaults[g] > 0) {
                double grown = b.debt[g] * b.dailyFactor;
                double fee = b.vaults[g] * (grown - b.debt[g]);
                b.debt[g] = grown;
                b.accruedTotal += fee;
                b.surplus += fee;
            }
        }
    }

    /** 3. Holders of groups in the alert band close a share of their gap to the target ratio. */
    private static void act(DebtBook b, HolderAction action, double price) {
        double share = action.dailyShare();
        double target = action.targetRatio();
        for (int g = 0; g < b.vaults.length; g++) {
            double n = b.vaults[g];
            if (n == 0) {
                continue;
            }
            double ratio = (b.collateral[g] * price) / b.debt[g];
            if (!(ratio > b.liquidationRatio && ratio <= action.alertRatio())) {
                continue;
            }
            if (action.kind() == HolderAction.Kind.ADD_COLLATERAL) {
                double added = share * ((target * b.debt[g]) / price - b.collateral[g]);
                b.collateral[g] += added;
                b.collateralAddedTotal += n * added;
                continue;
            }
            double repaid = share * (b.debt[g] - (b.collateral[g] * price) / target);
            if (b.debt[g] - repaid < b.system.dust()) {
                // a repayment that would leave dust repays the vault in full and closes it
                b.repaidTotal += n * b.debt[g];
                b.collateralClosedTotal += n * b.collateral[g];
                b.vaultsClosed += n;
                b.vaults[g] = 0;
                b.debt[g] = 0;
                b.collateral[g] = 0;
            } else {
                b.debt[g] -= repaid;
                b.repaidTotal += n * repaid;
            }
        }
    }

    /**
     * 4. Groups at or below the liquidation ratio are seized; their collateral is auctioned to
     * raise debt plus penalty, in the order the groups are listed; bad debt is absorbed by the
     * surplus buffer as far as it goes.
     */
    private static void liquidate(DebtBook b, double price, double marketPrice) {
        boolean opened = false;
        for (int g = 0; g < b.vaults.length; g++) {
            double n = b.vaults[g];
            if (n == 0 || !((b.collateral[g] * price) / b.debt[g] <= b.liquidationRatio)) {
                continue;
            }
            if (!opened) {
                b.market.open(marketPrice);
                opened = true;
            }
            double owed = n * b.debt[g];
            double seized = n * b.collateral[g];
            double tab = owed * (1.0 + b.system.liquidationPenalty());
            CollateralMarket.Sale sale = b.market.sell(seized, tab);
            double returned = (seized - sale.sold()) - sale.givenAway();
            b.collateralSeizedTotal += seized;
            b.collateralSoldTotal += sale.sold();
            b.collateralGivenAwayTotal += sale.givenAway();
            b.collateralReturnedTotal += returned;
            b.proceedsTotal += sale.proceeds();
            b.liquidationVolume += seized * price;
            b.liquidatedDebtTotal += owed;
            b.liquidatedDebtToday += owed;
            b.vaultsLiquidated += n;
            b.vaultsLiquidatedToday += n;
            b.auctions += 1;
            if (sale.proceeds() == 0.0) {
                b.zeroBidAuctions += 1;
            }
            if (sale.proceeds() >= owed) {
                double income = sale.proceeds() - owed;
                b.penaltyIncomeTotal += income;
                b.surplus += income;
            } else {
                absorb(b, owed - sale.proceeds());
            }
            b.vaults[g] = 0;
            b.debt[g] = 0;
            b.collateral[g] = 0;
        }
    }

    /** 5. New debt, up to the ceiling, spread over the open groups by their debt. */
    private static void borrow(DebtBook b, Borrowing borrowing, double price, double yesterdaysDebt) {
        if (!b.newDebtAllowed) {
            return;
        }
        double debtNow = 0;
        for (int g = 0; g < b.vaults.length; g++) {
            debtNow += b.vaults[g] * b.debt[g];
        }
        double drawn = Math.min(borrowing.dailyShare() * yesterdaysDebt, Math.max(0.0, b.debtCeiling - debtNow));
        if (!(drawn > 0) || debtNow == 0) {
            return;
        }
        for (int g = 0; g < b.vaults.length; g++) {
            if (b.vaults[g] == 0) {
                continue;
            }
            double perVault = drawn * (b.debt[g] / debtNow);
            double posted = (borrowing.openingRatio() * perVault) / price;
            b.debt[g] += perVault;
            b.collateral[g] += posted;
            b.borrowedTotal += b.vaults[g] * perVault;
            b.collateralPostedTotal += b.vaults[g] * posted;
        }
    }

    /**
     * Emergency shutdown: each vault hands over collateral worth its debt at {@code price} (all
     * of it when that is not enough, the rest being bad debt) and keeps what is left.
     */
    private static void settle(DebtBook b, double price) {
        b.shutdown = true;
        for (int g = 0; g < b.vaults.length; g++) {
            double n = b.vaults[g];
            if (n == 0) {
                continue;
            }
            double claim = Math.min(b.collateral[g], b.debt[g] / price);
            double owed = n * b.debt[g];
            double value = n * (claim * price);
            b.settledDebt += owed;
            b.settledValue += Math.min(value, owed);
            b.collateralSettledTotal += n * claim;
            b.collateralReleasedAtShutdown += n * (b.collateral[g] - claim);
            if (value < owed) {
                absorb(b, owed - value);
            }
            b.vaults[g] = 0;
            b.debt[g] = 0;
            b.collateral[g] = 0;
        }
    }

    private static void absorb(DebtBook b, double bad) {
        double absorbed = Math.min(b.surplus, bad);
        b.surplus -= absorbed;
        b.badDebtTotal += bad;
        b.absorbedTotal += absorbed;
        b.uncoveredBadDebt += bad - absorbed;
    }

    /** 6. The end-of-day totals and the system's collateral ratio at the oracle's price. */
    private static void totals(DebtBook b) {
        double debt = 0;
        double collateral = 0;
        double open = 0;
        for (int g = 0; g < b.vaults.length; g++) {
            debt += b.vaults[g] * b.debt[g];
            collateral += b.vaults[g] * b.collateral[g];
            open += b.vaults[g];
        }
        b.totalDebt = debt;
        b.totalCollateral = collateral;
        b.openVaults = open;
        b.collateralRatio = debt > 0 ? (collateral * b.oraclePrice) / debt : Double.POSITIVE_INFINITY;
        if (debt > 0) {
            b.minCollateralRatio = Math.min(b.minCollateralRatio, b.collateralRatio);
        }
    }
}
