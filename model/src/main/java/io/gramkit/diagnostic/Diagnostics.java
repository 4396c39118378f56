package io.gramkit.diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one pass. Each pass owns its own collector (no global flags);
 * the caller stops the chain when {@link #hasErrors()}.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public void report(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void error(DiagnosticCode code, SourceSpan span, String message) {
        report(Diagnostic.error(code, span, message));
    }

    public void warning(DiagnosticCode code, SourceSpan span, String message) {
        report(Diagnostic.warning(code, span, message));
    }

    public void addAll(List<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** All diagnostics in reading order, duplicates removed. */
    public List<Diagnostic> sorted() {
        return items.stream().distinct().sorted(Diagnostic.READING_ORDER).toList();
    }

    /** Throws the collected problems if any is an error. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new InputException(sorted());
        }
    }
}
