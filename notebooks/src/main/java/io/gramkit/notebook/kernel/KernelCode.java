package io.gramkit.notebook.kernel;

import io.gramkit.diagnostic.DiagnosticCode;
import io.gramkit.diagnostic.Severity;

/**
 * The problems the notebook kernel reports in the kit's diagnostic shape ({@code K1xx}), listed
 * in docs/notebooks.md; a code, once published, keeps its meaning.
 */
public enum KernelCode implements DiagnosticCode {
    DOES_NOT_COMPILE("K101", "a cell the Java compiler rejects (javac's message, pointing into the cell)");

    private final String code;
    private final String meaning;

    KernelCode(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
