package io.gramkit.diagnostic;

import java.util.Objects;

/**
 * A second place a diagnostic concerns (the other rule of a conflict), printed after it as
 * {@code file:line:col: note: message} with its source line.
 */
public record Note(SourceSpan span, String message) {

    public Note {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(message, "message");
    }
}
