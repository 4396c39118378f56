package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.interpreter.DayObserver;
import io.gramkit.interpreter.PathOutcomes;
import io.gramkit.interpreter.ReferenceRulesOracle;
import io.gramkit.interpreter.RunResult;
import io.gramkit.interpreter.Simulator;
import io.gramkit.interpreter.gold.GbmGold;
import io.gramkit.model.Scenario;
import io.gramkit.rules.DroolsRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Drools rules and the plain-Java oracle of the model brief decide the same on every path-day:
 * identical per-path results and rule counts over 1,000 reference paths. And the decisions come
 * from the rule files: a threshold edited in a copy of the folder changes the results exactly as
 * the oracle with the same threshold predicts.
 */
class DroolsMatchesOracleTest {
    @TempDir
    Path temp;

    @Test
    void droolsAndTheOracleAgreeOnAThousandPaths() {
        Scenario scenario = Gram.load(Repository.file("scenario-library/reference-v1.gram"))
                .withPaths(1_000)
                .scenario();
        RunResult drools = run(scenario, DroolsRules.load(List.of(Repository.file("rules/reference"))));
        RunResult oracle = run(scenario, new ReferenceRulesOracle());
        assertSameOutcomes(drools.outcomes(), oracle.outcomes());
        assertThat(drools.ruleChanges()).containsExactlyInAnyOrderElementsOf(oracle.ruleChanges());
        assertThat(drools.ruleChanges()).anyMatch(changes -> changes.pathDays() > 0);
    }

    @Test
    void anEditedThresholdInACopyOfTheRulesChangesTheResultsAsTheOraclePredicts() throws IOException {
        Path copy = temp.resolve("rules");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(Repository.file("rules/reference"))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        // Governance replaces "the wide discount" with a literal 3% in the raise-fee rule.
        Path feeRules = copy.resolve("redemption-fee.drl");
        String text = Files.readString(feeRules);
        String edited = text.replace("discount > $policy.wideDiscount", "discount > 0.03");
        assertThat(edited)
                .as("the fee rule reads the wide discount from the policy fact")
                .isNotEqualTo(text);
        Files.writeString(feeRules, edited);

        Scenario scenario = Gram.load(Repository.file("scenario-library/reference-v1.gram"))
                .withPaths(300)
                .scenario();
        RunResult drools = run(scenario, DroolsRules.load(List.of(copy)));
        Scenario predicted = scenario.withRedemption(new io.gramkit.model.RedemptionPolicy(
                scenario.redemption().span(),
                scenario.redemption().baseFee(),
                scenario.redemption().raisedFee(),
                0.03,
                scenario.redemption().calmDiscount(),
                scenario.redemption().dailyLimit()));
        RunResult oracle = run(predicted, new ReferenceRulesOracle());
        RunResult unedited = run(scenario, new ReferenceRulesOracle());

        assertSameOutcomes(drools.outcomes(), oracle.outcomes());
        assertThat(drools.outcomes().column("max_discount"))
                .isNotEqualTo(unedited.outcomes().column("max_discount"));
    }

    private static RunResult run(Scenario scenario, io.gramkit.interpreter.ResponseRules rules) {
        return new Simulator(scenario, rules, new GbmGold(scenario)).run(2, DayObserver.NONE);
    }

    private static void assertSameOutcomes(PathOutcomes actual, PathOutcomes expected) {
        for (String column : PathOutcomes.COLUMNS) {
            assertThat(actual.column(column)).as(column).containsExactly(expected.column(column));
        }
    }
}
