package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.interpreter.RuleChanges;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fee-tier policy of rules/fee-tiers in its three governance forms (DRL, a .dslr file
 * with its .dsl mapping, a decision table), each loaded alone with the reference minting rules:
 * the reference scenario on 1,000 paths gives byte-identical paths.csv and the same change count
 * for every rule, whichever form governance edits.
 */
class FeeTierFormsTest {
    private static final int PATHS = 1_000;
    private static final List<String> FORMS = List.of("drl", "dslr", "decision-table");

    @TempDir
    static Path temp;

    private static Map<String, GramRun> runs;

    @BeforeAll
    static void runEachForm() throws IOException {
        GramScenario reference = Gram.load(Repository.file("scenario-library/reference-v1.gram"))
                .withPaths(PATHS)
                .withThreads(2);
        runs = new java.util.LinkedHashMap<>();
        for (String form : FORMS) {
            GramRun run = reference
                    .withRules(List.of(
                            Repository.file("rules/reference/minting.drl"), Repository.file("rules/fee-tiers/" + form)))
                    .run();
            run.writeTo(temp.resolve(form), false);
            runs.put(form, run);
        }
        GramRun referenceRules = reference.run();
        referenceRules.writeTo(temp.resolve("reference"), false);
        runs.put("reference", referenceRules);
    }

    @Test
    void theThreeFormsWriteIdenticalPaths() throws IOException {
        Path drl = temp.resolve("drl/paths.csv");
        assertThat(Files.mismatch(drl, temp.resolve("dslr/paths.csv")))
                .as("dslr against drl")
                .isEqualTo(-1L);
        assertThat(Files.mismatch(drl, temp.resolve("decision-table/paths.csv")))
                .as("decision table against drl")
                .isEqualTo(-1L);
        assertThat(Files.readAllLines(drl)).hasSize(PATHS + 1);
    }

    @Test
    void theThreeFormsCountTheSameChangesPerRule() {
        Map<String, Long> drl = changes("drl");
        assertThat(changes("dslr")).isEqualTo(drl);
        assertThat(changes("decision-table")).isEqualTo(drl);
        assertThat(drl)
                .containsOnlyKeys(
                        "Halt minting below full coverage",
                        "Resume minting at full coverage",
                        "Charge the raised fee while the discount is wide",
                        "Charge 2% while the discount is above 3%",
                        "Charge 3% while the discount is above 5%",
                        "Restore the base fee when the peg is back");
        assertThat(drl.values()).as("every tier is reached on some path").allMatch(count -> count > 0);
    }

    @Test
    void theTiersChangeTheRunAgainstTheReferenceRules() throws IOException {
        assertThat(Files.mismatch(temp.resolve("drl/paths.csv"), temp.resolve("reference/paths.csv")))
                .isNotEqualTo(-1L);
    }

    @Test
    void aScenarioNamesAnyFormInItsRulesLines() throws IOException {
        String text = Files.readString(Repository.file("scenario-library/reference-v1.gram"))
                .replace(
                        "rules \"../rules/reference\"",
                        "rules \"rules/reference/minting.drl\"\n  rules \"rules/fee-tiers/decision-table\"");
        assertThat(text)
                .as("the scenario names the table, not the reference folder")
                .contains("rules/fee-tiers/decision-table")
                .doesNotContain("../rules/reference\"");
        GramRun named = Gram.parse("tiers.gram", text, Repository.root())
                .withPaths(PATHS)
                .withThreads(2)
                .run();
        named.writeTo(temp.resolve("named"), false);

        assertThat(Files.mismatch(temp.resolve("named/paths.csv"), temp.resolve("drl/paths.csv")))
                .isEqualTo(-1L);
        assertThat(Files.readString(temp.resolve("named/manifest.json"))).contains("fee-tiers.drl.csv");
    }

    private static Map<String, Long> changes(String form) {
        return runs.get(form).result().ruleChanges().stream()
                .collect(Collectors.toMap(
                        RuleChanges::rule, RuleChanges::pathDays, (a, b) -> a, java.util.TreeMap::new));
    }
}
