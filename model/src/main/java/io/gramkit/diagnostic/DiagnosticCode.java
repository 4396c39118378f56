package io.gramkit.diagnostic;

/**
 * One entry of a module's catalogue of problems: a stable code ({@code G205}, {@code D103},
 * {@code R110}, ...), the severity it is normally reported with, and one line saying what it means.
 * Each module keeps its own catalogue (an enum implementing this type), so this module does not
 * learn every module's vocabulary; a code, once published, keeps its meaning.
 */
public interface DiagnosticCode {

    /** The code as printed in brackets after a message. */
    String code();

    /** How the problem is normally reported; a caller may report it more mildly (inspection). */
    Severity severity();

    /** One line for the catalogue tables in docs/. */
    String meaning();

    /** A diagnostic of this kind at {@code span}, with the catalogue's severity. */
    default Diagnostic at(SourceSpan span, String message) {
        return new Diagnostic(severity(), this, message, span);
    }
}
