package io.gramkit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Golden files beside their inputs. With {@code -Dgram.golden.update=true} a mismatch rewrites the
 * golden file (review the diff); without it, a mismatch or a missing golden file fails.
 */
final class Golden {
    static final boolean UPDATE = Boolean.getBoolean("gram.golden.update");

    private Golden() {}

    /** {@code src/test/resources/golden} of this module, read from the sources so updates land there. */
    static Path root() {
        Path here = Path.of("src/test/resources/golden");
        if (Files.isDirectory(here)) {
            return here.toAbsolutePath();
        }
        return Repository.root().resolve("dsl-grammar/src/test/resources/golden");
    }

    static List<Path> inputs(String folder) {
        try (Stream<Path> files = Files.list(root().resolve(folder))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".gram"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code rejected/x.gram}: how diagnostics name a golden input, the same on every machine. */
    static String relativeName(Path input) {
        return root().relativize(input).toString().replace('\\', '/');
    }

    static void assertMatches(Path golden, String actual) throws IOException {
        if (UPDATE && !(Files.exists(golden) && Files.readString(golden).equals(actual))) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(golden)
                .as("golden file %s (regenerate with -Dgram.golden.update=true)", golden)
                .exists();
        assertThat(actual).as("output against %s", golden).isEqualTo(Files.readString(golden));
    }

    static Path sibling(Path input, String extension) {
        String name = input.getFileName().toString();
        return input.resolveSibling(name.substring(0, name.length() - ".gram".length()) + extension);
    }
}
