package io.gramkit.interpreter.debt;

import static io.gramkit.interpreter.debt.DebtSystems.depth;
import static io.gramkit.interpreter.debt.DebtSystems.run;
import static io.gramkit.interpreter.debt.DebtSystems.system;
import static io.gramkit.interpreter.debt.DebtSystems.vaults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gramkit.model.debt.DebtSystem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Days of the debt block worked out by hand from docs/model.md ("The debt block"). Expected
 * values are literals; the derivation is in the comments. Unless stated: gold oracle without lag,
 * liquidation ratio 125%, penalty 13%, the token's market price equal to gold's.
 */
class DebtHandComputedDaysTest {
    private static final double TIGHT = 1e-9;

    @Test
    void theStabilityFeeAccruesDailyAndCompoundsToTheAnnualRate() {
        // One vault owing 1,000 at 200%, fee 5%: the daily factor is 1.05^(1/365) = 1.0001336806171135.
        // Day 1: d = 1,000.1336806171134; the 0.13368061711344 accrued goes to the surplus (0 at day 0).
        DebtSystem fee5 = system(List.of(vaults(1, 2.0, 1_000.0)), 0.05, Optional.empty(), 0.0);
        DebtBook day1 = run(fee5, 50, 50);
        assertThat(day1.totalDebt()).isEqualTo(1_000.1336806171134, within(TIGHT));
        assertThat(day1.surplus()).isEqualTo(0.13368061711344126, within(TIGHT));
        assertThat(day1.accruedTotal).isEqualTo(0.13368061711344126, within(TIGHT));
        // collateral 2*1,000/50 = 40 tokens; ratio 40*50/1,000.1336806 = 1.99973268...
        assertThat(day1.collateralRatio()).isEqualTo(2_000.0 / 1_000.1336806171134, within(1e-15));

        // 365 days: (1.05^(1/365))^365 = 1.05, so the vault owes 1,050 and the surplus holds 50.
        double[] flat = new double[366];
        java.util.Arrays.fill(flat, 50.0);
        DebtBook year = run(fee5, flat);
        assertThat(year.totalDebt()).isEqualTo(1_050.0, within(1e-9));
        assertThat(year.surplus()).isEqualTo(50.0, within(1e-9));
        assertThat(year.vaultsLiquidated()).isZero();
    }

    @Test
    void aLiquidationWithDeepLiquidityRaisesDebtAndPenalty() {
        // 10 vaults owing 1,000 each at 150% of 100: 15 tokens each, 150 in all.
        // Day 1 at 80: ratio 15*80/1,000 = 1.2 <= 1.25, so all 10 are liquidated.
        // tab = 10,000 * 1.13 = 11,300; unlimited depth sells 11,300/80 = 141.25 tokens at 80;
        // 150 - 141.25 = 8.75 tokens go back to the owners; the 1,300 penalty joins the surplus (500).
        DebtBook day1 = run(system(List.of(vaults(10, 1.5, 1_000.0)), 0.0, Optional.empty(), 500.0), 100, 80);
        assertThat(day1.vaultsLiquidated()).isEqualTo(10.0);
        assertThat(day1.liquidatedDebtTotal).isEqualTo(10_000.0, within(TIGHT));
        assertThat(day1.proceedsTotal).isEqualTo(11_300.0, within(TIGHT));
        assertThat(day1.collateralSoldTotal).isEqualTo(141.25, within(TIGHT));
        assertThat(day1.collateralReturnedTotal).isEqualTo(8.75, within(TIGHT));
        assertThat(day1.penaltyIncomeTotal).isEqualTo(1_300.0, within(TIGHT));
        assertThat(day1.surplus()).isEqualTo(1_800.0, within(TIGHT));
        assertThat(day1.badDebt()).isZero();
        // volume: the seized 150 tokens at the oracle's 80
        assertThat(day1.liquidationVolume()).isEqualTo(12_000.0, within(TIGHT));
        assertThat(day1.totalDebt()).isZero();
        assertThat(day1.openVaults()).isZero();
        assertThat(day1.collateralRatio()).isInfinite();
    }

    @Test
    void aVaultJustAboveTheRatioIsNotLiquidated() {
        // 15 tokens at 83.4: ratio 1.251 > 1.25; at 83.33...: 1.25 exactly counts (at or below)
        DebtSystem tenVaults = system(List.of(vaults(10, 1.5, 1_000.0)), 0.0, Optional.empty(), 0.0);
        assertThat(run(tenVaults, 100, 83.4).vaultsLiquidated()).isZero();
        assertThat(run(tenVaults, 100, 250.0 / 3.0).vaultsLiquidated()).isEqualTo(10.0);
    }

    @Test
    void priceImpactLeavesPartOfThePenaltyUnpaid() {
        // Depth 10 tokens per 1%: K = 1,000 tokens take the price to zero. Selling q of them at 80
        // raises 80*(q - q^2/2,000); the tab of 11,300 would need q = 1,000 - sqrt(717,500) = 152.95
        // > 150 seized, so all 150 go for 80*(150 - 11.25) = 11,100: the debt is paid, 1,100 of the
        // 1,300 penalty is.
        DebtBook day1 = run(system(List.of(vaults(10, 1.5, 1_000.0)), 0.0, depth(10), 0.0), 100, 80);
        assertThat(day1.proceedsTotal).isEqualTo(11_100.0, within(TIGHT));
        assertThat(day1.collateralSoldTotal).isEqualTo(150.0, within(TIGHT));
        assertThat(day1.penaltyIncomeTotal).isEqualTo(1_100.0, within(TIGHT));
        assertThat(day1.badDebt()).isZero();

        // Depth 20: K = 2,000; q = 2,000 - sqrt(3,435,000) = 146.62470071493613 tokens raise the tab,
        // and the other 3.3753 go back to the owners.
        DebtBook deeper = run(system(List.of(vaults(10, 1.5, 1_000.0)), 0.0, depth(20), 0.0), 100, 80);
        assertThat(deeper.proceedsTotal).isEqualTo(11_300.0, within(TIGHT));
        assertThat(deeper.collateralSoldTotal).isEqualTo(146.62470071493613, within(1e-9));
        assertThat(deeper.collateralReturnedTotal).isEqualTo(150 - 146.62470071493613, within(1e-9));
    }

    @Test
    void anAuctionClearingBelowDebtLeavesBadDebtThatTheSurplusAbsorbs() {
        // Depth 2: K = 200. All 150 tokens fetch 80*(150 - 150^2/400) = 80*93.75 = 7,500 < 10,000 owed:
        // bad debt 2,500; a surplus of 5,000 absorbs all of it and keeps 2,500.
        DebtBook covered = run(system(List.of(vaults(10, 1.5, 1_000.0)), 0.0, depth(2), 5_000.0), 100, 80);
        assertThat(covered.proceedsTotal).isEqualTo(7_500.0, within(TIGHT));
        assertThat(covered.collateralSoldTotal).isEqualTo(150.0, within(TIGHT));
        assertThat(covered.collateralGivenAwayTotal).isZero();
        assertThat(covered.badDebt()).isEqualTo(2_500.0, within(TIGHT));
        assertThat(covered.absorbedTotal).isEqualTo(2_500.0, within(TIGHT));
        assertThat(covered.surplus()).isEqualTo(2_500.0, within(TIGHT));
        assertThat(covered.uncoveredBadDebt()).isZero();

        // With a surplus of 1,000 it absorbs 1,000 and 1,500 is left uncovered.
        DebtBook short1 = run(system(List.of(vaults(10, 1.5, 1_000.0)), 0.0, depth(2), 1_000.0), 100, 80);
        assertThat(short1.surplus()).isZero();
        assertThat(short1.absorbedTotal).isEqualTo(1_000.0, within(TIGHT));
        assertThat(short1.uncoveredBadDebt()).isEqualTo(1_500.0, within(TIGHT));
    }

    @Test
    void anAuctionBeyondTheDaysLiquidityGivesTheRestAwayAndTheNextAuctionGetsNoBids() {
        // Depth 1: K = 100 tokens. Group A (10 vaults, 150 tokens): 100 sell for 80*(100 - 100^2/200)
        // = 4,000, the other 50 go at zero bids; bad debt 6,000. Group B (1 vault owing 500 at 150%:
        // 7.5 tokens), liquidated the same day, meets exhausted depth: no bids, bad debt 500.
        DebtSystem two = system(List.of(vaults(10, 1.5, 1_000.0), vaults(1, 1.5, 500.0)), 0.0, depth(1), 2_000.0);
        DebtBook day1 = run(two, 100, 80);
        assertThat(day1.auctions).isEqualTo(2.0);
        assertThat(day1.zeroBidAuctions).isEqualTo(1.0);
        assertThat(day1.proceedsTotal).isEqualTo(4_000.0, within(TIGHT));
        assertThat(day1.collateralSoldTotal).isEqualTo(100.0, within(TIGHT));
        assertThat(day1.collateralGivenAwayTotal).isEqualTo(57.5, within(TIGHT));
        assertThat(day1.badDebt()).isEqualTo(6_500.0, within(TIGHT));
        // the 2,000 surplus goes to the first bad debt; 4,000 + 500 are uncovered
        assertThat(day1.surplus()).isZero();
        assertThat(day1.uncoveredBadDebt()).isEqualTo(4_500.0, within(TIGHT));
    }

    @Test
    void aZeroBidAuctionLeavesTheWholeDebtBad() {
        // No depth at all: 150 tokens go for nothing; all 10,000 is bad debt; the 3,000 surplus
        // absorbs 3,000.
        DebtBook day1 = run(system(List.of(vaults(10, 1.5, 1_000.0)), 0.0, depth(0), 3_000.0), 100, 80);
        assertThat(day1.zeroBidAuctions).isEqualTo(1.0);
        assertThat(day1.proceedsTotal).isZero();
        assertThat(day1.collateralGivenAwayTotal).isEqualTo(150.0, within(TIGHT));
        assertThat(day1.badDebt()).isEqualTo(10_000.0, within(TIGHT));
        assertThat(day1.absorbedTotal).isEqualTo(3_000.0, within(TIGHT));
        assertThat(day1.uncoveredBadDebt()).isEqualTo(7_000.0, within(TIGHT));
        assertThat(day1.liquidationVolume()).isEqualTo(12_000.0, within(TIGHT));
    }

    @Test
    void anEmergencyShutdownSettlesEveryVaultAtTheLastOraclePriceAndFreezes() {
        // A: 1 vault owing 1,000 at 200% of 100 (20 tokens); B: 2 vaults owing 1,000 at 130% (13 each).
        // Fee 5%. Day 1 at 96: debts grow to 1,000.1336806171134 each (surplus 3 * 0.13368...);
        // B's ratio 13*96/1,000.13 = 1.2478 <= 1.25: B is liquidated with unlimited depth
        // (tab 2,000.267 * 1.13 = 2,260.30 at 96 = 23.545 tokens of 26). A stays (ratio 1.92).
        // The rules decide a shutdown on day 1; day 2 opens by settling A at day 1's oracle price 96,
        // whatever day 2's price (60): A hands over 1,000.1336806171134/96 = 10.41806 tokens and keeps
        // 9.58194. No accrual, liquidation or new debt on day 2 or after.
        DebtSystem two = system(List.of(vaults(1, 2.0, 1_000.0), vaults(2, 1.3, 1_000.0)), 0.05, Optional.empty(), 0.0);
        DebtBook book = DebtStep.open(two, 100, 100);
        DebtStep.advance(book, 1, 96, 96);
        assertThat(book.vaultsLiquidated()).isEqualTo(2.0);
        book.setShutdown(true);
        assertThat(book.shutdown()).isTrue();
        double surplusAfterDay1 = book.surplus();
        DebtStep.advance(book, 2, 60, 60);
        assertThat(book.settledDebt).isEqualTo(1_000.1336806171134, within(TIGHT));
        assertThat(book.collateralSettledTotal).isEqualTo(1_000.1336806171134 / 96, within(TIGHT));
        assertThat(book.collateralReleasedAtShutdown).isEqualTo(20 - 1_000.1336806171134 / 96, within(TIGHT));
        assertThat(book.totalDebt()).isZero();
        assertThat(book.openVaults()).isZero();
        assertThat(book.badDebt()).isZero();
        assertThat(book.surplus()).isEqualTo(surplusAfterDay1);
        DebtStep.advance(book, 3, 30, 30);
        assertThat(book.accruedTotal).isEqualTo(3 * 0.13368061711344126, within(TIGHT));
        assertThat(book.vaultsLiquidated()).isEqualTo(2.0);
        assertThat(book.oraclePrice()).isEqualTo(30.0);
    }
}
