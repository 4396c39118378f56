package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.interpreter.RuleChanges;
import io.gramkit.model.Extensions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Extensions written in .gram text reach the run: responses on long gold moves, library levels. */
class ExtensionSyntaxTest {
    private static final String HEAD = """
            scenario "NAME" {
              horizon 90 days
              paths 50
              seed 3
              gold {
                spot 75 USD/g
                model gbm drift 0% vol 18%
                shock "Crash" drop 20% over 5 days at day 10
              }
            """;

    @Test
    void aResponseOnAGoldMoveOverManyDaysKeepsThatMuchHistory() {
        String text = HEAD.replace("NAME", "Long look-back") + """
                  token {
                    supply 1,000,000
                    reserves 950,000 g gold, 4,125,000 USD cash
                  }
                  policy circuit breaker {
                    when gold move over 30 days < -10% then halt redemptions
                    when gold move over 30 days >= -2% then resume redemptions
                  }
                }
                """;
        GramRun run = Gram.parse("long-lookback.gram", text, Path.of(".")).run();
        Extensions extensions = run.result().scenario().extensions();
        assertThat(extensions.goldLookbackDays()).isEqualTo(30);
        assertThat(run.outcomes().size()).isEqualTo(50);
    }

    @Test
    void anExplicitLookbackLongerThanTheResponsesIsKept() {
        String text = HEAD.replace("NAME", "Explicit look-back") + """
                  token {
                    supply 1,000,000
                    reserves 950,000 g gold
                    gold lookback 60 days
                  }
                  policy circuit breaker {
                    when gold move over 30 days < -10% then halt redemptions
                  }
                }
                """;
        assertThat(Gram.parse("explicit.gram", text, Path.of("."))
                        .run()
                        .result()
                        .scenario()
                        .extensions()
                        .goldLookbackDays())
                .isEqualTo(60);
    }

    @Test
    void theLibraryCircuitBreakerWrittenInTheScenarioHaltsRedemptions() {
        String breaker = """
                  policy circuit breaker {
                    pause redemptions for 200 days after gold falls 10% over 5 days
                  }
                  rules "BREAKER"
                """.replace("BREAKER", path("rules/library/circuit-breaker.drl"));
        String text = HEAD.replace("NAME", "Library breaker") + """
                  token {
                    supply 1,000,000
                    reserves 950,000 g gold, 4,125,000 USD cash
                    feed lag 1 day
                    settlement delay 2 days
                  }
                  rules "REFERENCE"
                BREAKER}
                """.replace("REFERENCE", path("rules/reference"));
        GramRun run = Gram.parse("breaker.gram", text.replace("BREAKER", breaker), Path.of("."))
                .run();
        GramRun unbroken = Gram.parse("unbroken.gram", text.replace("BREAKER", ""), Path.of("."))
                .run();

        Extensions extensions = run.result().scenario().extensions();
        assertThat(extensions.circuitBreaker()).isPresent();
        assertThat(extensions.feedLag()).isPresent();
        assertThat(run.pathsTable().columnNames()).contains("redemptions_open", "queue");
        // The crash (20% over days 10-14) trips the breaker on every path once, and the 200-day
        // pause outlasts the 90-day horizon, so nothing resumes.
        assertThat(run.result().ruleChanges())
                .contains(
                        new RuleChanges("Pause redemptions after a sharp fall in gold", 50),
                        new RuleChanges("Resume redemptions when the pause is over", 0));
        assertThat(run.outcomes().extensionColumns()).contains("redemptions_open");
        for (int path = 0; path < 50; path++) {
            assertThat(run.outcomes().value(path, "redemptions_open"))
                    .as("path %d is closed at the horizon", path)
                    .isEqualTo(0.0);
        }
        // Closed, nothing is served and the unmet demand keeps a discount, so nothing is minted
        // either: supply stands still from day 30 on. Without the breaker it keeps moving, as
        // holders redeem and, once the peg is back, new tokens are minted.
        assertThat(run.dailyBands().band("supply", 90))
                .containsExactly(run.dailyBands().band("supply", 30));
        assertThat(unbroken.dailyBands().band("supply", 90))
                .isNotEqualTo(unbroken.dailyBands().band("supply", 30));
    }

    private static String path(String file) {
        return Repository.file(file).toString().replace('\\', '/');
    }
}
