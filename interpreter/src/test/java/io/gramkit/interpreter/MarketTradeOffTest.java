package io.gramkit.interpreter;

import static io.gramkit.interpreter.TestScenarios.SPAN;
import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.interpreter.gold.GbmGold;
import io.gramkit.model.Behaviour;
import io.gramkit.model.Gold;
import io.gramkit.model.GoldModel;
import io.gramkit.model.Scenario;
import io.gramkit.model.Shock;
import io.gramkit.model.market.Arbitrage;
import io.gramkit.model.market.Holders;
import io.gramkit.model.market.Market;
import io.gramkit.model.market.Payout;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The trade-off of Ma, Zeng and Zhang (2023) on common random numbers: more arbitrage capacity
 * holds the peg tighter in a calm market and, under stress, makes a run (coverage below 1) more
 * likely, because the desks turn the holders' selling into redemptions paid by fire sales.
 *
 * <p>Both markets are the reference-v2 venues with holders who watch coverage (sensitivity 5, panic
 * half-life 3 days) but not the discount (sensitivity 0, so that the only channel is the one of
 * the paper: who turns the selling into redemptions, and how fast), and a payout whose haircut
 * grows with the day's sale (5% of the grams sold over a capacity of 20,000 g). Thin arbitrage: one
 * desk with 500,000 USD; deep: four with 2,000,000 USD each.
 */
class MarketTradeOffTest {
    private static final int PATHS = 400;
    private static final long SEED = 20261204L;

    private static Market market(int desks, double capitalEach) {
        return TestMarkets.referenceV2()
                .withArbitrage(new Arbitrage(SPAN, desks, capitalEach, 0.10, 0.0, 1))
                .withHolders(new Holders(SPAN, OptionalDouble.of(3.0), 5.0, 0.0))
                .withPayout(new Payout(SPAN, 0.0, 0.05, 20_000.0));
    }

    private static Scenario scenario(double vol, List<Shock> shocks, int horizon, Market market) {
        return TestScenarios.reference(PATHS, SEED)
                .withBehaviour(new Behaviour(SPAN, 0.001, 0.0, 0.5, 0.003, 0.95, 0.5))
                .withHorizon(horizon)
                .withGold(new Gold(SPAN, 75.0, new GoldModel.Gbm(SPAN, 0.0, vol), shocks))
                .withMarket(market);
    }

    /** Mean end-of-day discount over all path-days of a calm year: 10% volatility, no shock. */
    private static double calmDiscount(Market market) {
        Scenario calm = scenario(0.10, List.of(), 365, market);
        double[] sum = new double[1];
        new Simulator(calm, new ReferenceRulesOracle(), new GbmGold(calm)).run(2, (day, snapshot) -> {
            if (day > 0) {
                sum[0] += Arrays.stream(snapshot.discount()).sum();
            }
        });
        return sum[0] / ((double) PATHS * calm.horizonDays());
    }

    /**
     * Share of paths with a run after a 20% two-day gold crash at day 10: coverage below 1 within
     * 30 days of it, or more than 10% of the initial supply redeemed in its first ten days.
     */
    private static double runShare(Market market) {
        Scenario stress = scenario(0.18, List.of(new Shock.Move(SPAN, "Crash", -0.20, 2, 10)), 40, market);
        boolean[] run = new boolean[PATHS];
        double[] before = new double[PATHS];
        ScriptedRules watch = new ScriptedRules((day, s) -> {
            if (day == 9) {
                before[s.path()] = s.redeemedTotal();
            }
            if (s.coverage() < 1.0 || (day == 19 && s.redeemedTotal() - before[s.path()] > 0.15 * 1_000_000.0)) {
                run[s.path()] = true;
            }
        });
        new Simulator(stress, watch, new GbmGold(stress)).run(2, DayObserver.NONE);
        int runs = 0;
        for (boolean r : run) {
            runs += r ? 1 : 0;
        }
        return runs / (double) PATHS;
    }

    @Test
    void moreArbitrageCapacityTightensTheCalmPegAndRaisesTheRunProbability() {
        Market thin = market(1, 500_000.0);
        Market deep = market(4, 2_000_000.0);
        double calmThin = calmDiscount(thin);
        double calmDeep = calmDiscount(deep);
        double runThin = runShare(thin);
        double runDeep = runShare(deep);
        assertThat(calmDeep).as("calm mean discount, deep vs thin arbitrage").isLessThan(calmThin);
        assertThat(runDeep)
                .as("run probability under stress, deep vs thin arbitrage")
                .isGreaterThan(runThin);
    }
}
