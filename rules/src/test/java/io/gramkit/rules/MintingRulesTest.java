package io.gramkit.rules;

import static io.gramkit.interpreter.ReferenceRulesOracle.HALT_MINTING;
import static io.gramkit.interpreter.ReferenceRulesOracle.RESUME_MINTING;
import static io.gramkit.rules.TestScenarios.countsFor;
import static io.gramkit.rules.TestScenarios.respondOnce;
import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.interpreter.PathState;
import io.gramkit.model.MintingPolicy;
import io.gramkit.model.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** reference/minting.drl: which rule fires, and what changes, at and around minimum coverage. */
class MintingRulesTest {
    private static DroolsRules rules;

    @BeforeAll
    static void load() {
        rules = DroolsRules.load(List.of(Path.of("reference/minting.drl")));
    }

    @Test
    void declaresTheHaltRuleThenTheResumeRule() {
        assertThat(rules.ruleNames()).containsExactly(HALT_MINTING, RESUME_MINTING);
    }

    @ParameterizedTest(name = "coverage {0}, minting {1} -> minting {2} by ''{3}''")
    @CsvSource({
        // coverage,   minting before, minting after, rule that changed it
        "below 1.0,    true,           false,         " + HALT_MINTING,
        "0.5,          true,           false,         " + HALT_MINTING,
        "1.0,          true,           true,          ''",
        "above 1.0,    true,           true,          ''",
        "1.005,        true,           true,          ''",
        "below 1.0,    false,          false,         ''",
        "0.5,          false,          false,         ''",
        "1.0,          false,          true,          " + RESUME_MINTING,
        "above 1.0,    false,          true,          " + RESUME_MINTING,
        "1.5,          false,          true,          " + RESUME_MINTING,
    })
    void mintingFollowsFullCoverage(String coverage, boolean before, boolean after, String rule) {
        PathState state = PathState.endOfDay(0, 7, 0.0, value(coverage), 0.0025, before);

        TestScenarios.Day day = respondOnce(rules, TestScenarios.reference(), state);

        assertThat(state.mintingEnabled()).isEqualTo(after);
        long[] expected = rule.isEmpty() ? countsFor(rules) : countsFor(rules, rule);
        assertThat(day.changes()).containsExactly(expected);
        assertThat(day.firings())
                .as("a rule fires only when it changes the lever")
                .containsExactly(expected);
        assertThat(state.fee()).isEqualTo(0.0025);
    }

    @Test
    void theThresholdIsThePolicysMinimumCoverage() {
        Scenario stricter = TestScenarios.reference().withMinting(new MintingPolicy(TestScenarios.SPAN, 1.2));
        PathState minting = PathState.endOfDay(0, 3, 0.0, 1.1, 0.0025, true);
        PathState halted = PathState.endOfDay(1, 3, 0.0, 1.2, 0.0025, false);

        TestScenarios.Day day = respondOnce(rules, stricter, minting, halted);

        assertThat(minting.mintingEnabled()).isFalse();
        assertThat(halted.mintingEnabled()).isTrue();
        assertThat(day.changes()).containsExactly(countsFor(rules, HALT_MINTING, RESUME_MINTING));
    }

    @Test
    void countsEachPathThatChanged() {
        PathState[] states = {
            PathState.endOfDay(0, 12, 0.0, 0.99, 0.0025, true),
            PathState.endOfDay(1, 12, 0.0, 0.98, 0.0025, true),
            PathState.endOfDay(2, 12, 0.0, 0.97, 0.0025, false),
            PathState.endOfDay(3, 12, 0.0, 1.01, 0.0025, false),
        };

        TestScenarios.Day day = respondOnce(rules, TestScenarios.reference(), states);

        assertThat(states).extracting(PathState::mintingEnabled).containsExactly(false, false, false, true);
        assertThat(day.changes()).containsExactly(2, 1);
    }

    /** A number, or "below x" / "above x" for the doubles next to x. */
    static double value(String text) {
        if (text.startsWith("below ")) {
            return Math.nextDown(Double.parseDouble(text.substring(6)));
        } else if (text.startsWith("above ")) {
            return Math.nextUp(Double.parseDouble(text.substring(6)));
        }
        return Double.parseDouble(text);
    }
}
