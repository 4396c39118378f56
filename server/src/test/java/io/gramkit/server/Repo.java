package io.gramkit.server;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root (scenario and rule libraries), from Maven's gram.repo or the working folder. */
final class Repo {
    private Repo() {}

    static Path root() {
        String configured = System.getProperty("gram.repo");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        if (!Files.isDirectory(root.resolve("scenario-library"))) {
            root = Path.of("..");
        }
        return root.toAbsolutePath().normalize();
    }
}
