package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.analysis.ObservedDays;
import io.gramkit.interpreter.DaySnapshot;
import io.gramkit.interpreter.Simulator;
import io.gramkit.interpreter.gold.StochasticGold;
import io.gramkit.model.Scenario;
import io.gramkit.model.policy.Observable;
import io.gramkit.model.policy.Observations;
import io.gramkit.model.policy.PathNumbers;
import io.gramkit.rules.DroolsRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Policy rules and report conditions read every word by one definition ({@link Observable}): on
 * every path-day of random scenarios with every extension on, what the rules' {@code TokenDay}
 * shows (the DRL a policy line compiles to) equals what a report condition measures. Without a
 * feed lag that is the true value; under a lag it is the {@code seen} value, and the seen gold
 * price and gold move are the true values of the lagged day.
 */
class ObservablesAgreementTest {
    private static final int PATHS = 12;
    private static final int HORIZON = 90;

    @TempDir
    Path folder;

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 8).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void withoutAFeedLagPoliciesAndReportsReadTheSameValues(long seed) throws IOException {
        Scenario scenario = scenario(seed, 0);
        ObservedDays report = new ObservedDays(RulesSaw.WINDOW);
        int[] compared = {0};
        run(scenario, (day, snapshot) -> {
            report.onDay(day, snapshot);
            if (day == 0) {
                return;
            }
            for (int path = 0; path < snapshot.paths(); path++) {
                Observations measured = report.at(path);
                for (Observable word : Observable.values()) {
                    int window = word == Observable.GOLD_MOVE ? RulesSaw.WINDOW : 0;
                    double truth = measured.value(word, window, false);
                    assertSame(RulesSaw.seen(path, day, word), truth, word, path, day);
                    // with no lag, seen and true are one value
                    assertSame(measured.value(word, window, true), truth, word, path, day);
                    compared[0]++;
                }
                // the coverage formula at today's price is the coverage the step computed
                assertSame(
                        Observable.coverageAt(numbers(snapshot, path), snapshot.gold()[path]),
                        snapshot.coverage()[path],
                        Observable.COVERAGE,
                        path,
                        day);
            }
        });
        assertThat(compared[0]).isEqualTo(HORIZON * PATHS * Observable.values().length);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void underAFeedLagPoliciesActOnTheSeenValueOfTheLaggedDay(long seed) throws IOException {
        int lag = 1 + (int) (seed % 3);
        Scenario scenario = scenario(seed, lag);
        ObservedDays report = new ObservedDays(RulesSaw.WINDOW);
        double[][] trueGold = new double[HORIZON + 1][];
        double[][] trueMove = new double[HORIZON + 1][PATHS];
        run(scenario, (day, snapshot) -> {
            report.onDay(day, snapshot);
            trueGold[day] = snapshot.gold().clone();
            for (int path = 0; path < snapshot.paths(); path++) {
                trueMove[day][path] = report.at(path).value(Observable.GOLD_MOVE, RulesSaw.WINDOW, false);
            }
            if (day == 0) {
                return;
            }
            int lagged = Math.max(0, day - lag);
            for (int path = 0; path < snapshot.paths(); path++) {
                Observations measured = report.at(path);
                for (Observable word : Observable.values()) {
                    int window = word == Observable.GOLD_MOVE ? RulesSaw.WINDOW : 0;
                    assertSame(RulesSaw.seen(path, day, word), measured.value(word, window, true), word, path, day);
                    if (!word.throughFeed()) {
                        assertSame(
                                measured.value(word, window, true),
                                measured.value(word, window, false),
                                word,
                                path,
                                day);
                    }
                }
                assertSame(
                        measured.value(Observable.GOLD_PRICE, 0, true),
                        trueGold[lagged][path],
                        Observable.GOLD_PRICE,
                        path,
                        day);
                assertSame(
                        measured.value(Observable.GOLD_MOVE, RulesSaw.WINDOW, true),
                        trueMove[lagged][path],
                        Observable.GOLD_MOVE,
                        path,
                        day);
            }
        });
    }

    private static void assertSame(double actual, double expected, Observable word, int path, int day) {
        assertThat(Double.compare(actual, expected))
                .as("'%s' on path %d, day %d: %s vs %s", word.words(), path, day, actual, expected)
                .isZero();
    }

    private void run(Scenario scenario, io.gramkit.interpreter.DayObserver observer) {
        RulesSaw.clear();
        new Simulator(scenario, DroolsRules.forScenario(scenario), StochasticGold.of(scenario)).run(1, observer);
    }

    /** Every extension and every library policy on, the reference and library rules, and the recording rule. */
    private Scenario scenario(long seed, int lag) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Path recorder = folder.resolve("record.drl");
        Files.writeString(recorder, RulesSaw.DRL);
        String text = String.format(
                Locale.ROOT,
                """
                scenario "Agreement %d" {
                  horizon %d days
                  paths %d
                  seed %d
                  gold {
                    spot 75 USD/g
                    model gbm drift 0%% vol %d%%
                    shock "Crash" drop %d%% over 3 days at day %d
                  }
                  token {
                    supply 1,000,000
                    reserves %d g gold, %d USD cash
                    settlement delay %d days
                    mint limit 1%% of supply per day
                    rebalancing spread 50 bp
                    custody fee 0.12%% per year
                    track fee revenue
                    reserve shortfall 3%% of gold at day %d
                    %s
                    treasury 5,000,000 USD
                    gold lookback 2 weeks
                  }
                  policy collateral {
                    coverage floor 95%%
                    emergency limit 0.5%% of supply
                    top up 1,000,000 USD per day
                  }
                  policy peg defence {
                    wide discount 2%%
                    calm discount 50 bp
                    tightened limit 1%% of supply
                    buyback discount 5%%
                    buyback budget 500,000 USD per day
                  }
                  policy rebalancing {
                    cash band 3%% to 8%% of liabilities
                    sell 5%% of gold per day
                    spend 5%% of cash per day
                  }
                  policy circuit breaker {
                    pause redemptions for 3 days after gold falls 10%% over 1 week
                  }
                  rules "%s"
                  rules "%s"
                  rules "%s"
                }
                """,
                seed,
                HORIZON,
                PATHS,
                seed,
                15 + random.nextInt(25),
                10 + random.nextInt(20),
                5 + random.nextInt(40),
                900_000 + random.nextInt(100_000),
                1_000_000 + random.nextInt(5_000_000),
                1 + random.nextInt(3),
                10 + random.nextInt(60),
                lag == 0 ? "" : "feed lag " + lag + (lag == 1 ? " day" : " days"),
                slashes(Repository.file("rules/reference")),
                slashes(Repository.file("rules/library")),
                slashes(recorder));
        return Gram.parse("agreement-" + seed + ".gram", text, folder).scenario();
    }

    private static String slashes(Path path) {
        return path.toAbsolutePath().toString().replace('\\', '/');
    }

    /** The snapshot's numbers on one path, without history (the coverage formula needs none). */
    private static PathNumbers numbers(DaySnapshot s, int path) {
        return ObservedDays.numbers(s, path, (p, days) -> s.gold()[p]);
    }
}
