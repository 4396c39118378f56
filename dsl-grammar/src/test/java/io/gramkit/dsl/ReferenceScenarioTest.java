package io.gramkit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.model.GoldModel;
import io.gramkit.model.Scenario;
import io.gramkit.model.Shock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scenario-library/reference-v1.gram} resolves to exactly the reference model's parameters. */
class ReferenceScenarioTest {
    private static final Path REFERENCE = Repository.root().resolve("scenario-library/reference-v1.gram");

    @TempDir
    Path temp;

    @Test
    void referenceScenarioHasTheReferenceParameters() throws IOException {
        Scenario scenario = loadReference();

        assertThat(scenario.name()).isEqualTo("Reference v1");
        assertThat(scenario.horizonDays()).isEqualTo(365);
        assertThat(scenario.paths()).isEqualTo(10_000);
        assertThat(scenario.seed()).isEqualTo(20_260_101L);

        assertThat(scenario.gold().spotUsdPerGram()).isEqualTo(75.0);
        assertThat(scenario.gold().model()).isInstanceOfSatisfying(GoldModel.Gbm.class, gbm -> {
            assertThat(gbm.drift()).isEqualTo(0.0);
            assertThat(gbm.volatility()).isEqualTo(0.18);
        });
        assertThat(scenario.gold().shocks()).singleElement().isInstanceOfSatisfying(Shock.Move.class, move -> {
            assertThat(move.totalReturn()).isEqualTo(-0.13);
            assertThat(move.days()).isEqualTo(2);
            assertThat(move.firstDay()).isEqualTo(10);
        });

        assertThat(scenario.token().supply()).isEqualTo(1e6);
        assertThat(scenario.token().goldGrams()).isEqualTo(950_000.0);
        assertThat(scenario.token().cashUsd()).isEqualTo(4_125_000.0);

        assertThat(scenario.behaviour().redeemBase()).isEqualTo(0.001);
        assertThat(scenario.behaviour().discountSensitivity()).isEqualTo(5.0);
        assertThat(scenario.behaviour().panicSensitivity()).isEqualTo(0.5);
        assertThat(scenario.behaviour().mintRate()).isEqualTo(0.003);
        assertThat(scenario.behaviour().mintGoldShare()).isEqualTo(0.95);
        assertThat(scenario.behaviour().marketImpact()).isEqualTo(0.5);

        assertThat(scenario.redemption().baseFee()).isEqualTo(0.0025);
        assertThat(scenario.redemption().raisedFee()).isEqualTo(0.01);
        assertThat(scenario.redemption().wideDiscount()).isEqualTo(0.01);
        assertThat(scenario.redemption().calmDiscount()).isEqualTo(0.002);
        assertThat(scenario.redemption().dailyLimit()).isEqualTo(0.02);
        assertThat(scenario.minting().minimumCoverage()).isEqualTo(1.0);

        assertThat(scenario.rules()).singleElement().satisfies(rules -> {
            assertThat(rules.path()).isAbsolute();
            assertThat(rules.path().endsWith(Path.of("rules", "reference")))
                    .as("%s", rules.path())
                    .isTrue();
        });
    }

    @Test
    void referenceScenarioHasNoWarnings() throws IOException {
        Path file = referenceWithRules();
        assertThat(ScenarioLoader.check(file)).isEmpty();
    }

    /** The rules folder belongs to another module: if it is not there yet, a stand-in is used. */
    private Scenario loadReference() throws IOException {
        return ScenarioLoader.load(referenceWithRules());
    }

    private Path referenceWithRules() throws IOException {
        if (Files.isDirectory(REFERENCE.getParent().resolve("../rules/reference"))) {
            return REFERENCE;
        }
        Files.createDirectories(temp.resolve("rules/reference"));
        Path copy = Files.createDirectories(temp.resolve("scenario-library")).resolve("reference-v1.gram");
        return Files.copy(REFERENCE, copy);
    }
}
