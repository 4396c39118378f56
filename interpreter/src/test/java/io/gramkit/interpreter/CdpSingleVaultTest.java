package io.gramkit.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.interpreter.gold.StochasticGold;
import io.gramkit.model.Gold;
import io.gramkit.model.GoldModel;
import io.gramkit.model.Scenario;
import io.gramkit.model.debt.DebtSystem;
import io.gramkit.model.debt.Oracle;
import io.gramkit.model.debt.VaultGroup;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The validation case of issue 16 (scenario-library/cdp-single-vault.gram, built here in code):
 * one vault type, every vault at 150% on day 0, liquidation ratio 125%, no fee, no holder
 * behaviour, a gold oracle without lag, gold a driftless GBM at 18% from 75 USD/g, no shocks,
 * 365 days. The oracle reads each day's close and a vault at or below 125% is liquidated the same
 * day, so a path liquidates exactly when gold's daily close first falls to or below 125/150 of
 * spot: the share of paths with a liquidation is the first-passage probability of a
 * daily-monitored GBM.
 *
 * <p>Broadie, Glasserman and Kou (1997, "A continuity correction for discrete barrier options")
 * show that monitoring m times over [0, T] is approximated by continuous monitoring of a barrier
 * moved away from the start by {@code beta * s * sqrt(T/m)}, {@code beta = -zeta(1/2)/sqrt(2*pi)
 * = 0.5826}. For a down barrier at {@code B = S0 * 125/150} and log price {@code X_t = nu*t +
 * s*W_t} with {@code nu = mu - s^2/2 = -s^2/2}, the continuous first-passage probability to
 * {@code b = ln(B/S0) - 0.5826 * s * sqrt(1/365)} (< 0) by T is the reflection formula
 *
 * <pre>
 *   P = N((b - nu*T)/(s*sqrt(T))) + exp(2*nu*b/s^2) * N((b + nu*T)/(s*sqrt(T)))
 * </pre>
 *
 * which for s = 0.18, T = 1 gives about 32.5% (34.0% at the uncorrected barrier ln(125/150)).
 */
class CdpSingleVaultTest {
    private static final int PATHS = 50_000;
    private static final double SPOT = 75.0;
    private static double[] lowestClose;
    private static PathOutcomes outcomes;

    static Scenario singleVault(int paths) {
        DebtSystem debt = new DebtSystem(
                TestScenarios.SPAN,
                "DAI",
                List.of(new VaultGroup(TestScenarios.SPAN, 1_000, 1.5, 10_000.0)),
                0.0,
                1.25,
                0.13,
                100_000_000.0,
                100.0,
                new Oracle(TestScenarios.SPAN, Oracle.Source.GOLD, 0.0),
                Optional.empty(),
                0.0);
        return TestScenarios.reference(paths, 20260116L)
                .withGold(
                        new Gold(TestScenarios.SPAN, SPOT, new GoldModel.Gbm(TestScenarios.SPAN, 0.0, 0.18), List.of()))
                .withDebt(debt);
    }

    @BeforeAll
    static void runFiftyThousandPaths() {
        Scenario scenario = singleVault(PATHS);
        lowestClose = new double[PATHS];
        Arrays.fill(lowestClose, Double.POSITIVE_INFINITY);
        DayObserver lowest = (day, snapshot) -> {
            if (day > 0) {
                double[] gold = snapshot.gold();
                for (int p = 0; p < gold.length; p++) {
                    lowestClose[p] = Math.min(lowestClose[p], gold[p]);
                }
            }
        };
        outcomes = new Simulator(scenario, new ReferenceRulesOracle(), StochasticGold.of(scenario))
                .run(2, lowest)
                .outcomes();
    }

    @Test
    void theShareOfPathsWithALiquidationIsTheCorrectedFirstPassageProbability() {
        double s = 0.18;
        double nu = -0.5 * s * s;
        double b = Math.log(125.0 / 150.0) - 0.5826 * s * Math.sqrt(1.0 / 365.0);
        double corrected = normal((b - nu) / s) + Math.exp(2 * nu * b / (s * s)) * normal((b + nu) / s);
        assertThat(corrected).isBetween(0.324, 0.326);

        long liquidated = Arrays.stream(outcomes.column("vaults_liquidated"))
                .filter(v -> v > 0)
                .count();
        double share = (double) liquidated / PATHS;
        double standardError = Math.sqrt(corrected * (1 - corrected) / PATHS);
        assertThat(Math.abs(share - corrected))
                .as("share %s against %s, standard error %s", share, corrected, standardError)
                .isLessThan(4 * standardError);
    }

    @Test
    void aPathLiquidatesIfAndOnlyIfItsLowestDailyCloseIsAtOrBelowTheBarrier() {
        double barrier = SPOT * 125.0 / 150.0;
        int both = 0;
        for (int p = 0; p < PATHS; p++) {
            boolean liquidated = outcomes.value(p, "vaults_liquidated") > 0;
            boolean touched = lowestClose[p] <= barrier;
            assertThat(liquidated)
                    .as("path %d, lowest close %s", p, lowestClose[p])
                    .isEqualTo(touched);
            both += liquidated ? 1 : 0;
            // every vault of a path goes at once, and with unlimited depth at the gold price the
            // penalty is raised in full: no bad debt
            assertThat(outcomes.value(p, "vaults_liquidated")).isIn(0.0, 1_000.0);
            assertThat(outcomes.value(p, "bad_debt")).isZero();
        }
        assertThat(both).isBetween(PATHS / 4, PATHS / 2);
    }

    /**
     * The standard normal distribution function, from Abramowitz and Stegun 26.2.17 (absolute
     * error below 7.5e-8, far below the test's standard error of 0.002).
     */
    static double normal(double x) {
        double t = 1 / (1 + 0.2316419 * Math.abs(x));
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        double upper = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * poly;
        return x >= 0 ? 1 - upper : upper;
    }
}
