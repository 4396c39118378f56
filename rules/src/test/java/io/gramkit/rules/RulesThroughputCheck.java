package io.gramkit.rules;

import io.gramkit.interpreter.PathState;
import io.gramkit.interpreter.PathStateAccess;
import io.gramkit.interpreter.ReferenceRulesOracle;
import io.gramkit.interpreter.ResponseRules;
import io.gramkit.interpreter.ResponseSession;
import io.gramkit.model.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Not a test (no timing assertions in the suite): measures respond() on one thread, the packaged
 * reference rules against the plain-Java oracle, on random end-of-day states. Run from the module
 * folder after {@code mvn -pl rules test-compile}:
 * {@code java -cp target/test-classes:target/classes:<test classpath> io.gramkit.rules.RulesThroughputCheck [paths] [days]}
 */
public final class RulesThroughputCheck {
    private RulesThroughputCheck() {}

    public static void main(String[] args) {
        int paths = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 365;
        Scenario scenario = TestScenarios.reference();
        long start = System.nanoTime();
        DroolsRules drools = DroolsRules.packagedReference();
        System.out.printf("build of the packaged reference rules: %.2f s%n", (System.nanoTime() - start) / 1e9);
        for (boolean independent : new boolean[] {false, true}) {
            for (int round = 1; round <= 3; round++) {
                run("drools", drools, scenario, paths, days, round, independent);
                run("oracle", new ReferenceRulesOracle(), scenario, paths, days, round, independent);
            }
        }
    }

    /**
     * Random states: by default each path's coverage walks in small steps and most days are calm,
     * so most path-days change nothing, as in a run; {@code independent} draws every day afresh
     * around the thresholds, so most path-days change a lever (a worst case).
     */
    private static void run(
            String label, ResponseRules rules, Scenario scenario, int paths, int days, int round, boolean independent) {
        SplittableRandom random = new SplittableRandom(round);
        List<PathState> states = new ArrayList<>();
        for (int path = 0; path < paths; path++) {
            states.add(PathState.endOfDay(path, 0, 0.0, 1.005, 0.0025, true));
        }
        long[] changes = new long[rules.ruleNames().size()];
        long inRules = 0;
        try (ResponseSession session = rules.open(scenario, states)) {
            for (int day = 1; day <= days; day++) {
                for (PathState state : states) {
                    double discount;
                    double coverage;
                    if (independent) {
                        discount = random.nextInt(10) == 0 ? random.nextDouble(0, 0.05) : random.nextDouble(0, 0.002);
                        coverage = 1.0 + (random.nextDouble() - 0.5) * 0.04;
                    } else {
                        discount = random.nextInt(50) == 0 ? random.nextDouble(0, 0.05) : random.nextDouble(0, 0.001);
                        coverage = state.coverage() + (random.nextDouble() - 0.5) * 0.002;
                    }
                    PathStateAccess.closeDay(state, day, discount, coverage);
                }
                long t0 = System.nanoTime();
                session.respond(day, changes);
                inRules += System.nanoTime() - t0;
            }
        }
        double steps = (double) paths * days;
        System.out.printf(
                "%s, %s states, round %d: %,d path-steps in %.2f s = %.2f M path-steps/s; changes %s (%.1f%% of path-days)%n",
                label,
                independent ? "independent" : "walking",
                round,
                (long) steps,
                inRules / 1e9,
                steps / (inRules / 1e3),
                Arrays.toString(changes),
                100.0 * Arrays.stream(changes).sum() / steps);
    }
}
