package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gramkit.analysis.Comparison;
import io.gramkit.analysis.Headline;
import io.gramkit.analysis.LibraryDiff;
import io.gramkit.diagnostic.InputException;
import io.gramkit.rules.RuleSetFingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change review over the scenario library: each scenario under A and B in place of its own
 * rules, exactly as its scenario diff; scenarios that cannot take the rule sets skipped with why.
 */
class GramLibraryDiffTest {
    private static final List<Path> REFERENCE = List.of(Repository.file("rules/reference"));
    private static final List<Path> FEE_TIERS =
            List.of(Repository.file("rules/reference/minting.drl"), Repository.file("rules/fee-tiers/drl"));
    private static final Path LIBRARY = Repository.file("scenario-library");

    @TempDir
    Path temp;

    @Test
    void eachScenarioRunsUnderBothRuleSetsExactlyAsItsScenarioDiff() {
        LibraryDiff review = GramLibraryDiff.of(REFERENCE, FEE_TIERS)
                .withPaths(200)
                .withThreads(2)
                .run(GramLibraryDiff.library(LIBRARY, List.of("reference-v1")));
        Comparison alone = GramRules.diff(
                        Gram.load(LIBRARY.resolve("reference-v1.gram"))
                                .withPaths(200)
                                .withThreads(2),
                        REFERENCE,
                        FEE_TIERS)
                .comparison();

        assertThat(review.skipped()).isEmpty();
        assertThat(review.ran()).singleElement().satisfies(scenario -> {
            assertThat(scenario.name()).isEqualTo("reference-v1");
            assertThat(scenario.comparison().seed()).isEqualTo(20260101L);
            assertThat(scenario.comparison().rows()).hasSize(Headline.ALL.size());
            assertThat(scenario.quantiles()).isEmpty();
            for (Comparison.Row row : alone.rows()) {
                Comparison.Row same = scenario.comparison().row(row.metric().name());
                assertThat(same.a()).isEqualTo(row.a());
                assertThat(same.b()).isEqualTo(row.b());
                assertThat(same.difference()).isEqualTo(row.difference());
            }
            // The fee tiers replaced the scenario's own rules: fewer paths lose 10%.
            Comparison.Row wide = scenario.comparison().row("share_max_discount_above_10pct");
            assertThat(wide.difference().high()).isNegative();
            assertThat(scenario.changedRows()).contains(wide);
        });
        assertThat(review.changed()).hasSize(1);
        assertThat(review.a().sources())
                .singleElement()
                .satisfies(source -> assertThat(source.fingerprint())
                        .isEqualTo("sha256:" + RuleSetFingerprint.of(Repository.file("rules/reference"))));
        assertThat(review.b().sources()).hasSize(2);
        assertThat(review.b().sources().get(1).files())
                .singleElement()
                .satisfies(file -> assertThat(file.name()).endsWith("rules/fee-tiers/drl/fee-tiers.drl"));
    }

    @Test
    void theSameRuleSetUnderBothChangesNothing() {
        LibraryDiff review = GramLibraryDiff.of(REFERENCE, REFERENCE)
                .withPaths(60)
                .withSeed(7)
                .withThreads(1)
                .run(GramLibraryDiff.library(LIBRARY, List.of("weekend-gap.gram")));

        assertThat(review.seed()).hasValue(7);
        assertThat(review.ran()).singleElement().satisfies(scenario -> {
            assertThat(scenario.comparison().seed()).isEqualTo(7L);
            assertThat(scenario.comparison().rows())
                    .allSatisfy(row -> assertThat(row.difference().value()).isZero());
        });
        assertThat(review.changed()).isEmpty();
    }

    @Test
    void scenariosThatCannotTakeTheRuleSetsAreSkippedWithTheReason() throws IOException {
        Path broken = Files.writeString(temp.resolve("broken.gram"), "scenario \"Broken\" {\n  horizon 10 dayz\n}\n");

        LibraryDiff review = GramLibraryDiff.of(REFERENCE, FEE_TIERS)
                .withPaths(10)
                .run(List.of(LIBRARY.resolve("usdc-march-2023.gram"), broken));

        assertThat(review.ran()).isEmpty();
        assertThat(review.skipped()).extracting(LibraryDiff.Skipped::name).containsExactly("usdc-march-2023", "broken");
        assertThat(review.skipped().get(0).reason()).startsWith("names no rules");
        assertThat(review.skipped().get(1).reason()).startsWith(broken + ":2:").contains(": error: ");
    }

    @Test
    void aRuleSetThatDoesNotLoadStopsTheReviewBeforeAnyRun() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(rules.resolve("fees.drl"), """
                package io.gramkit.rules.test;
                import io.gramkit.rules.TokenDay;
                rule "Broken"
                when
                    TokenDay( discount > )
                then
                end
                """);

        assertThatThrownBy(() ->
                        GramLibraryDiff.of(REFERENCE, List.of(rules)).run(GramLibraryDiff.library(LIBRARY, List.of())))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("fees.drl:5:");
    }

    @Test
    void theLibraryIsEveryScenarioFileSortedOrThoseNamed() {
        List<Path> all = GramLibraryDiff.library(LIBRARY, List.of());

        assertThat(all).contains(LIBRARY.resolve("reference-v1.gram"), LIBRARY.resolve("cdp-gold-usd.gram"));
        assertThat(all).allSatisfy(file -> assertThat(file.toString()).endsWith(".gram"));
        assertThat(all).isSorted();
        assertThat(GramLibraryDiff.library(LIBRARY, List.of("weekend-gap", "cdp-gold-usd.gram")))
                .containsExactly(LIBRARY.resolve("weekend-gap.gram"), LIBRARY.resolve("cdp-gold-usd.gram"));
        assertThatThrownBy(() -> GramLibraryDiff.library(LIBRARY, List.of("no-such-scenario")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no scenario 'no-such-scenario'")
                .hasMessageContaining("reference-v1");
    }
}
