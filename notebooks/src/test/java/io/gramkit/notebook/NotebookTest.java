package io.gramkit.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gramkit.diagnostic.InputException;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The facade over the kit's API, on a small run of the reference scenario. */
class NotebookTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static NotebookScenario reference;
    private static NotebookRun run;

    @BeforeAll
    static void runReference() {
        System.setProperty("java.awt.headless", "true");
        reference = Notebook.load(Repository.reference()).paths(300).threads(2);
        run = reference.run();
    }

    @Test
    void warningsAreReturnedAndShownNotHidden() {
        // A shock after the horizon and a token under-covered at spot: gram check warns of both.
        NotebookScenario late = Notebook.parse("late.gram", """
                scenario "Late" {
                  horizon 30 days
                  paths 50
                  seed 1
                  gold {
                    spot 90 USD/g
                    model gbm drift 0% vol 18%
                    shock "Late drop" drop 10% over 2 days at day 60
                  }
                  token { supply 1,000,000  reserves 950,000 g gold, 4,125,000 USD cash }
                }
                """).threads(2);
        // G211 (the late shock), G230 (under-covered) and G231 (minting halted from day 0).
        assertThat(String.join("", late.warnings())).contains("[G211]", "[G230]", "[G231]");
        NotebookRun lateRun = late.run();
        assertThat(lateRun.warnings()).isEqualTo(late.warnings());
        assertThat(lateRun.text()).startsWith(lateRun.warnings().get(0));
        assertThat(lateRun.html().orElseThrow()).contains("after the horizon");
        assertThat(late.compare(late.label("again")).a().warnings()).isEqualTo(late.warnings());
        assertThat(reference.warnings()).isEmpty();
    }

    @Test
    void aRunShowsItsSummaryAsTablesAndAsTheCommandLinesText() {
        assertThat(run.html().orElseThrow()).contains("<table", "max discount above 1%", "Rule changes");
        assertThat(run.text()).isEqualTo(run.gram().summaryText());
    }

    @Test
    void fanChartsArePngImagesWithATextDescription() {
        Chart chart = run.fan("discount");

        byte[] png = chart.png().orElseThrow();
        assertThat(Arrays.copyOf(png, 8)).isEqualTo(PNG_SIGNATURE);
        assertThat(chart.text()).contains("discount", "day 365", "median");
        assertThat(run.fan("coverage", 0, 30).text()).contains("day 30");
        assertThatThrownBy(() -> run.fan("price")).hasMessageContaining("no quantity 'price'");
    }

    @Test
    void thePathsTableHasOneRowPerPathWithThePathsCsvColumns() {
        Table paths = run.paths();

        assertThat(paths.rowCount()).isEqualTo(300);
        assertThat(paths.columns()).startsWith("path", "gold_price", "supply");
        assertThat(paths.head(2).html().orElseThrow()).contains("<td style=\"text-align:right\">1</td>");
    }

    @Test
    void replaceEditsTheScenarioTextAndKeepsTheSettings() {
        NotebookScenario steeper = reference.replace("raised fee 1%", "raised fee 3%");

        assertThat(steeper.scenario().redemption().raisedFee()).isEqualTo(0.03);
        assertThat(steeper.scenario().paths()).isEqualTo(300);
        assertThat(steeper.source()).contains("raised fee 3%");
        assertThatThrownBy(() -> reference.replace("raised fee 7%", "x")).hasMessageContaining("occurs nowhere");
        assertThatThrownBy(() -> reference.replace("%", "x")).hasMessageContaining("more than once");
    }

    @Test
    void anEditThatBreaksTheScenarioReportsTheKitsDiagnostics() {
        assertThatThrownBy(() -> reference.replace("raised fee 1%", "raised fee lots"))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).render()).contains("reference-v1.gram (edited):"));
    }

    @Test
    void aMissingFileIsBadInput() {
        assertThatThrownBy(() -> Notebook.load("no-such-scenario.gram"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no-such-scenario.gram");
    }

    @Test
    void compareRunsBothPoliciesOnTheSamePaths() {
        NotebookScenario other = reference
                .seed(7)
                .paths(100)
                .replace("raised fee 1%", "raised fee 3%")
                .label("3%");

        Comparison comparison = reference.label("1%").compare(other);

        assertThat(comparison.b().gram().result().scenario().seed())
                .isEqualTo(comparison.a().gram().result().scenario().seed());
        assertThat(comparison.b().gram().outcomes().size()).isEqualTo(300);
        assertThat(comparison.shares().rowCount()).isEqualTo(3);
        assertThat(comparison.html().orElseThrow()).contains("<table", "1%", "3%", "95% interval");
        assertThat(comparison.fan("discount").png()).isPresent();
    }

    @Test
    void theSameScenarioComparedWithItselfDiffersNowhere() {
        Comparison comparison = reference.compare(reference);

        for (int row = 0; row < comparison.shares().rowCount(); row++) {
            assertThat(comparison.shares().row(row).get(3)).isEqualTo("+0.00 pp");
        }
    }

    @Test
    void theKitsOwnTypesHaveViews() {
        assertThat(Displayables.of(run.gram())).isPresent();
        assertThat(Displayables.of(run.gram().summary()).orElseThrow().text()).contains("Share of paths");
        assertThat(Displayables.of(run.gram().dailyBands()).orElseThrow().html().orElseThrow())
                .contains("discount_q50");
        assertThat(Displayables.of(run.gram().outcomes())).isPresent();
        assertThat(Displayables.of("text")).isEmpty();
    }
}
