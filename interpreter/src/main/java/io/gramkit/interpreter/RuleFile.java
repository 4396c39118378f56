package io.gramkit.interpreter;

/** A rule file a run used: its name as given and the SHA-256 of its bytes, hex-encoded. */
public record RuleFile(String name, String sha256) {}
