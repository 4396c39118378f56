package io.gramkit.server;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A job's results, published whole: every kind writes into a hidden staging folder, whose files
 * and folders are forced to the disk before the folder is renamed to {@code results/} in one
 * step, and the job's folder is forced after the rename. A crash (even of the machine) leaves
 * either no {@code results/} or a complete one, never a name pointing at unwritten blocks.
 */
final class Results {
    static final String RESULTS = "results";
    private static final String STAGING = ".results-staging";

    private Results() {}

    /** An empty staging folder in the job's folder, after removing what an earlier attempt left. */
    static Path staging(Path folder) throws IOException {
        clean(folder);
        return folder.resolve(STAGING);
    }

    /** Writes {@code name} into {@code staging} through a temporary file, renamed once synced. */
    static void write(Path staging, String name, String text) throws IOException {
        Files.createDirectories(staging);
        Path partial = staging.resolve("." + name + ".partial");
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        sync(partial);
        move(partial, staging.resolve(name));
    }

    /** Forces the staging folder's tree to the disk, renames it to {@code results/} and forces the rename. */
    static Path publish(Path folder) throws IOException {
        Path staging = folder.resolve(STAGING);
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(staging)) {
            entries = walk.toList();
        }
        // Files first, then folders deepest first, so every name is durable after what it names.
        for (Path entry : entries) {
            if (Files.isRegularFile(entry)) {
                sync(entry);
            }
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (Files.isDirectory(entries.get(i))) {
                sync(entries.get(i));
            }
        }
        Path results = folder.resolve(RESULTS);
        move(staging, results);
        sync(folder);
        return results;
    }

    /** Removes what a job cut short left behind: staging folders and an earlier attempt's results. */
    static void clean(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") || name.equals(RESULTS)) {
                    Folders.deleteTree(entry);
                }
            }
        }
    }

    /** fsync of a file or a folder (a folder is opened for reading, which Linux and macOS allow). */
    static void sync(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
