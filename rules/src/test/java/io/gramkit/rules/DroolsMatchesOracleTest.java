package io.gramkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.interpreter.PathState;
import io.gramkit.interpreter.PathStateAccess;
import io.gramkit.interpreter.ReferenceRulesOracle;
import io.gramkit.interpreter.ResponseSession;
import io.gramkit.model.MintingPolicy;
import io.gramkit.model.RedemptionPolicy;
import io.gramkit.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packaged reference rules and the plain-Java oracle make the same decisions, with the same
 * counts, on many random end-of-day states over many days of one session each: enough days that
 * Drools compiles its constraints to bytecode midway, and values at and one ulp either side of
 * every threshold.
 */
class DroolsMatchesOracleTest {
    private static final int PATHS = 2_000;
    private static final int DAYS = 40;

    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("reference levels", TestScenarios.reference(), 20260101L),
                Arguments.of(
                        "other levels",
                        TestScenarios.with(
                                new RedemptionPolicy(TestScenarios.SPAN, 0.001, 0.03, 0.02, 0.015, 0.05),
                                new MintingPolicy(TestScenarios.SPAN, 1.1)),
                        7L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void sameDecisionsAndCounts(String label, Scenario scenario, long seed) {
        DroolsRules drools = DroolsRules.packagedReference();
        ReferenceRulesOracle oracle = new ReferenceRulesOracle();
        assertThat(drools.ruleNames()).isEqualTo(oracle.ruleNames());
        SplittableRandom random = new SplittableRandom(seed);
        List<PathState> viaDrools = new ArrayList<>();
        List<PathState> viaOracle = new ArrayList<>();
        for (int path = 0; path < PATHS; path++) {
            double fee = random.nextBoolean() ? scenario.redemption().baseFee() : random.nextDouble(0, 0.05);
            boolean minting = random.nextBoolean();
            viaDrools.add(PathState.endOfDay(path, 0, 0, 1, fee, minting));
            viaOracle.add(PathState.endOfDay(path, 0, 0, 1, fee, minting));
        }
        long[] droolsChanges = new long[4];
        long[] oracleChanges = new long[4];
        try (ResponseSession droolsSession = drools.open(scenario, viaDrools);
                ResponseSession oracleSession = oracle.open(scenario, viaOracle)) {
            for (int day = 1; day <= DAYS; day++) {
                for (int path = 0; path < PATHS; path++) {
                    double discount = discount(random, scenario.redemption());
                    double coverage = coverage(random, scenario.minting());
                    PathStateAccess.closeDay(viaDrools.get(path), day, discount, coverage);
                    PathStateAccess.closeDay(viaOracle.get(path), day, discount, coverage);
                }
                droolsSession.respond(day, droolsChanges);
                oracleSession.respond(day, oracleChanges);
                for (int path = 0; path < PATHS; path++) {
                    PathState expected = viaOracle.get(path);
                    PathState actual = viaDrools.get(path);
                    assertThat(actual.fee())
                            .as("fee on path %d, day %d", path, day)
                            .isEqualTo(expected.fee());
                    assertThat(actual.mintingEnabled())
                            .as("minting on path %d, day %d", path, day)
                            .isEqualTo(expected.mintingEnabled());
                }
            }
            assertThat(droolsChanges).containsExactly(oracleChanges);
            assertThat(((DroolsSession) droolsSession).firings()).containsExactly(droolsChanges);
        }
        assertThat(droolsChanges).as("every rule changed something").doesNotContain(0L);
    }

    /** Often a threshold or a neighbour of one; otherwise anywhere from on peg to a deep discount. */
    private static double discount(SplittableRandom random, RedemptionPolicy levels) {
        return switch (random.nextInt(8)) {
            case 0 -> near(random, levels.wideDiscount());
            case 1 -> near(random, levels.calmDiscount());
            case 2 -> 0.0;
            default -> random.nextDouble(0, 2 * levels.wideDiscount());
        };
    }

    private static double coverage(SplittableRandom random, MintingPolicy levels) {
        return random.nextInt(4) == 0
                ? near(random, levels.minimumCoverage())
                : random.nextDouble(0.9, 1.1) * levels.minimumCoverage();
    }

    private static double near(SplittableRandom random, double threshold) {
        return switch (random.nextInt(3)) {
            case 0 -> Math.nextDown(threshold);
            case 1 -> threshold;
            default -> Math.nextUp(threshold);
        };
    }
}
