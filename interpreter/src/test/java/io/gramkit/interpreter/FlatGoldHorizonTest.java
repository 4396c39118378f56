package io.gramkit.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gramkit.interpreter.gold.GbmGold;
import io.gramkit.model.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Zero volatility, zero drift and no shock: e = exp(0) = 1 every day, so the model reduces to a
 * hand calculation over the whole horizon. Each day q = 0.001 S < L, u = 0, d = 0, and minting
 * adds 0.003 S, so S_t = 1.002 S_{t-1}. Reserve value in grams V = R + C/G gains
 * 0.003 S - 0.9975 * 0.001 S = 0.0020025 S a day, so coverage c_t = V_t / S_t follows
 * c_t = (c_{t-1} + 0.0020025) / 1.002, whose fixed point is 1.00125: starting at 1.005 it decays
 * towards 1.00125 and never halts minting.
 */
class FlatGoldHorizonTest {

    @Test
    void aFlatMarketMatchesTheClosedForm() {
        int horizon = 365;
        Scenario flat = TestScenarios.flatGold(horizon);
        RunResult result = new Simulator(flat, new ReferenceRulesOracle(), new GbmGold(flat)).run(1, DayObserver.NONE);
        PathOutcomes end = result.outcomes();

        double growth = Math.pow(1.002, horizon);
        double supply = 1_000_000.0 * growth;
        double redeemed = 0.001 * 1_000_000.0 * (growth - 1) / 0.002; // sum of 0.001 S_{t-1}
        double minted = 3 * redeemed;
        double coverage = 1.00125 + (1.005 - 1.00125) / growth;
        assertThat(end.goldPrice(0)).isEqualTo(75.0);
        assertThat(end.supply(0)).isCloseTo(supply, within(supply * 1e-12));
        assertThat(end.redeemedTotal(0)).isCloseTo(redeemed, within(redeemed * 1e-12));
        assertThat(end.mintedTotal(0)).isCloseTo(minted, within(minted * 1e-12));
        assertThat(end.unmetTotal(0)).isEqualTo(0.0);
        assertThat(end.discount(0)).isEqualTo(0.0);
        assertThat(end.maxDiscount(0)).isEqualTo(0.0);
        assertThat(end.coverage(0)).isCloseTo(coverage, within(1e-12));
        assertThat(end.marketPrice(0)).isEqualTo(75.0);
        assertThat(end.fee(0)).isEqualTo(0.0025);
        assertThat(end.mintEnabled(0)).isTrue();
        assertThat(end.daysFeeRaised(0)).isZero();
        assertThat(end.daysMintingHalted(0)).isZero();
        // Reserves in gold: R gains 0.00285 S - 0.0009975 S = 0.0018525 S a day.
        double reserves = 950_000.0 + 0.0018525 * 1_000_000.0 * (growth - 1) / 0.002;
        assertThat(end.reserves(0)).isCloseTo(reserves, within(reserves * 1e-12));
        assertThat(result.ruleChanges()).allMatch(changes -> changes.pathDays() == 0);
    }
}
