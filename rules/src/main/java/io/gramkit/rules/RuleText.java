package io.gramkit.rules;

import io.gramkit.diagnostic.SourceFile;
import io.gramkit.interpreter.RuleFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One DRL file as read: its name as given, its text, and the SHA-256 of its bytes. */
record RuleText(SourceFile source, String sha256) {

    static RuleText of(String name, byte[] bytes) {
        return new RuleText(new SourceFile(name, new String(bytes, StandardCharsets.UTF_8)), sha256(bytes));
    }

    String name() {
        return source.name();
    }

    RuleFile file() {
        return new RuleFile(name(), sha256);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
