package io.gramkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir
    Path temp;

    @Test
    void writesAllFilesIntoTheTarget() throws IOException {
        Path out = temp.resolve("run");
        new OutputFolder(out, false)
                .add("a.csv", w -> w.write("x\n"))
                .add("b.csv", w -> w.write("y\n"))
                .publish();
        assertThat(Files.readString(out.resolve("a.csv"))).isEqualTo("x\n");
        assertThat(Files.readString(out.resolve("b.csv"))).isEqualTo("y\n");
        assertThat(siblings()).containsExactly("run");
    }

    @Test
    void refusesAnExistingFolderUnlessForced() throws IOException {
        Path out = temp.resolve("run");
        Files.createDirectories(out);
        Files.writeString(out.resolve("old.csv"), "old");
        assertThatThrownBy(() -> new OutputFolder(out, false)
                        .add("a.csv", w -> w.write("x"))
                        .publish())
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(out.resolve("old.csv")).exists();

        new OutputFolder(out, true).add("a.csv", w -> w.write("x")).publish();
        assertThat(out.resolve("old.csv")).doesNotExist();
        assertThat(out.resolve("a.csv")).hasContent("x");
        assertThat(siblings()).containsExactly("run");
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws IOException {
        Path out = temp.resolve("run");
        assertThatThrownBy(() -> new OutputFolder(out, false)
                        .add("a.csv", w -> w.write("x"))
                        .add("b.csv", w -> {
                            throw new IOException("disk full");
                        })
                        .publish())
                .hasMessage("disk full");
        assertThat(siblings()).isEmpty();
    }

    @Test
    void aFailedForcedWriteKeepsTheOldFolder() throws IOException {
        Path out = temp.resolve("run");
        Files.createDirectories(out);
        Files.writeString(out.resolve("old.csv"), "old");
        assertThatThrownBy(() -> new OutputFolder(out, true)
                        .add("b.csv", w -> {
                            throw new IOException("disk full");
                        })
                        .publish())
                .hasMessage("disk full");
        assertThat(out.resolve("old.csv")).hasContent("old");
        assertThat(siblings()).containsExactly("run");
    }

    private java.util.List<String> siblings() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
