package io.gramkit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.diagnostic.SourceFile;
import io.gramkit.dsl.explain.ScenarioWriter;
import io.gramkit.model.SweepGrid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code gram explain}: the resolved scenario written back as text loads to the same scenario
 * (spans aside), grid points included, for every library scenario and accepted golden file.
 */
class ExplainTest {

    @TestFactory
    Stream<DynamicTest> explainedScenariosLoadToTheSameModel() throws IOException {
        List<Path> inputs = new ArrayList<>(Golden.inputs("accepted"));
        try (Stream<Path> library = Files.list(Repository.root().resolve("scenario-library"))) {
            library.filter(p -> p.toString().endsWith(".gram")).sorted().forEach(inputs::add);
        }
        return inputs.stream()
                .map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
                    SweepGrid original =
                            ScenarioLoader.loadGridAt(new SourceFile(input.toString(), Files.readString(input)), input);
                    String explained = ScenarioWriter.write(original);
                    SweepGrid again = ScenarioLoader.loadGridAt(new SourceFile("explained.gram", explained), input);

                    assertThat(SpanFreeComparison.differences(original.base(), again.base()))
                            .as(explained)
                            .isEmpty();
                    assertThat(again.points()).hasSameSizeAs(original.points());
                    for (int i = 0; i < original.points().size(); i++) {
                        assertThat(SpanFreeComparison.differences(
                                        original.points().get(i), again.points().get(i)))
                                .as("point %d of\n%s", i + 1, explained)
                                .isEmpty();
                    }
                    assertThat(ScenarioWriter.write(again))
                            .as("explaining twice")
                            .isEqualTo(explained);
                }));
    }

    @Test
    void oneDayIsWrittenInTheSingular() {
        SweepGrid grid = ScenarioLoader.loadGridAt(
                new SourceFile("one.gram", """
                scenario "One day" {
                  horizon 30 days
                  paths 10
                  seed 1
                  gold {
                    spot 75 USD/g
                    model gbm drift 0% vol 18%
                    shock "Crash" drop 30% over 1 day at day 10
                    shock "Spike" volatility x2 from day 12 for 5 days
                  }
                  token { supply 1,000,000  reserves 1 t gold }
                }
                """), Golden.root().resolve("accepted/one.gram"));

        assertThat(ScenarioWriter.write(grid))
                .contains("drop 30% over 1 day at day 10", "from day 12 for 5 days")
                .doesNotContain("1 days");
    }

    @Test
    void anImportedDescriptionStaysWithItsFile() {
        // base-scenario.gram describes itself; the scenario importing it is not that scenario.
        SweepGrid grid = ScenarioLoader.loadGridAt(
                new SourceFile("importing.gram", """
                scenario "Varied" {
                  import "../imports/base-scenario.gram"
                  policy redemption { fee 0.5% }
                }
                """), Golden.root().resolve("accepted/importing.gram"));

        assertThat(grid.base().description()).isEmpty();
        assertThat(ScenarioWriter.write(grid)).contains("description \"\"");
    }

    @Test
    void everyDefaultIsWrittenOut() {
        SweepGrid minimal = ScenarioLoader.loadGridAt(
                new SourceFile("m.gram", """
                scenario "Minimal" {
                  horizon 1 year
                  paths 10
                  seed 1
                  gold { spot 2,332.76 USD/oz  model gbm drift 0% vol 18% }
                  token { supply 1,000,000  reserves 1 t gold }
                }
                """), Golden.root().resolve("accepted/m.gram"));

        assertThat(ScenarioWriter.write(minimal))
                .contains(
                        "horizon 365 days",
                        "spot 74.9999755654326 USD/g",
                        "reserves 1,000,000 g gold",
                        "redemption base 0.1% per day, discount sensitivity 5, panic sensitivity 0.5",
                        "minting 0.3% per day at or above peg, keeping 95% as gold",
                        "market impact 0.5",
                        "fee 0.25%",
                        "raised fee 1%",
                        "wide discount 1%",
                        "calm discount 0.2%",
                        "daily limit 2% of supply",
                        "minimum coverage 100%",
                        "// no rules statement: the kit's packaged reference rules apply");
    }
}
