package io.gramkit.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An input a run read, with the SHA-256 of its bytes: a file by its absolute path (every file in a
 * manifest alike, however it was given), text that came from no file by the name it was given.
 */
public record InputFile(String name, String sha256) {

    public static InputFile of(Path file) {
        try {
            return new InputFile(absolute(file.toString()), sha256(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A file's name as an absolute, normalised path, and generated rules named after their file
     * ({@code x.gram#policies.drl}) with that file's; a name that is no file on disk (a packaged
     * resource {@code classpath:...}, a scenario given as text) stays as it is.
     */
    public static String absolute(String name) {
        int hash = name.indexOf('#');
        String file = hash < 0 ? name : name.substring(0, hash);
        try {
            Path path = Path.of(file);
            if (file.isEmpty() || name.startsWith("classpath:") || !Files.exists(path)) {
                return name;
            }
            return path.toAbsolutePath().normalize() + name.substring(file.length());
        } catch (InvalidPathException e) {
            return name;
        }
    }

    public static InputFile ofText(String name, String text) {
        return new InputFile(name, sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
