package io.gramkit.diagnostic;

import java.util.List;

/**
 * Bad input: a scenario, rule file or data file the kit cannot accept. Carries every problem
 * found, in reading order; the command line prints them and exits with the bad-input code.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public InputException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "bad input" : diagnostics.get(0).toString(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public InputException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The diagnostics as the command line prints them. */
    public String render() {
        return DiagnosticPrinter.render(diagnostics);
    }
}
