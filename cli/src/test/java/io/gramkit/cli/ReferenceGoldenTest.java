package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference scenario's paths.csv (seed 20260101, 300 paths) is committed. A change that moves
 * any number fails here; if the change is intended, regenerate with
 * {@code mvn -pl cli test -Dtest=ReferenceGoldenTest -Dgram.golden.update=true} and explain the
 * change in the closing note.
 */
class ReferenceGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/reference-v1-300-paths.csv");

    @TempDir
    Path temp;

    @Test
    void referencePathsAreUnchanged() throws IOException {
        Path out = temp.resolve("run");
        Cli run = Cli.run("run", Cli.reference(), "--paths", "300", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path actual = out.resolve("paths.csv");
        if (Boolean.getBoolean("gram.golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.copy(actual, GOLDEN, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(GOLDEN)
                .as("golden file (regenerate with -Dgram.golden.update=true)")
                .exists();
        assertThat(Files.readString(actual)).isEqualTo(Files.readString(GOLDEN));
    }
}
