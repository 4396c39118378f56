package io.gramkit.interpreter;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.Note;
import io.gramkit.diagnostic.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * The model reached a state its equations do not allow (cash below -1e-6 USD, a rule conflict):
 * a problem of the scenario's inputs, reported with the path and day where it happened and, when
 * known, the places in the input that caused it (both rules of a conflict).
 */
public final class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ModelCode code;
    private final int path;
    private final int day;
    private final transient SourceSpan where;
    private final transient List<Note> notes;

    /** A problem no single place in the input is known to cause. */
    public ModelException(ModelCode code, int path, int day, String message) {
        this(code, path, day, message, null, List.of());
    }

    /**
     * @param where the place that caused it ({@code null}: not known)
     * @param notes other places it concerns
     */
    public ModelException(ModelCode code, int path, int day, String message, SourceSpan where, List<Note> notes) {
        super("path " + path + ", day " + day + ": " + message, null, false, false);
        this.code = code;
        this.path = path;
        this.day = day;
        this.where = where;
        this.notes = List.copyOf(notes);
    }

    /** The stable diagnostic code, catalogued in docs/model.md. */
    public ModelCode code() {
        return code;
    }

    public int path() {
        return path;
    }

    public int day() {
        return day;
    }

    /** The place in the input that caused the problem, when known. */
    public Optional<SourceSpan> where() {
        return Optional.ofNullable(where);
    }

    /** The problem as a diagnostic, at {@link #where()} or else at {@code fallback}. */
    public Diagnostic diagnostic(SourceSpan fallback) {
        return new Diagnostic(code.severity(), code, getMessage(), where().orElse(fallback), notes);
    }
}
