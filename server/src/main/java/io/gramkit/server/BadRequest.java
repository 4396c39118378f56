package io.gramkit.server;

import io.gramkit.diagnostic.Diagnostic;
import java.util.List;

/** A request the service refuses (400) with the diagnostics that say why. */
final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialised
    private final List<Diagnostic> diagnostics;

    BadRequest(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "bad request" : diagnostics.get(0).message());
        this.diagnostics = List.copyOf(diagnostics);
    }

    BadRequest(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
