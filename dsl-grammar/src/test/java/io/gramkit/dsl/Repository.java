package io.gramkit.dsl;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root: {@code gram.repo} (set by the parent pom for tests), else found upwards. */
final class Repository {
    private Repository() {
    }

    static Path root() {
        String configured = System.getProperty("gram.repo");
        if (configured != null && !configured.isBlank() && Files.isDirectory(Path.of(configured, "scenario-library"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("scenario-library")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("repository root not found: set -Dgram.repo");
    }
}
