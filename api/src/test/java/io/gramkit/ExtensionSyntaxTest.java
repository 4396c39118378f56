package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;

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
        String text = HEAD.replace("NAME", "Library breaker")
                + """
                  token {
                    supply 1,000,000
                    reserves 950,000 g gold, 4,125,000 USD cash
                    feed lag 1 day
                    settlement delay 2 days
                  }
                  policy circuit breaker {
                    pause redemptions for 200 days after gold falls 10% over 5 days
                  }
                  rules "REFERENCE"
                  rules "BREAKER"
                }
                """.replace(
                        "REFERENCE",
                        Repository.file("rules/reference").toString().replace('\\', '/')).replace(
                        "BREAKER",
                        Repository.file("rules/library/circuit-breaker.drl")
                                .toString()
                                .replace('\\', '/'));
        GramRun run = Gram.parse("breaker.gram", text, Path.of(".")).run();
        Extensions extensions = run.result().scenario().extensions();
        assertThat(extensions.circuitBreaker()).isPresent();
        assertThat(extensions.feedLag()).isPresent();
        assertThat(run.pathsTable().columnNames()).contains("redemptions_open", "queue");
    }
}
