package io.gramkit.rules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fingerprint of a rule set, what a sign-off names: SHA-256 over the files' sorted pairs of
 * relative path and content, line endings normalised to LF, so that a checkout on Windows and one
 * on Linux agree. Each pair is the path (with '/'), a NUL byte, the content, a NUL byte. A folder
 * counts every file in it but hidden ones (rule folders are not searched recursively); a file
 * counts alone, under its own name.
 */
public final class RuleSetFingerprint {
    private RuleSetFingerprint() {}

    /** The lower-case hex SHA-256 of the rule files and folders, in the order of their relative paths. */
    public static String of(Path source) {
        List<String[]> pairs = new ArrayList<>();
        for (String relative : files(source)) {
            Path file = Files.isDirectory(source) ? source.resolve(relative) : source.toAbsolutePath();
            try {
                String content = Files.readString(file, StandardCharsets.UTF_8)
                        .replace("\r\n", "\n")
                        .replace('\r', '\n');
                pairs.add(new String[] {relative, content});
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read rule file " + file, e);
            }
        }
        pairs.sort((a, b) -> a[0].compareTo(b[0]));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String[] pair : pairs) {
            bytes.writeBytes(pair[0].getBytes(StandardCharsets.UTF_8));
            bytes.write(0);
            bytes.writeBytes(pair[1].getBytes(StandardCharsets.UTF_8));
            bytes.write(0);
        }
        return RuleText.sha256(bytes.toByteArray());
    }

    /**
     * The files the fingerprint counts, by the relative path it hashes ('/' separated), sorted: every
     * file of a folder but hidden ones, or a file alone under its own name.
     */
    public static List<String> files(Path source) {
        List<Path> files = new ArrayList<>();
        Path base;
        if (Files.isDirectory(source)) {
            base = source;
            try (Stream<Path> listing = Files.list(source)) {
                listing.filter(Files::isRegularFile)
                        .filter(file -> !file.getFileName().toString().startsWith("."))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read rule folder " + source, e);
            }
        } else {
            base = source.toAbsolutePath().getParent();
            files.add(source.toAbsolutePath());
        }
        return files.stream()
                .map(file -> base.toAbsolutePath()
                        .relativize(file.toAbsolutePath())
                        .toString()
                        .replace('\\', '/'))
                .sorted()
                .toList();
    }
}
