package io.gramkit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.dsl.diagnostic.GramCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every diagnostic code is unique, documented, and shown by a golden file (or a named test). */
class CatalogueTest {
    /**
     * Codes about files rather than text, exercised by PathologicalInputTest; G299 is a bug report;
     * G3xx are metrics in command-line options, exercised by the api module's GramMetricsTest.
     * G228 needs the compiled rules, so its golden file is the api's
     * golden/rules-check/g228-levels-without-rules (UnreadLevelsTest).
     */
    private static final Set<String> NOT_IN_GOLDEN_FILES =
            Set.of("G100", "G101", "G107", "G228", "G299", "G301", "G302", "G303");

    @Test
    void codesAreUniqueAndWellFormed() {
        assertThat(Arrays.stream(GramCode.values()).map(GramCode::code))
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("G[123]\\d\\d"));
    }

    @Test
    void everyCodeIsInTheLanguageDocs() throws IOException {
        String docs = Files.readString(Repository.root().resolve("docs/language.md"));
        for (GramCode code : GramCode.values()) {
            assertThat(docs).as("docs/language.md lists %s", code.code()).contains("| " + code.code() + " |");
        }
    }

    @Test
    void everyCodeAppearsInARejectedGoldenFile() {
        String goldens = Golden.inputs("rejected").stream()
                .map(input -> read(Golden.sibling(input, ".err")))
                .collect(Collectors.joining());
        for (GramCode code : GramCode.values()) {
            if (!NOT_IN_GOLDEN_FILES.contains(code.code())) {
                assertThat(goldens)
                        .as("a rejected golden file shows %s", code.code())
                        .contains("[" + code.code() + "]");
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
