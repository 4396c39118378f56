package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gramkit.diagnostic.InputException;
import io.gramkit.dsl.explain.ScenarioWriter;
import io.gramkit.model.settings.Settings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A setting declared only in the catalogue ({@code premium impact}) is read by the grammar,
 * resolved, explained, swept and used by the model without any code of its own besides its use.
 */
class DeclaredSettingTest {
    private static final String SCENARIO = """
            scenario "Premium impact" {
              horizon 60 days
              paths 40
              seed 5
              gold {
                spot 75 USD/g
                model gbm drift 0% vol 18%
              }
              token {
                supply 1,000,000
                reserves 950,000 g gold, 4,125,000 USD cash
                mint limit 0.1% of supply per day
                IMPACT
              }
            }
            """;

    @Test
    void theModelUsesTheWrittenValue() {
        GramRun kappa = Gram.parse("a.gram", SCENARIO.replace("IMPACT", ""), Path.of("."))
                .run();
        GramRun doubled = Gram.parse("b.gram", SCENARIO.replace("IMPACT", "premium impact 1"), Path.of("."))
                .run();
        assertThat(doubled.result().scenario().extensions().settings().value(Settings.PREMIUM_IMPACT))
                .isEqualTo(1.0);
        // Unmet mint demand does not depend on the premium, so p = (k*v)/S doubles exactly when k
        // goes from the market impact 0.5 to 1 (a multiplication by 2 is exact in binary).
        double[] p = kappa.outcomes().column("max_premium");
        double[] q = doubled.outcomes().column("max_premium");
        assertThat(java.util.Arrays.stream(p).max().orElse(0)).isPositive();
        for (int path = 0; path < p.length; path++) {
            assertThat(q[path]).isEqualTo(2 * p[path]);
        }
    }

    @Test
    void explainWritesItAndItCanBeSwept() {
        GramScenario scenario = Gram.parse("c.gram", SCENARIO.replace("IMPACT", "premium impact 0.75"), Path.of("."));
        assertThat(ScenarioWriter.write(scenario.scenario())).contains("    premium impact 0.75\n");
        GramGrid grid = Gram.parseGrid(
                "d.gram",
                SCENARIO.replace("IMPACT", "").replace("\n}\n", "\n  sweep premium impact in 0.25, 1\n}\n"),
                Path.of("."));
        assertThat(grid.points()).hasSize(2);
        assertThat(grid.points().get(1).scenario().extensions().settings().value(Settings.PREMIUM_IMPACT))
                .isEqualTo(1.0);
    }

    @Test
    void aWrongUnitOrBlockIsReportedAtTheSetting() {
        assertThatThrownBy(() -> Gram.parse("e.gram", SCENARIO.replace("IMPACT", "premium impact 2%"), Path.of(".")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("unexpected unit '%' for premium impact");
        String misplaced =
                SCENARIO.replace("IMPACT", "").replace("  token {", "  behaviour { premium impact 1 }\n  token {");
        assertThatThrownBy(() -> Gram.parse("f.gram", misplaced, Path.of(".")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("'premium impact' belongs in the token block, not in the behaviour block");
    }
}
