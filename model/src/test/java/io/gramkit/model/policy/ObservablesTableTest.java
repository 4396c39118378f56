package io.gramkit.model.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.testing.RepositoryRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The definitions are the one source of the docs' table of observed values. */
class ObservablesTableTest {
    private static final Path LANGUAGE = RepositoryRoot.file("docs/language.md");

    @Test
    void theDocsObservablesTableIsTheGeneratedOne() throws IOException {
        String docs = Files.readString(LANGUAGE, StandardCharsets.UTF_8);
        int begin = docs.indexOf(ObservablesTable.BEGIN);
        int end = docs.indexOf(ObservablesTable.END);
        assertThat(begin)
                .as("docs/language.md has the line %s", ObservablesTable.BEGIN)
                .isNotNegative();
        assertThat(end)
                .as("docs/language.md has the line %s", ObservablesTable.END)
                .isGreaterThan(begin);
        String written = docs.substring(begin + ObservablesTable.BEGIN.length() + 1, end);
        String generated = ObservablesTable.markdown();
        if (Boolean.getBoolean("gram.docs.update") && !written.equals(generated)) {
            Files.writeString(
                    LANGUAGE,
                    docs.substring(0, begin + ObservablesTable.BEGIN.length() + 1) + generated + docs.substring(end),
                    StandardCharsets.UTF_8);
            written = generated;
        }
        assertThat(written)
                .as("the observables table of docs/language.md (regenerate with -Dgram.docs.update=true)")
                .isEqualTo(generated);
    }

    @Test
    void withoutALagTheSeenValueIsTheTrueValue() {
        // Day 3 of a path whose gold went 70, 80, 90, 100: S = 1,000, Q = 10, R = 900 g, C = 5,050 USD.
        // Coverage at today's price as the step computed it; the seen value at a 2-day lag is at 80:
        //   (900*80 + 5,050) / (1,010*80) = 77,050 / 80,800. Cash share at 80: 5,050 / 80,800 = 0.0625.
        double[] gold = {70, 80, 90, 100};
        PathNumbers day3 = new PathNumbers() {
            @Override
            public double goldDaysAgo(int days) {
                return gold[Math.max(0, 3 - days)];
            }

            @Override
            public double supply() {
                return 1_000;
            }

            @Override
            public double reserves() {
                return 900;
            }

            @Override
            public double cash() {
                return 5_050;
            }

            @Override
            public double queue() {
                return 10;
            }

            @Override
            public double coverage() {
                return (900 * 100.0 + 5_050) / (1_010 * 100.0);
            }

            @Override
            public double discount() {
                return 0.01;
            }

            @Override
            public double fee() {
                return 0.0025;
            }
        };
        for (Observable word : Observable.values()) {
            int window = word == Observable.GOLD_MOVE ? 1 : 0;
            assertThat(word.value(day3, 0, window)).as(word.words()).isEqualTo(word.trueValue(day3, window));
        }
        assertThat(Observable.GOLD_PRICE.value(day3, 2, 0)).isEqualTo(80.0);
        // gold move over 1 day, seen 2 days late: G(1)/G(0) - 1 = 80/70 - 1, the true move of day 1
        assertThat(Observable.GOLD_MOVE.value(day3, 2, 1)).isEqualTo(80.0 / 70.0 - 1);
        assertThat(Observable.COVERAGE.value(day3, 2, 0)).isEqualTo(77_050.0 / 80_800.0);
        assertThat(Observable.CASH_SHARE.value(day3, 2, 0)).isEqualTo(0.0625);
        assertThat(Observable.CASH_SHARE.value(day3, 0, 0)).isEqualTo(5_050.0 / 101_000.0);
        assertThat(Observable.DISCOUNT.value(day3, 2, 0)).isEqualTo(0.01);
    }
}
