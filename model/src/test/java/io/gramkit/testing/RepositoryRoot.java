package io.gramkit.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's root folder, for tests that read the scenario library, the rule files or the
 * docs: {@code gram.repo} (set by the parent POM's test configuration), else the nearest folder
 * upwards holding both {@code scenario-library/} and a {@code pom.xml}. Shared by every module's
 * tests through this module's test-jar.
 */
public final class RepositoryRoot {
    private RepositoryRoot() {}

    public static Path root() {
        String configured = System.getProperty("gram.repo");
        if (configured != null && !configured.isBlank() && Files.isDirectory(Path.of(configured, "scenario-library"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("scenario-library")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "cannot find the repository root from " + Path.of("").toAbsolutePath() + "; set -Dgram.repo");
    }

    /** A file or folder of the repository, by its path from the root. */
    public static Path file(String relative) {
        return root().resolve(relative);
    }
}
