package io.gramkit.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Publishes a run's files so that the folder appears complete or not at all: everything is
 * written into a hidden sibling folder, which is then renamed to the target in one step. An
 * existing folder is replaced only when forced, and only after the new one is complete.
 */
public final class OutputFolder {
    private final Path target;
    private final boolean force;
    private final Map<String, FileContent> files = new LinkedHashMap<>();
    private final Map<String, Function<Map<String, String>, String>> indexes = new LinkedHashMap<>();

    /** Writes one file's content. */
    @FunctionalInterface
    public interface FileContent {
        void writeTo(Writer out) throws IOException;
    }

    public OutputFolder(Path target, boolean force) {
        this.target = target.toAbsolutePath().normalize();
        this.force = force;
    }

    /** Fails early, before a long run, when the folder exists and may not be replaced. */
    public void checkWritable() throws FileAlreadyExistsException {
        if (Files.exists(target) && !force) {
            throw new FileAlreadyExistsException(
                    target.toString(), null, "the output folder exists; choose another or pass --force to replace it");
        }
    }

    /** Adds a file; a name may hold folders ({@code points/03/paths.csv}). */
    public OutputFolder add(String name, FileContent content) {
        files.put(name, content);
        return this;
    }

    /**
     * Adds a file built from the SHA-256 of the other files in its folder and below (a manifest),
     * keyed by their names relative to that folder, so readers can check the files they were
     * given. Indexes are written after every plain file, in the order added; an index sees the
     * indexes written before it.
     */
    public OutputFolder addIndex(String name, Function<Map<String, String>, String> content) {
        indexes.put(name, content);
        return this;
    }

    public Path target() {
        return target;
    }

    /** Writes every added file, then moves the folder into place; returns the SHA-256 of each file. */
    public Map<String, String> publish() throws IOException {
        checkWritable();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
        try {
            Map<String, String> hashes = new LinkedHashMap<>();
            for (Map.Entry<String, FileContent> file : files.entrySet()) {
                Path path = staging.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                    file.getValue().writeTo(out);
                }
                hashes.put(file.getKey(), InputFile.sha256(Files.readAllBytes(path)));
            }
            for (Map.Entry<String, Function<Map<String, String>, String>> index : indexes.entrySet()) {
                String name = index.getKey();
                String folder = name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) : "";
                Map<String, String> below = new LinkedHashMap<>();
                hashes.forEach((file, hash) -> {
                    if (file.startsWith(folder)) {
                        below.put(file.substring(folder.length()), hash);
                    }
                });
                Path path = staging.resolve(name);
                Files.createDirectories(path.getParent());
                String text = index.getValue().apply(below);
                Files.writeString(path, text, StandardCharsets.UTF_8);
                hashes.put(name, InputFile.sha256(text.getBytes(StandardCharsets.UTF_8)));
            }
            moveIntoPlace(staging);
            return hashes;
        } finally {
            deleteTree(staging);
        }
    }

    private void moveIntoPlace(Path staging) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, target);
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
