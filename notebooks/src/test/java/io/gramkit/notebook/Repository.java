package io.gramkit.notebook;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's root in tests (set by the parent POM, else found from the working folder). */
public final class Repository {
    private Repository() {
    }

    public static Path root() {
        String configured = System.getProperty("gram.repo");
        if (configured != null && Files.isDirectory(Path.of(configured, "scenario-library"))) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("scenario-library"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
    }

    public static String reference() {
        return root().resolve("scenario-library/reference-v1.gram").toString();
    }
}
