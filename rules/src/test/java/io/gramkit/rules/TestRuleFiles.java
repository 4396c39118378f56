package io.gramkit.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** DRL files written into a test's temporary folder. */
final class TestRuleFiles {
    /** Six lines: a rule written after it starts on line 7. */
    static final String HEADER = """
            package io.gramkit.rules.test;

            import io.gramkit.rules.MintingLevels;
            import io.gramkit.rules.RedemptionLevels;
            import io.gramkit.rules.TokenDay;
            """;

    private TestRuleFiles() {}

    /** Writes {@code rules} after the standard package and imports. */
    static Path drl(Path folder, String name, String rules) {
        return write(folder, name, HEADER + "\n" + rules);
    }

    static Path write(Path folder, String name, String text) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
