package io.gramkit.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.interpreter.debt.DebtIdentities;
import io.gramkit.interpreter.gold.StochasticGold;
import io.gramkit.model.Gold;
import io.gramkit.model.GoldModel;
import io.gramkit.model.Scenario;
import io.gramkit.model.Shock;
import io.gramkit.model.debt.AuctionDepth;
import io.gramkit.model.debt.Borrowing;
import io.gramkit.model.debt.DebtLevels;
import io.gramkit.model.debt.DebtSystem;
import io.gramkit.model.debt.HolderAction;
import io.gramkit.model.debt.Oracle;
import io.gramkit.model.debt.VaultGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The debt block inside whole runs: it leaves the token's numbers as they were, its accounting
 * identities hold on every path-day of random scenarios with every lever pulled at random, and
 * its results do not depend on the number of threads.
 */
class DebtRunsTest {
    /** A random debt block over a volatile gold market (seeded: the same scenario every time). */
    static Scenario randomScenario(long seed, int paths) {
        SplittableRandom r = new SplittableRandom(seed);
        double ratio = 1.0 + 0.6 * r.nextDouble();
        List<VaultGroup> groups = new ArrayList<>();
        int count = 1 + r.nextInt(6);
        double smallest = Double.POSITIVE_INFINITY;
        for (int g = 0; g < count; g++) {
            double debt = 100 + 9_900 * r.nextDouble();
            smallest = Math.min(smallest, debt);
            groups.add(new VaultGroup(
                    TestScenarios.SPAN, 1 + r.nextInt(1_000), ratio + 0.01 + 1.5 * r.nextDouble(), debt));
        }
        double initial = groups.stream().mapToDouble(VaultGroup::debt).sum();
        Optional<AuctionDepth> depth = switch (r.nextInt(4)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(new AuctionDepth(TestScenarios.SPAN, 0.0));
            default -> Optional.of(new AuctionDepth(TestScenarios.SPAN, initial / 75.0 * r.nextDouble() / 20));
        };
        DebtSystem system = new DebtSystem(
                TestScenarios.SPAN,
                "DAI",
                groups,
                r.nextBoolean() ? 0.0 : 0.2 * r.nextDouble(),
                ratio,
                0.2 * r.nextDouble(),
                initial * (0.5 + 1.5 * r.nextDouble()),
                smallest * r.nextDouble(),
                new Oracle(
                        TestScenarios.SPAN,
                        r.nextBoolean() ? Oracle.Source.GOLD : Oracle.Source.MARKET,
                        r.nextBoolean() ? 0.0 : 3 * r.nextDouble()),
                depth,
                0.05 * initial * r.nextDouble());
        if (r.nextBoolean()) {
            double alert = ratio + 0.05 + 0.3 * r.nextDouble();
            system = system.withHolders(new HolderAction(
                    TestScenarios.SPAN,
                    alert,
                    alert + 0.05 + 0.5 * r.nextDouble(),
                    r.nextDouble(),
                    r.nextBoolean() ? HolderAction.Kind.REPAY : HolderAction.Kind.ADD_COLLATERAL));
        }
        if (r.nextBoolean()) {
            system = system.withBorrowing(
                    new Borrowing(TestScenarios.SPAN, 0.01 * r.nextDouble(), ratio + 0.1 + r.nextDouble()));
        }
        system = system.withLevels(DebtLevels.NONE.withLiquidationRatio(
                new DebtLevels.LiquidationRatio(TestScenarios.SPAN, 0.1, 1 + r.nextInt(10), 0.05, 1.5)));
        Scenario base = TestScenarios.reference(paths, seed)
                .withHorizon(120)
                .withGold(new Gold(
                        TestScenarios.SPAN,
                        75.0,
                        new GoldModel.Gbm(TestScenarios.SPAN, 0.0, 0.2 + 0.6 * r.nextDouble()),
                        List.of(new Shock.Move(TestScenarios.SPAN, "Crash", -0.3 * r.nextDouble(), 3, 10))));
        return base.withDebt(system);
    }

    /** Pulls every debt lever at random, from a stream of its own per path-day (thread-independent). */
    static ScriptedRules randomLevers(long seed, ConcurrentLinkedQueue<String> broken) {
        return new ScriptedRules((day, state) -> {
            var book = state.debt();
            for (String identity : DebtIdentities.broken(book)) {
                broken.add("path " + state.path() + ", day " + day + ": " + identity);
            }
            SplittableRandom r = new SplittableRandom(seed * 1_000_003L + state.path() * 10_007L + day);
            book.oracleMoveOver(book.system().levels().lookbackDays());
            if (r.nextDouble() < 0.05) {
                book.setStabilityFee(r.nextDouble() * 0.3);
            }
            if (r.nextDouble() < 0.05) {
                book.setDebtCeiling(book.system().debtCeiling() * 2 * r.nextDouble());
            }
            if (r.nextDouble() < 0.05) {
                book.setLiquidationRatio(1.0 + r.nextDouble());
            }
            if (r.nextDouble() < 0.05) {
                book.setNewDebtAllowed(r.nextBoolean());
            }
            if (r.nextDouble() < 0.003) {
                book.setShutdown(true);
            }
        });
    }

    private static RunResult run(Scenario scenario, ResponseRules rules, int threads) {
        return new Simulator(scenario, rules, StochasticGold.of(scenario)).run(threads, DayObserver.NONE);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void identitiesHoldOnEveryPathDay(long seed) {
        ConcurrentLinkedQueue<String> broken = new ConcurrentLinkedQueue<>();
        Scenario scenario = randomScenario(seed, 40);

        RunResult result = run(scenario, randomLevers(seed, broken), 2);

        assertThat(broken).isEmpty();
        // the random scenarios do reach the code they test: liquidations on some seeds, bad debt on others
        assertThat(result.outcomes().column("debt")).hasSize(40);
    }

    @Test
    void theRandomScenariosLiquidateAndLeaveBadDebt() {
        double liquidated = 0;
        double bad = 0;
        for (long seed = 1; seed <= 12; seed++) {
            RunResult result = run(randomScenario(seed, 40), randomLevers(seed, new ConcurrentLinkedQueue<>()), 1);
            for (double v : result.outcomes().column("vaults_liquidated")) {
                liquidated += v;
            }
            for (double v : result.outcomes().column("bad_debt")) {
                bad += v;
            }
        }
        assertThat(liquidated).isPositive();
        assertThat(bad).isPositive();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 7})
    void resultsDoNotDependOnTheNumberOfThreads(long seed) {
        Scenario scenario = randomScenario(seed, 60);
        RunResult one = run(scenario, randomLevers(seed, new ConcurrentLinkedQueue<>()), 1);
        RunResult three = run(scenario, randomLevers(seed, new ConcurrentLinkedQueue<>()), 3);
        for (String column : one.outcomes().columns()) {
            assertThat(three.outcomes().column(column))
                    .as(column)
                    .containsExactly(one.outcomes().column(column));
        }
    }

    @Test
    void aDebtBlockLeavesTheTokensNumbersAsTheyWere() {
        Scenario reference = TestScenarios.reference(200, 20260101);
        Scenario withDebt = reference.withDebt(randomScenario(5, 200).debt().orElseThrow());

        RunResult without = run(reference, new ReferenceRulesOracle(), 2);
        RunResult with = run(withDebt, new ReferenceRulesOracle(), 2);

        assertThat(without.outcomes().columns()).isEqualTo(PathOutcomes.COLUMNS);
        assertThat(with.outcomes().columns()).startsWith(PathOutcomes.COLUMNS.toArray(String[]::new));
        for (String column : PathOutcomes.COLUMNS) {
            assertThat(with.outcomes().column(column))
                    .as(column)
                    .containsExactly(without.outcomes().column(column));
        }
    }
}
