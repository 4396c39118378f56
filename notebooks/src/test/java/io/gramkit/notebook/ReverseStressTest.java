package io.gramkit.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gramkit.analysis.Crossing;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The reverse stress test of the notebook, on the zero-volatility reference (every path alike). */
class ReverseStressTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final String CONDITION = "share_max_discount_above_10pct >= 50%";

    @Test
    void everyCrossingIsTabledAndChartedAsInTheNotebook() {
        System.setProperty("java.awt.headless", "true");
        NotebookScenario flat = Notebook.load(Repository.reference())
                .replace("vol 18%", "vol 0%")
                .paths(2)
                .threads(1)
                .label("no volatility");
        ReverseStress search = flat.reverse("Two-day drop", CONDITION, 0.0, 0.30, 30, 4);

        // A 14% drop spirals, a 15% drop does not (the fee rule fires a day earlier), from about 18% on all do.
        assertThat(search.crossings()).extracting(Crossing::starts).containsExactly(true, false, true);
        assertThat(search.breakingSize())
                .hasValueSatisfying(size -> assertThat(size).isBetween(0.13, 0.14));
        assertThat(search.crossingsTable().rowCount()).isEqualTo(3);
        assertThat(search.html().orElseThrow()).contains("<table", "starts holding", "stops holding", "no volatility");
        assertThat(search.grid().rowCount()).isEqualTo(31);
        assertThat(search.grid(0.10, 0.20).rowCount()).isEqualTo(11);
        assertThat(search.grid(0.14, 0.15).row(1)).containsExactly("15.00%", "0.0%", "0.0% to 65.8%", "no");

        Chart chart = search.chart();
        assertThat(Arrays.copyOf(chart.png().orElseThrow(), 8)).isEqualTo(PNG_SIGNATURE);
        assertThat(chart.text()).contains("threshold 50.0%", "stops holding at a 14.94% shock");
    }

    @Test
    void badRequestsNameWhatWasExpected() {
        NotebookScenario reference =
                Notebook.load(Repository.reference()).paths(10).threads(1);
        assertThatThrownBy(() -> reference.reverse("Nope", CONDITION, 0, 0.3, 3, 1))
                .hasMessageContaining("no shock named 'Nope'");
        assertThatThrownBy(() -> reference.reverse("Two-day drop", "share_of_nothing >= 1", 0, 0.3, 3, 1))
                .hasMessageContaining("unknown metric 'share_of_nothing'");
    }
}
