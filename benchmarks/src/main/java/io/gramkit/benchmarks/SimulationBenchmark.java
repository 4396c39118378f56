package io.gramkit.benchmarks;

import io.gramkit.Gram;
import io.gramkit.interpreter.DayObserver;
import io.gramkit.interpreter.ReferenceRulesOracle;
import io.gramkit.interpreter.ResponseRules;
import io.gramkit.interpreter.RunResult;
import io.gramkit.interpreter.Simulator;
import io.gramkit.interpreter.gold.GbmGold;
import io.gramkit.model.RuleSource;
import io.gramkit.model.Scenario;
import io.gramkit.rules.DroolsRules;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One run of the reference scenario (365 days) with the Drools rules or the plain-Java oracle,
 * on one or two threads. Time per run divided into paths x 365 gives path-steps per second.
 * Run from the repository root: {@code java -jar benchmarks/target/benchmarks.jar Simulation}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class SimulationBenchmark {
    @Param({"10000"})
    int paths;

    @Param({"1", "2"})
    int threads;

    @Param({"drools", "java-oracle"})
    String rules;

    private Scenario scenario;
    private ResponseRules responseRules;

    @Setup
    public void setUp() {
        scenario = Gram.load(Path.of("scenario-library/reference-v1.gram"))
                .withPaths(paths)
                .scenario();
        responseRules = rules.equals("drools")
                ? DroolsRules.load(
                        scenario.rules().stream().map(RuleSource::path).toList())
                : new ReferenceRulesOracle();
    }

    @Benchmark
    public RunResult referenceRun() {
        return new Simulator(scenario, responseRules, new GbmGold(scenario)).run(threads, DayObserver.NONE);
    }
}
