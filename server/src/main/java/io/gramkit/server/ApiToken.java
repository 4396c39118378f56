package io.gramkit.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The service's bearer token, as Jupyter does it: made at first start from 32 random bytes and
 * written to {@code DATA/token}, readable by its owner only; later starts read it back. The
 * comparison takes the same time whatever the guess.
 */
public final class ApiToken {
    public static final String FILE = "token";

    private final byte[] token;

    private ApiToken(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /** Reads {@code DATA/token}, or writes a new one there (mode 600) if there is none. */
    public static ApiToken inFolder(Path data) throws IOException {
        Path file = data.resolve(FILE);
        if (!Files.exists(file)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String made = HexFormat.of().formatHex(random);
            try {
                // Created with its final mode, so no other user can open it in between.
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, made + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            } catch (FileAlreadyExistsException e) {
                // Another process made it first: use theirs.
            }
        }
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (text.length() < 16) {
            throw new IOException(
                    file + " holds no usable token (at least 16 characters); delete it to make a new one");
        }
        return new ApiToken(text);
    }

    /** Whether an {@code Authorization} header carries this token. */
    public boolean admits(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(token, given);
    }

    public String value() {
        return new String(token, StandardCharsets.UTF_8);
    }
}
