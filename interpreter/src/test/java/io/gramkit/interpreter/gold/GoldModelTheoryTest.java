package io.gramkit.interpreter.gold;

import static io.gramkit.interpreter.gold.GoldRuns.DT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gramkit.interpreter.TestScenarios;
import io.gramkit.model.GoldModel;
import io.gramkit.model.PriceHistory;
import io.gramkit.model.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each model's paths against its theory, on seeded runs. Every tolerance is four standard errors
 * of the statistic (a seeded run that misses by more is a bug, not bad luck: the chance is about
 * 6 in 100,000); each test says where its standard error comes from.
 */
class GoldModelTheoryTest {
    private static final double Z = 4;

    @Test
    void gbmLogReturnsHaveTheStatedMeanAndVariance() {
        double mu = 0.05;
        double sigma = 0.20;
        Scenario s = GoldRuns.scenario(new GoldModel.Gbm(TestScenarios.SPAN, mu, sigma), List.of(), 365, 1000, 11);
        double[][] r = GoldRuns.logReturns(s, 1);
        long n = GoldRuns.count(r);
        // iid normal returns: SE(mean) = sigma*sqrt(dt)/sqrt(n), SE(variance) = sigma^2*dt*sqrt(2/n).
        double variance = sigma * sigma * DT;
        assertThat(GoldRuns.mean(r)).isCloseTo((mu - 0.5 * sigma * sigma) * DT, within(Z * Math.sqrt(variance / n)));
        assertThat(GoldRuns.variance(r)).isCloseTo(variance, within(Z * variance * Math.sqrt(2.0 / n)));
    }

    @Test
    void studentTReturnsHaveTheStatedVolatilityAndTheTheoreticalExcessKurtosis() {
        double nu = 10;
        double sigma = 0.18;
        Scenario s =
                GoldRuns.scenario(new GoldModel.StudentT(TestScenarios.SPAN, 0.0, sigma, nu), List.of(), 365, 2000, 12);
        double[][] r = GoldRuns.logReturns(s, 1);
        // Kurtosis of Student-t(nu): 3 + 6/(nu - 4). Its sample SE needs the 8th moment (finite for
        // nu > 8); rather than the long formula, the SE comes from 40 batches of independent paths.
        double[] kurtosis = GoldRuns.batchMeans(r, 40, GoldRuns::excessKurtosis);
        assertThat(kurtosis[0]).isCloseTo(6 / (nu - 4), within(Z * kurtosis[1]));
        double[] variance = GoldRuns.batchMeans(r, 40, GoldRuns::variance);
        assertThat(variance[0]).isCloseTo(sigma * sigma * DT, within(Z * variance[1]));
        // Fat tails, visibly: moves beyond 4 standard deviations are far more frequent than normal ones (6e-5).
        long beyond = java.util.Arrays.stream(r)
                .flatMapToDouble(java.util.Arrays::stream)
                .filter(x -> Math.abs(x) > 4 * sigma * Math.sqrt(DT))
                .count();
        assertThat((double) beyond / GoldRuns.count(r)).isGreaterThan(10 * 6.3e-5);
    }

    @Test
    void jumpCountsPerYearMatchTheIntensityAndTheDriftIsCompensated() {
        double lambda = 5;
        double jumpMean = -0.10;
        double mu = 0.03;
        int paths = 2000;
        Scenario s = GoldRuns.scenario(
                new GoldModel.JumpDiffusion(TestScenarios.SPAN, mu, 0.10, lambda, jumpMean, 0.01),
                List.of(),
                365,
                paths,
                13);
        double[][] r = GoldRuns.logReturns(s, 1);
        // A day's diffusion has sd 0.10*sqrt(dt) = 0.52%, a jump is -10% +- 1%: returns below -5% are
        // exactly the jump days (either side misclassifies with probability below 1e-6).
        long jumpDays = 0;
        double jumpSum = 0;
        for (double[] path : r) {
            for (double x : path) {
                if (x < -0.05) {
                    jumpDays++;
                    jumpSum += x;
                }
            }
        }
        long days = GoldRuns.count(r);
        double p = 1 - Math.exp(-lambda * DT); // P(at least one jump on a day)
        // Independent days: the count is binomial, SE = sqrt(n p (1 - p)).
        assertThat((double) jumpDays).isCloseTo(days * p, within(Z * Math.sqrt(days * p * (1 - p))));
        assertThat(jumpDays / (double) paths).as("jump days per path-year").isCloseTo(lambda, within(0.2));
        // Mean size of a jump day: jumpMean (plus a negligible drift and the rare double jump).
        assertThat(jumpSum / jumpDays).isCloseTo(jumpMean, within(Z * 0.01 / Math.sqrt((double) jumpDays) + 0.001));
        // Compensation: E[G_T / G_0] = exp(mu * T); SE from the sample sd of the iid path ratios.
        double[] ratio = java.util.Arrays.stream(GoldRuns.prices(s))
                .mapToDouble(path -> path[364] / 75.0)
                .toArray();
        double mean = java.util.Arrays.stream(ratio).average().orElseThrow();
        double sd = Math.sqrt(
                java.util.Arrays.stream(ratio).map(x -> (x - mean) * (x - mean)).sum() / (paths - 1));
        assertThat(mean).isCloseTo(Math.exp(mu * 365 * DT), within(Z * sd / Math.sqrt(paths)));
    }

    @Test
    void garchHasItsUnconditionalVarianceAndAutocorrelatedSquaredReturns() {
        double alpha = 0.10;
        double beta = 0.80;
        double sigma = 0.20;
        Scenario s = GoldRuns.scenario(
                GoldModel.Garch.normal(TestScenarios.SPAN, 0.0, sigma, alpha, beta), List.of(), 730, 2000, 14);
        double[][] r = GoldRuns.logReturns(s, 1);
        // Unconditional variance omega / (1 - alpha - beta) = sigma^2 * dt. Theoretical autocorrelation
        // of squared returns (Bollerslev 1988): rho_1 = alpha (1 - alpha beta - beta^2) / (1 - 2 alpha beta
        // - beta^2), rho_k = rho_1 (alpha + beta)^(k-1). With these parameters the 8th moment is finite
        // (E[(alpha z^2 + beta)^4] = 0.79 < 1), so the sample autocorrelation has a finite variance; its
        // SE comes from 40 batches of independent paths.
        double rho1 = alpha * (1 - alpha * beta - beta * beta) / (1 - 2 * alpha * beta - beta * beta);
        double[] variance = GoldRuns.batchMeans(r, 40, GoldRuns::variance);
        assertThat(variance[0]).isCloseTo(sigma * sigma * DT, within(Z * variance[1]));
        double[] lag1 = GoldRuns.batchMeans(r, 40, v -> GoldRuns.squaredAutocorrelation(v, 1));
        double[] lag5 = GoldRuns.batchMeans(r, 40, v -> GoldRuns.squaredAutocorrelation(v, 5));
        assertThat(lag1[0]).isCloseTo(rho1, within(Z * lag1[1]));
        assertThat(lag5[0]).isCloseTo(rho1 * Math.pow(alpha + beta, 4), within(Z * lag5[1]));
        // A GBM of the same volatility has none.
        Scenario gbm = GoldRuns.scenario(new GoldModel.Gbm(TestScenarios.SPAN, 0.0, sigma), List.of(), 730, 400, 14);
        assertThat(GoldRuns.squaredAutocorrelation(GoldRuns.logReturns(gbm, 1), 1))
                .isCloseTo(0, within(0.01));
    }

    @Test
    void garchWithStudentTInnovationsKeepsItsUnconditionalVariance() {
        double sigma = 0.18;
        Scenario s = GoldRuns.scenario(
                new GoldModel.Garch(TestScenarios.SPAN, 0.0, sigma, 0.05, 0.90, 8.0), List.of(), 730, 2000, 15);
        double[][] r = GoldRuns.logReturns(s, 1);
        double[] variance = GoldRuns.batchMeans(r, 40, GoldRuns::variance); // SE from batches, as above
        assertThat(variance[0]).isCloseTo(sigma * sigma * DT, within(Z * variance[1]));
        double[] kurtosis = GoldRuns.batchMeans(r, 40, GoldRuns::excessKurtosis);
        assertThat(kurtosis[0]).as("fatter than the t(8) alone (1.5)").isGreaterThan(1.5);
    }

    @Test
    void regimesSpendTheTheoreticalTimeInEachStateAndSwitchAsOftenAsExpected() {
        double p = 0.02;
        double q = 0.10;
        int horizon = 365;
        int paths = 2000;
        GoldModel.RegimeSwitching model = new GoldModel.RegimeSwitching(
                TestScenarios.SPAN, new GoldModel.Regime(0.05, 0.10), new GoldModel.Regime(-0.20, 0.40), p, q);
        Scenario s = GoldRuns.scenario(model, List.of(), horizon, paths, 16);
        GoldPath[] gold = StochasticGold.of(s).paths(paths);
        double[] stressedShare = new double[paths];
        double[] switches = new double[paths];
        List<Double> stressedReturns = new ArrayList<>();
        for (int i = 0; i < paths; i++) {
            RegimeGold.Path path = (RegimeGold.Path) gold[i];
            boolean before = false;
            for (int day = 1; day <= horizon; day++) {
                path.advance(day);
                if (path.stressed()) {
                    stressedShare[i]++;
                    stressedReturns.add(Math.log(path.factor()));
                }
                if (path.stressed() != before) {
                    switches[i]++;
                }
                before = path.stressed();
            }
            stressedShare[i] /= horizon;
        }
        // Exact expectations from the chain started calm: P(stressed on day t) = pi (1 - (1-p-q)^t),
        // pi = p/(p+q); expected switches on day t = P(calm on t-1) p + P(stressed on t-1) q.
        double pi = p / (p + q);
        double expectedShare = 0;
        double expectedSwitches = 0;
        for (int t = 1; t <= horizon; t++) {
            double stressedBefore = pi * (1 - Math.pow(1 - p - q, t - 1));
            expectedSwitches += (1 - stressedBefore) * p + stressedBefore * q;
            expectedShare += pi * (1 - Math.pow(1 - p - q, t)) / horizon;
        }
        // Paths are iid: SE = sample sd / sqrt(paths).
        assertThat(mean(stressedShare)).isCloseTo(expectedShare, within(Z * sd(stressedShare) / Math.sqrt(paths)));
        assertThat(mean(switches)).isCloseTo(expectedSwitches, within(Z * sd(switches) / Math.sqrt(paths)));
        // Stressed days have the stressed volatility: SE(variance) = var * sqrt(2/n) for normal returns.
        double[][] stressed = {
            stressedReturns.stream().mapToDouble(Double::doubleValue).toArray()
        };
        double v = 0.40 * 0.40 * DT;
        assertThat(GoldRuns.variance(stressed)).isCloseTo(v, within(Z * v * Math.sqrt(2.0 / stressed[0].length)));
    }

    @Test
    void bootstrapBlocksHaveTheStatedMeanLengthAndReplayTheSeriesReturns() {
        double meanBlock = 20;
        PriceHistory history = dailyHistory(500, 17);
        Scenario s = GoldRuns.scenario(
                new GoldModel.Bootstrap(TestScenarios.SPAN, history, meanBlock), List.of(), 365, 1000, 18);
        BootstrapGold source = (BootstrapGold) StochasticGold.of(s);
        double[] returns = source.dailyReturns();
        GoldPath[] gold = source.paths(s.paths());
        long newBlocks = 0;
        long days = 0;
        for (GoldPath g : gold) {
            BootstrapGold.Path path = (BootstrapGold.Path) g;
            int previous = -1;
            for (int day = 1; day <= 365; day++) {
                path.advance(day);
                assertThat(Math.log(path.factor())).isCloseTo(returns[path.index()], within(1e-15));
                if (day > 1) {
                    days++;
                    if (path.index() != (previous + 1) % returns.length) {
                        newBlocks++;
                    }
                }
                previous = path.index();
            }
        }
        // Each day after the first starts a block with probability 1/L, independently; a new block that
        // happens to start at the next index (probability 1/n) looks like a continuation. Binomial SE.
        double rate = (1.0 / meanBlock) * (1 - 1.0 / returns.length);
        assertThat((double) newBlocks).isCloseTo(days * rate, within(Z * Math.sqrt(days * rate * (1 - rate))));
        assertThat((double) days / newBlocks).as("mean block length").isCloseTo(meanBlock, within(1.0));
    }

    @Test
    void bootstrapRescalesAMonthlySeriesToCalendarDays() {
        PriceHistory monthly = monthlyHistory(600, 19);
        double[] raw = monthly.logReturns();
        double mean = java.util.Arrays.stream(raw).average().orElseThrow();
        double var =
                java.util.Arrays.stream(raw).map(x -> (x - mean) * (x - mean)).sum() / raw.length;
        Scenario s =
                GoldRuns.scenario(new GoldModel.Bootstrap(TestScenarios.SPAN, monthly, 5), List.of(), 365, 1000, 20);
        double[][] r = GoldRuns.logReturns(s, 1);
        // Annualised mean and variance are kept: daily mean = mean*12/365, daily variance = var*12/365.
        // SEs from 40 batches of independent paths (block sampling makes days within a path dependent).
        double[] m = GoldRuns.batchMeans(r, 40, GoldRuns::mean);
        double[] v = GoldRuns.batchMeans(r, 40, GoldRuns::variance);
        assertThat(m[0]).isCloseTo(mean * 12 / 365, within(Z * m[1]));
        assertThat(v[0]).isCloseTo(var * 12 / 365, within(Z * v[1]));
    }

    /** Prices on consecutive calendar days with distinct returns, 365 observations a year. */
    static PriceHistory dailyHistory(int size, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        List<LocalDate> dates = new ArrayList<>();
        double[] prices = new double[size];
        double price = 1800;
        for (int i = 0; i < size; i++) {
            dates.add(LocalDate.of(2000, 1, 1).plusDays(i));
            price *= Math.exp(0.01 * (random.nextDouble() - 0.5));
            prices[i] = price;
        }
        return new PriceHistory(TestScenarios.SPAN, "daily.csv", dates, prices, 365);
    }

    static PriceHistory monthlyHistory(int size, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        List<LocalDate> dates = new ArrayList<>();
        double[] prices = new double[size];
        double price = 35;
        for (int i = 0; i < size; i++) {
            dates.add(LocalDate.of(1971, 1, 1).plusMonths(i));
            price *= Math.exp(0.006 + 0.05 * (random.nextDouble() - 0.5));
            prices[i] = price;
        }
        return new PriceHistory(TestScenarios.SPAN, "monthly.csv", dates, prices, 12);
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).average().orElseThrow();
    }

    private static double sd(double[] values) {
        double m = mean(values);
        return Math.sqrt(
                java.util.Arrays.stream(values).map(x -> (x - m) * (x - m)).sum() / (values.length - 1));
    }
}
