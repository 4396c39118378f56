package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A scenario's report block: measured conditions and extra band levels, checked where they can be counted by hand. */
class ReportBlockTest {

    /** Gold without volatility falls 13% on day 10 and stays there; 90 days. */
    private static GramRun flatCrash(String report) {
        Path reference = Repository.file("scenario-library/reference-v1.gram");
        String text = """
                scenario "Flat crash" {
                  import "%s"
                  horizon 90 days
                  gold {
                    model gbm drift 0%% vol 0%%
                    shock "Two-day drop" drop 13%% at day 10
                  }
                  report {
                    %s
                  }
                }
                """.formatted(reference.toString().replace('\\', '/'), report);
        return Gram.parse("flat.gram", text, reference.getParent())
                .withPaths(3)
                .withThreads(1)
                .run();
    }

    @Test
    void measuredConditionsCountDaysAndPaths() {
        GramRun run = flatCrash("""
                probability gold move over 5 days < -10%
                days gold move over 5 days < -10%
                days gold < 70 USD/g
                probability coverage < 0%
                """);

        // gold(d) / gold(d - 5) = 0.87 exactly on days 10 to 14, and 1 on every other day
        assertThat(run.metric("probability[gold move over 5 days < -10%]").value())
                .isEqualTo(1.0);
        assertThat(run.metric("mean_days[gold move over 5 days < -10%]").value())
                .isEqualTo(5.0);
        // 75 x 0.87 = 65.25 USD/g from day 10 to day 90: 81 days
        assertThat(run.metric("mean_days[gold < 70 USD/g]").value()).isEqualTo(81.0);
        assertThat(run.metric("probability[coverage < 0%]").value()).isZero();
        assertThat(run.summaryText())
                .contains("report", "probability[gold move over 5 days < -10%]", "100.00% of paths");
    }

    @Test
    void extraQuantilesJoinTheDailyBands() {
        GramRun run = flatCrash("quantiles 1%, 2.5%, 50%");

        assertThat(run.dailyTable().columnNames())
                .contains("gold_q01", "gold_q2.5", "gold_q05", "gold_q50", "supply_q95");
        assertThat(run.dailyTable().doubleColumn("gold_q2.5").get(20))
                .isEqualTo(75.0 * 0.87, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(run.columnsTable().stringColumn("name").asList()).contains("gold_q2.5", "discount_q01");
    }
}
