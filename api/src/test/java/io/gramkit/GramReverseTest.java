package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gramkit.analysis.Condition;
import io.gramkit.analysis.Crossing;
import io.gramkit.analysis.Metric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GramReverseTest {
    private static final String SHOCK = "Two-day drop";
    private static final Condition HALF_DEPEG = GramMetrics.condition("share_max_discount_above_10pct >= 50%");

    private static GramScenario reference() {
        return Gram.load(Repository.file("scenario-library/reference-v1.gram")).withThreads(2);
    }

    @Test
    void referenceScenarioHasABreakingDropThatARerunConfirms() {
        GramScenario base = reference().withPaths(600);
        GramReverse.Result result = GramReverse.search(base, SHOCK, HALF_DEPEG, 0.10, 0.30, 4, 5);
        assertThat(result.breakingSize()).isPresent();
        Crossing crossing = result.breaking().orElseThrow();
        double size = result.breakingSize().get();
        // Measured: a drop of about 17.5% (the file's 13% drop gives about 19%).
        assertThat(size).isBetween(0.15, 0.20);
        assertThat(crossing.uncertainty()).isPositive().isLessThan(0.02);
        assertThat(crossing.above() - crossing.below()).isLessThanOrEqualTo(0.05 / 32 + 1e-12);

        // The same seed at the reported size holds, exactly as found.
        Metric metric = HALF_DEPEG.metric();
        double same = metric.estimate(
                        GramReverse.resized(base, SHOCK, size).run().pathResults())
                .value();
        assertThat(same).isEqualTo(crossing.metricAtSize()).isGreaterThanOrEqualTo(0.5);
        // Fresh paths (another seed) agree within the reported uncertainty: the condition holds one
        // uncertainty above the size and fails one below it.
        GramScenario fresh = base.withSeed(777);
        double above = metric.estimate(GramReverse.resized(fresh, SHOCK, size + crossing.uncertainty())
                        .run()
                        .pathResults())
                .value();
        double below = metric.estimate(GramReverse.resized(fresh, SHOCK, size - crossing.uncertainty())
                        .run()
                        .pathResults())
                .value();
        assertThat(above).isGreaterThanOrEqualTo(0.5);
        assertThat(below).isLessThan(0.5);
    }

    @Test
    void aNonMonotoneResponseReportsEveryCrossing() throws IOException {
        // Zero volatility: every path is the hand-computable one. A 14% two-day drop spirals, a 15%
        // drop does not (the fee rule fires a day earlier), and from 18% on every drop spirals.
        Path file = Repository.file("scenario-library/reference-v1.gram");
        String text = Files.readString(file).replace("vol 18%", "vol 0%");
        GramScenario flat =
                Gram.parse("flat.gram", text, file.getParent()).withPaths(2).withThreads(1);
        GramReverse.Result result = GramReverse.search(flat, SHOCK, HALF_DEPEG, 0.0, 0.30, 30, 4);

        assertThat(result.crossings()).hasSize(3);
        Crossing first = result.crossings().get(0);
        Crossing second = result.crossings().get(1);
        Crossing third = result.crossings().get(2);
        assertThat(first.starts()).isTrue();
        assertThat(first.below()).isBetween(0.13, 0.14);
        assertThat(first.above()).isBetween(0.13, 0.14);
        assertThat(second.starts()).isFalse();
        assertThat(second.below()).isBetween(0.14, 0.15);
        assertThat(third.starts()).isTrue();
        assertThat(third.above()).isBetween(0.17, 0.18);
        assertThat(result.breakingSize()).contains(first.above());
        // 31 grid points and 4 bisections per crossing.
        assertThat(result.runs()).isEqualTo(31 + 3 * 4);
    }

    @Test
    void badRequestsNameWhatWasExpected() {
        assertThatThrownBy(() -> GramReverse.search(reference().withPaths(10), "Nope", HALF_DEPEG, 0, 0.3, 3, 1))
                .hasMessageContaining("no shock named 'Nope'")
                .hasMessageContaining("'Two-day drop'");
        assertThatThrownBy(() -> GramMetrics.condition("share_of_nothing >= 1"))
                .hasMessageContaining("unknown metric 'share_of_nothing'")
                .hasMessageContaining("share_max_discount_above_10pct");
        assertThatThrownBy(() -> GramMetrics.condition("share_max_discount_above_10pct => 1"))
                .hasMessageContaining("unknown operator '=>'");
        assertThat(GramMetrics.condition("mean_max_deviation_bp < 250").holds(249))
                .isTrue();
        assertThat(GramMetrics.condition("share_minting_halted >= 12.5%").threshold())
                .isEqualTo(0.125);
    }
}
