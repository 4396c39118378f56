package io.gramkit.diagnostic;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in an input file. Messages are lower case, without a trailing period, and
 * quote the offending text; {@code code} is stable and catalogued in the docs. {@code notes} name
 * other places the problem concerns (the second rule of a conflict), printed after it.
 */
public record Diagnostic(Severity severity, DiagnosticCode code, String message, SourceSpan span, List<Note> notes) {

    /** Reading order: file, line, column, then errors before warnings. */
    public static final Comparator<Diagnostic> READING_ORDER = Comparator.comparing(
                    (Diagnostic d) -> d.span().file().name())
            .thenComparingInt(d -> d.span().line())
            .thenComparingInt(d -> d.span().column())
            .thenComparing(Diagnostic::severity)
            .thenComparing(d -> d.code().code())
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
        notes = List.copyOf(notes);
    }

    public Diagnostic(Severity severity, DiagnosticCode code, String message, SourceSpan span) {
        this(severity, code, message, span, List.of());
    }

    public static Diagnostic error(DiagnosticCode code, SourceSpan span, String message) {
        return new Diagnostic(Severity.ERROR, code, message, span);
    }

    public static Diagnostic warning(DiagnosticCode code, SourceSpan span, String message) {
        return new Diagnostic(Severity.WARNING, code, message, span);
    }

    /** This diagnostic with one more place it concerns. */
    public Diagnostic withNote(SourceSpan where, String note) {
        List<Note> all = new java.util.ArrayList<>(notes);
        all.add(new Note(where, note));
        return new Diagnostic(severity, code, message, span, all);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return span.location() + ": " + severity.label() + ": " + message + " [" + code.code() + "]";
    }
}
