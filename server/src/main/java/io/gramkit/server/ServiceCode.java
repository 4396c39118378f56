package io.gramkit.server;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.DiagnosticCode;
import io.gramkit.diagnostic.Severity;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;

/**
 * The service's own problems with what a request sends, with stable codes: {@code S1xx} files and
 * paths, {@code S2xx} uploaded rules, {@code S3xx} request settings and limits. Listed in
 * docs/service.md; a code, once published, keeps its meaning.
 */
public enum ServiceCode implements DiagnosticCode {
    PATH_OUTSIDE(
            "S101", "a path in a scenario, or a file it imports, leaves the libraries and the request's own files"),
    BAD_FILE_NAME("S102", "an uploaded file's name is not a plain name with an admitted extension"),
    NO_SUCH_SCENARIO("S103", "the request names a library scenario that does not exist"),
    RULE_NOT_ADMITTED("S201", "an uploaded rule file uses something the DRL sandbox does not admit"),
    BAD_SETTING("S301", "a request setting is missing, of the wrong type or out of range");

    private final String code;
    private final String meaning;

    ServiceCode(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    @Override
    public String code() {
        return code;
    }

    /** Every problem of a request refuses it. */
    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String meaning() {
        return meaning;
    }

    /** A problem with the request as a whole, reported against {@code request}. */
    Diagnostic request(String message) {
        return at(SourceSpan.of(new SourceFile("request", "")), message);
    }
}
