package io.gramkit.interpreter;

import io.gramkit.diagnostic.DiagnosticCode;
import io.gramkit.diagnostic.Severity;

/**
 * The states the model's equations forbid, with stable codes ({@code M1xx}), listed in
 * docs/model.md; a code, once published, keeps its meaning.
 */
public enum ModelCode implements DiagnosticCode {
    NEGATIVE_CASH("M101", "cash ended a day below -1e-6 USD"),
    RULE_CONFLICT("M102", "two rules set one lever to different values on one path-day (names both rules)");

    private final String code;
    private final String meaning;

    ModelCode(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    @Override
    public String code() {
        return code;
    }

    /** Each stops the run. */
    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
