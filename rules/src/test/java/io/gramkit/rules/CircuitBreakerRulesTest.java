package io.gramkit.rules;

import static io.gramkit.rules.LibraryStates.BREAKER;
import static io.gramkit.rules.TestScenarios.countsFor;
import static io.gramkit.rules.TestScenarios.respondOnce;
import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.interpreter.PathState;
import io.gramkit.interpreter.PathStateAccess;
import io.gramkit.model.Extensions;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * library/circuit-breaker.drl: redemptions pause when gold has fallen 12.5% or more over 3 days
 * (87.5/100 - 1 = -0.125 exactly in doubles) and resume after 5 days of pause.
 */
class CircuitBreakerRulesTest {
    static final String PAUSE = "Pause redemptions after a sharp fall in gold";
    static final String RESUME = "Resume redemptions when the pause is over";
    private static DroolsRules rules;

    @BeforeAll
    static void load() {
        rules = LibraryStates.load("circuit-breaker.drl");
    }

    @Test
    void declaresThePauseRuleThenTheResumeRule() {
        assertThat(rules.ruleNames()).containsExactly(PAUSE, RESUME);
    }

    @ParameterizedTest(name = "gold {0} -> open {1}")
    @CsvSource({
        // gold prices of days 0.. (today last),   open tomorrow
        "100 100 100 100 87.5,                     false",
        "100 100 100 100 87.49,                    false",
        "100 100 100 100 87.50000000000001,        true",
        "100 100 100 100 50,                       false",
        // the fall is measured over the last 3 days only
        "100 87.5 87.5 87.5 87.5,                  true",
        "100 100 95 90 87.5,                       false",
        "90 100 100 100 100,                       true",
        // before day 0, day 0's price: a fall on day 1 counts
        "100 87.5,                                 false",
    })
    void pausesOnAFallOfTheTrippingSizeOverTheWindow(String prices, boolean open) {
        double[] gold = Arrays.stream(prices.trim().split(" +"))
                .mapToDouble(Double::parseDouble)
                .toArray();
        PathState state = PathStateAccess.goldPrices(LibraryStates.state(0, 0.0, 1.0), gold);

        TestScenarios.Day day =
                respondOnce(rules, LibraryStates.with(Extensions.NONE.withCircuitBreaker(BREAKER)), state);

        assertThat(state.redemptionsOpen()).isEqualTo(open);
        long[] expected = open ? countsFor(rules) : countsFor(rules, PAUSE);
        assertThat(day.changes()).containsExactly(expected);
        assertThat(day.firings()).containsExactly(expected);
    }

    @ParameterizedTest(name = "halted {0} days -> open {1}")
    @CsvSource({
        "1, false",
        "4, false",
        "5, true",
        "9, true",
    })
    void resumesAfterThePause(int daysHalted, boolean open) {
        PathState state = PathStateAccess.redemptions(
                PathStateAccess.goldPrices(LibraryStates.state(0, 0.0, 1.0), 100, 50, 50, 50, 50),
                0.02,
                1.0,
                false,
                daysHalted);

        TestScenarios.Day day =
                respondOnce(rules, LibraryStates.with(Extensions.NONE.withCircuitBreaker(BREAKER)), state);

        assertThat(state.redemptionsOpen()).isEqualTo(open);
        long[] expected = open ? countsFor(rules, RESUME) : countsFor(rules);
        assertThat(day.changes()).containsExactly(expected);
    }

    @Test
    void withoutBreakerLevelsNothingFires() {
        PathState state = PathStateAccess.goldPrices(LibraryStates.state(0, 0.0, 1.0), 100, 100, 100, 50);

        TestScenarios.Day day = respondOnce(rules, TestScenarios.reference(), state);

        assertThat(state.redemptionsOpen()).isTrue();
        assertThat(day.firings()).containsExactly(0, 0);
    }
}
