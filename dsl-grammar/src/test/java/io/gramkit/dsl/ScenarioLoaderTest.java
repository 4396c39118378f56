package io.gramkit.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.Severity;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.model.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
    private static final String VALID = """
            scenario "Valid" {
              horizon 30 days
              paths 100
              seed 1
              gold {
                spot 75 USD/g
                model gbm drift 0% vol 18%
                SHOCK
              }
              token {
                supply 1,000
                reserves 1,000 g gold
              }
              RULES
            }
            """;

    @TempDir
    Path temp;

    @Test
    void rulePathsAreRelativeToTheScenarioFileNotTheWorkingDirectory() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules/extra"));
        Path file =
                write("library/valid.gram", VALID.replace("SHOCK", "").replace("RULES", "rules \"../rules/extra\""));
        Scenario scenario = ScenarioLoader.load(file);
        assertThat(scenario.rules())
                .singleElement()
                .satisfies(r -> assertThat(r.path()).isEqualTo(rules));
        assertThat(scenario.span().file().name()).isEqualTo(file.toString());
    }

    @Test
    void loadHandsOverWarningsInReadingOrder() throws IOException {
        Path file = write(
                "warn.gram",
                VALID.replace("SHOCK", "shock \"b\" drop 1% at day 40\n    shock \"a\" drop 1% over 5 days at day 28")
                        .replace("RULES", ""));
        List<Diagnostic> warnings = new ArrayList<>();
        Scenario scenario = ScenarioLoader.load(file, warnings::add);
        assertThat(scenario.gold().shocks()).hasSize(2);
        assertThat(warnings).extracting(d -> d.code().code()).containsExactly("G211", "G212");
        assertThat(warnings).allMatch(w -> w.severity() == Severity.WARNING);
        assertThat(ScenarioLoader.check(file)).isEqualTo(warnings);
    }

    @Test
    void loadThrowsEveryProblemSortedWithTheWarnings() {
        String text = VALID.replace("SHOCK", "shock \"late\" drop 1% at day 99\n    spot 80 USD/g")
                .replace("RULES", "rules \"missing\"")
                .replace("paths 100", "paths 0");
        SourceFile source = new SourceFile("bad.gram", text);
        assertThatThrownBy(() -> ScenarioLoader.load(source, temp)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.diagnostics())
                    .extracting(d -> d.code().code())
                    .containsExactly("G205", "G211", "G202", "G209");
            assertThat(e.diagnostics()).isSortedAccordingTo(Diagnostic.READING_ORDER);
            assertThat(e.getStackTrace()).isEmpty();
        });
        assertThat(ScenarioLoader.check(source, temp))
                .extracting(d -> d.code().code())
                .containsExactly("G205", "G211", "G202", "G209");
    }

    @Test
    void syntaxErrorsStopTheChainBeforeResolution() {
        SourceFile source =
                new SourceFile("syntax.gram", VALID.replace("SHOCK", "spto 1").replace("RULES", "paths 0"));
        assertThat(ScenarioLoader.check(source, temp))
                .extracting(d -> d.code().code())
                .containsExactly("G110");
    }

    @Test
    void checkOfACleanFileIsEmpty() throws IOException {
        Path file = write("clean.gram", VALID.replace("SHOCK", "").replace("RULES", ""));
        assertThat(ScenarioLoader.check(file)).isEmpty();
    }

    @Test
    void aByteOrderMarkIsAllowed() throws IOException {
        Path file = write("bom.gram", "\uFEFF" + VALID.replace("SHOCK", "").replace("RULES", ""));
        assertThat(ScenarioLoader.check(file)).isEmpty();
    }

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
