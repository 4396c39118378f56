package io.gramkit.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The folder a request's scenario is read in, laid out like the repository so that library
 * scenarios and their {@code rules "../rules/reference"} read the same here:
 * {@code scenario-library/} holds links to the library's scenarios and the request's own files,
 * {@code rules} links to the rule library. The {@link PathGuard} keeps every path inside it. A
 * run's workspace is its job's {@code input/} folder and outlives a restart.
 */
final class Workspace {
    private final Path root;
    private final Library library;

    private Workspace(Path root, Library library) {
        this.root = root;
        this.library = library;
    }

    /** Makes the workspace at {@code root}, which must not exist. */
    static Workspace create(Path root, Library library) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        Files.createDirectories(absolute.resolve(Library.SCENARIOS));
        for (String name : library.scenarioNames()) {
            Files.createSymbolicLink(
                    absolute.resolve(Library.SCENARIOS).resolve(name + ".gram"),
                    library.scenarios().resolve(name + ".gram"));
        }
        if (Files.isDirectory(library.rules())) {
            Files.createSymbolicLink(absolute.resolve(Library.RULES), library.rules());
        }
        return new Workspace(absolute, library);
    }

    /** A workspace made earlier (a queued job's, after a restart). */
    static Workspace existing(Path root, Library library) {
        return new Workspace(root.toAbsolutePath().normalize(), library);
    }

    Path root() {
        return root;
    }

    /** Where the request's scenario and files lie, and what their paths are relative to. */
    Path scenarios() {
        return root.resolve(Library.SCENARIOS);
    }

    /**
     * Writes one of the request's files (its name already checked to be plain). A library link of
     * the same name is removed first, never written through.
     */
    Path add(String name, String text) throws IOException {
        Path file = scenarios().resolve(name);
        Files.deleteIfExists(file);
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return file;
    }

    /**
     * {@code text} (a diagnostic's file name or message) with the service's own folders taken
     * out, so that responses name {@code fees.drl} or {@code rules/reference/minting.drl}, never
     * where the data folder lies.
     */
    String shown(String text) {
        return text.replace(scenarios() + "/../", "")
                .replace(scenarios() + "/", "")
                .replace(root + "/", "")
                .replace(library.root() + "/", "");
    }

    /** Removes the workspace (a check's, once answered). */
    void delete() throws IOException {
        Folders.deleteTree(root);
    }
}
