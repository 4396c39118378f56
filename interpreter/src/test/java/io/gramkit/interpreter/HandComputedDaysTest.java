package io.gramkit.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gramkit.interpreter.gold.GivenGold;
import io.gramkit.model.Behaviour;
import io.gramkit.model.GoldPrices;
import io.gramkit.model.Scenario;
import io.gramkit.model.Token;
import org.junit.jupiter.api.Test;

/**
 * One- and two-day cases worked out by hand from the equations in docs/model.md, each with a
 * different limit binding. Expected values are literals; the derivation is in the comments.
 * Reference parameters unless stated: S0 = 1e6, R0 = 950,000 g, C0 = 4,125,000 USD, G0 = 75,
 * f0 = 0.25%, redeem_base 0.1%, k_discount 5, k_panic 0.5, cap 2%, kappa 0.5, mint 0.3% (95% gold).
 */
class HandComputedDaysTest {
    private static final double TIGHT = 1e-9;

    /** Runs one path over the given prices (day 0 first) with the plain-Java rules. */
    private static PathOutcomes run(Scenario scenario, double... prices) {
        Scenario oneDay = scenario.withHorizon(prices.length - 1).withPaths(1);
        GivenGold gold = new GivenGold(GoldPrices.of("test", new double[][] {prices}));
        return new Simulator(oneDay, new ReferenceRulesOracle(), gold)
                .run(1, DayObserver.NONE)
                .outcomes();
    }

    @Test
    void demandBindsOnACalmDay() {
        // e = 1, drop = 0; phi = 0.001 + 5*max(0, 0 - 0.0025) = 0.001; q = 1,000
        // L = 20,000; K = (950,000 + 4,125,000/75)/0.9975 = 1,007,518.8  -> x = q = 1,000, u = 0
        // pay = 997.5 g, all in gold; minting on at d0 = 0: m = 3,000
        // S = 1e6 - 1,000 + 3,000 = 1,002,000; R = 950,000 - 997.5 + 2,850 = 951,852.5
        // C = 4,125,000 + 150*75 = 4,136,250; coverage = (951,852.5*75 + 4,136,250)/(1,002,000*75)
        PathOutcomes day1 = run(TestScenarios.reference(1, 1), 75, 75);
        assertThat(day1.redeemedTotal(0)).isEqualTo(1_000.0, within(TIGHT));
        assertThat(day1.unmetTotal(0)).isEqualTo(0.0);
        assertThat(day1.mintedTotal(0)).isEqualTo(3_000.0, within(TIGHT));
        assertThat(day1.supply(0)).isEqualTo(1_002_000.0, within(TIGHT));
        assertThat(day1.reserves(0)).isEqualTo(951_852.5, within(TIGHT));
        assertThat(day1.cash(0)).isEqualTo(4_136_250.0, within(1e-6));
        assertThat(day1.discount(0)).isEqualTo(0.0);
        assertThat(day1.coverage(0)).isEqualTo(75_525_187.5 / 75_150_000.0, within(1e-15));
        assertThat(day1.fee(0)).isEqualTo(0.0025);
        assertThat(day1.mintEnabled(0)).isTrue();
    }

    @Test
    void dailyCapBindsOnACrashAndTheFeeRises() {
        // Day 1, gold 75 -> 60: e = 0.8, drop = 0.2; phi = 0.001 + 0.5*0.2 = 0.101; q = 101,000
        // L = 20,000 binds: x = 20,000, u = 81,000; pay = 19,950 g in gold; m = 3,000 (d0 = 0)
        // S = 983,000; R = 950,000 - 19,950 + 2,850 = 932,900; C = 4,125,000 + 150*60 = 4,134,000
        // d = 0.5*81,000/1e6 = 0.0405 > 1%: the fee rises to 1%; M = 60*(1 - 0.0405) = 57.57
        // coverage = (932,900*60 + 4,134,000)/(983,000*60) = 60,108,000/58,980,000 >= 1: minting stays on
        PathOutcomes day1 = run(TestScenarios.reference(1, 1), 75, 60);
        assertThat(day1.redeemedTotal(0)).isEqualTo(20_000.0, within(TIGHT));
        assertThat(day1.unmetTotal(0)).isEqualTo(81_000.0, within(TIGHT));
        assertThat(day1.supply(0)).isEqualTo(983_000.0, within(TIGHT));
        assertThat(day1.reserves(0)).isEqualTo(932_900.0, within(TIGHT));
        assertThat(day1.cash(0)).isEqualTo(4_134_000.0, within(1e-6));
        assertThat(day1.discount(0)).isEqualTo(0.0405, within(1e-15));
        assertThat(day1.marketPrice(0)).isEqualTo(57.57, within(1e-12));
        assertThat(day1.coverage(0)).isEqualTo(60_108_000.0 / 58_980_000.0, within(1e-15));
        assertThat(day1.fee(0)).isEqualTo(0.01);
        assertThat(day1.daysFeeRaised(0)).isEqualTo(1);
        assertThat(day1.mintEnabled(0)).isTrue();

        // Day 2, gold flat at 60: phi = 0.001 + 5*(0.0405 - 0.01) = 0.1535; q = 0.1535*983,000 = 150,890.5
        // L = 19,660 binds: u = 131,230.5; pay = 19,660*0.99 = 19,463.4 g; no minting (d1 > 0)
        // S = 963,340; R = 913,436.6; C unchanged; d = 0.5*131,230.5/983,000 = 0.066749...
        PathOutcomes day2 = run(TestScenarios.reference(1, 1), 75, 60, 60);
        assertThat(day2.redeemedTotal(0)).isEqualTo(39_660.0, within(TIGHT));
        assertThat(day2.unmetTotal(0)).isEqualTo(81_000.0 + 131_230.5, within(TIGHT));
        assertThat(day2.mintedTotal(0)).isEqualTo(3_000.0, within(TIGHT));
        assertThat(day2.supply(0)).isEqualTo(963_340.0, within(TIGHT));
        assertThat(day2.reserves(0)).isEqualTo(913_436.6, within(TIGHT));
        assertThat(day2.cash(0)).isEqualTo(4_134_000.0, within(1e-6));
        assertThat(day2.discount(0)).isEqualTo(65_615.25 / 983_000.0, within(1e-15));
        assertThat(day2.maxDiscount(0)).isEqualTo(65_615.25 / 983_000.0, within(1e-15));
        assertThat(day2.fee(0)).isEqualTo(0.01);
        assertThat(day2.daysFeeRaised(0)).isEqualTo(2);
    }

    @Test
    void reserveCapacityBindsWhenReservesAreThin() {
        // Supply 1,000 against 10 g of gold and no cash; everyone redeems (base 100%), cap 100%.
        // phi = min(1, 1 + ...) = 1; q = 1,000 = L; K = (10 + 0/75)/(1 - 0.0025) = 10.0250626...
        // x = K, u = 1,000 - K = 989.97494; pay = K*0.9975 = 10 g, exactly the gold; cash stays 0
        // d = 0.5*u/1,000 = 0.49498747; coverage = (R*75 + C)/(S*75) with R ~ 0, S = 989.97494
        Scenario thin = TestScenarios.withToken(
                TestScenarios.reference(1, 1), new Token(TestScenarios.SPAN, 1_000.0, 10.0, 0.0));
        thin = TestScenarios.withBehaviour(thin, new Behaviour(TestScenarios.SPAN, 1.0, 5.0, 0.5, 0.003, 0.95, 0.5));
        thin = thin.withRedemption(
                new io.gramkit.model.RedemptionPolicy(TestScenarios.SPAN, 0.0025, 0.01, 0.01, 0.002, 1.0));
        PathOutcomes day1 = run(thin, 75, 75);
        double capacity = 10.0 / 0.9975;
        assertThat(day1.redeemedTotal(0)).isEqualTo(10.025062656641603, within(1e-12));
        assertThat(day1.redeemedTotal(0)).isEqualTo(capacity, within(1e-12));
        assertThat(day1.unmetTotal(0)).isEqualTo(1_000.0 - capacity, within(1e-9));
        assertThat(day1.reserves(0)).isEqualTo(0.0, within(1e-12));
        assertThat(day1.cash(0)).isEqualTo(0.0, within(1e-9));
        assertThat(day1.supply(0)).isEqualTo(989.974937343358, within(1e-9));
        assertThat(day1.discount(0)).isEqualTo(0.49498746867167914, within(1e-12));
        assertThat(day1.fee(0)).isEqualTo(0.01);
    }

    @Test
    void cashPaysWhatGoldCannot() {
        // Supply 1,000 against 5 g and 1,000 USD: coverage0 = (5*75 + 1,000)/(1,000*75) = 0.0183
        // so minting starts halted. Redeem base 1%: q = 10 < L = 20 < K = (5 + 1,000/75)/0.9975 = 18.38
        // pay = 9.975 g: 5 g in gold, 4.975 g in cash at 75 = 373.125 USD; C = 626.875; R = 0; S = 990
        // coverage = 626.875/(990*75) = 0.0084427...; minting stays halted (no rule change)
        Scenario shortOfGold = TestScenarios.withToken(
                TestScenarios.reference(1, 1), new Token(TestScenarios.SPAN, 1_000.0, 5.0, 1_000.0));
        shortOfGold = TestScenarios.withBehaviour(
                shortOfGold, new Behaviour(TestScenarios.SPAN, 0.01, 5.0, 0.5, 0.003, 0.95, 0.5));
        PathOutcomes day1 = run(shortOfGold, 75, 75);
        assertThat(day1.redeemedTotal(0)).isEqualTo(10.0, within(1e-12));
        assertThat(day1.reserves(0)).isEqualTo(0.0);
        assertThat(day1.cash(0)).isEqualTo(626.875, within(1e-9));
        assertThat(day1.supply(0)).isEqualTo(990.0, within(1e-12));
        assertThat(day1.mintedTotal(0)).isEqualTo(0.0);
        assertThat(day1.coverage(0)).isEqualTo(626.875 / 74_250.0, within(1e-15));
        assertThat(day1.mintEnabled(0)).isFalse();
        assertThat(day1.daysMintingHalted(0)).isEqualTo(1);
    }

    @Test
    void aGoldRallyHaltsMintingAndAFallResumesIt() {
        // Day 1, gold 75 -> 90: as the calm day but cash grows by 150*90: C = 4,138,500
        // coverage = (951,852.5*90 + 4,138,500)/(1,002,000*90) = 89,805,225/90,180,000 = 0.99584 < 1: halt
        // Day 2, flat at 90: no minting; x = 1,002 tokens, pay 999.495 g: R = 950,853.005, S = 1,000,998
        // coverage = (950,853.005*90 + 4,138,500)/(1,000,998*90) = 0.99584... still halted
        // Day 3, back to 75 (drop = 1/6): phi = 0.001 + 0.5/6 = 0.0843333; q = 84,417.5 > L = 20,019.96
        // x = 20,019.96, pay = 19,969.9101 g; R = 930,883.0949; S = 980,978.04; C = 4,138,500
        // coverage = (930,883.0949*75 + 4,138,500)/(980,978.04*75) = 1.00518... >= 1: resume
        Scenario reference = TestScenarios.reference(1, 1);
        PathOutcomes day1 = run(reference, 75, 90);
        assertThat(day1.coverage(0)).isEqualTo(89_805_225.0 / 90_180_000.0, within(1e-15));
        assertThat(day1.mintEnabled(0)).isFalse();
        assertThat(day1.daysMintingHalted(0)).isEqualTo(1);

        PathOutcomes day2 = run(reference, 75, 90, 90);
        assertThat(day2.mintedTotal(0)).isEqualTo(3_000.0, within(TIGHT));
        assertThat(day2.reserves(0)).isEqualTo(950_853.005, within(TIGHT));
        assertThat(day2.supply(0)).isEqualTo(1_000_998.0, within(TIGHT));
        assertThat(day2.mintEnabled(0)).isFalse();
        assertThat(day2.daysMintingHalted(0)).isEqualTo(2);

        PathOutcomes day3 = run(reference, 75, 90, 90, 75);
        assertThat(day3.supply(0)).isEqualTo(980_978.04, within(TIGHT));
        assertThat(day3.reserves(0)).isEqualTo(930_883.0949, within(TIGHT));
        assertThat(day3.coverage(0)).isEqualTo((930_883.0949 * 75 + 4_138_500.0) / (980_978.04 * 75), within(1e-12));
        assertThat(day3.mintEnabled(0)).isTrue();
        assertThat(day3.daysMintingHalted(0)).isEqualTo(2);
    }

    @Test
    void theBaseFeeReturnsWhenThePegIsBack() {
        // Day 1, 75 -> 67.5 (drop 10%): phi = 0.051, q = 51,000, x = L = 20,000, u = 31,000
        //   d = 0.0155 > 1%: fee 1%. S = 983,000 (minted 3,000)
        // Day 2, flat: phi = 0.001 + 5*(0.0155 - 0.01) = 0.0285, q = 28,015.5 > L = 19,660: u = 8,355.5
        //   d = 0.5*8,355.5/983,000 = 0.00425: between 0.2% and 1%, the fee stays at 1%
        // Day 3, flat: phi = 0.001 + 5*max(0, 0.00425 - 0.01) = 0.001, q = 963.34 < L: u = 0, d = 0 < 0.2%
        //   the base fee returns
        Scenario reference = TestScenarios.reference(1, 1);
        PathOutcomes day2 = run(reference, 75, 67.5, 67.5);
        assertThat(day2.discount(0)).isEqualTo(4_177.75 / 983_000.0, within(1e-15));
        assertThat(day2.fee(0)).isEqualTo(0.01);
        PathOutcomes day3 = run(reference, 75, 67.5, 67.5, 67.5);
        assertThat(day3.discount(0)).isEqualTo(0.0);
        assertThat(day3.supply(0)).isEqualTo(963_340.0 - 963.34, within(TIGHT));
        assertThat(day3.fee(0)).isEqualTo(0.0025);
        assertThat(day3.daysFeeRaised(0)).isEqualTo(2);
    }
}
