package io.gramkit.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in an input file. Messages are lower case, without a trailing period, and
 * quote the offending text; {@code code} is stable and catalogued in the docs.
 */
public record Diagnostic(Severity severity, String code, String message, SourceSpan span) {

    /** Reading order: file, line, column, then errors before warnings. */
    public static final Comparator<Diagnostic> READING_ORDER = Comparator.comparing(
                    (Diagnostic d) -> d.span().file().name())
            .thenComparingInt(d -> d.span().line())
            .thenComparingInt(d -> d.span().column())
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
    }

    public static Diagnostic error(String code, SourceSpan span, String message) {
        return new Diagnostic(Severity.ERROR, code, message, span);
    }

    public static Diagnostic warning(String code, SourceSpan span, String message) {
        return new Diagnostic(Severity.WARNING, code, message, span);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return span.location() + ": " + severity.label() + ": " + message + " [" + code + "]";
    }
}
