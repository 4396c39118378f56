package io.gramkit.server;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;

/**
 * The service's own diagnostic codes (S1xx: files and paths, S2xx: uploaded rules, S3xx: request
 * settings and limits), catalogued in docs/service.md.
 */
enum ServiceCodes {
    /** A path in a scenario leaves the libraries and the request's own files. */
    PATH_OUTSIDE("S101"),
    /** A file name in the request is not a plain name with an admitted extension. */
    BAD_FILE_NAME("S102"),
    /** The request names a library scenario that does not exist. */
    NO_SUCH_SCENARIO("S103"),
    /** An uploaded rule file uses something outside the admitted facts, levels and levers. */
    RULE_NOT_ADMITTED("S201"),
    /** A request setting is missing, of the wrong type or out of range. */
    BAD_SETTING("S301");

    private final String code;

    ServiceCodes(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    Diagnostic at(SourceSpan span, String message) {
        return Diagnostic.error(code, span, message);
    }

    /** A problem with the request as a whole, reported against {@code request}. */
    Diagnostic request(String message) {
        return Diagnostic.error(code, SourceSpan.of(new SourceFile("request", "")), message);
    }
}
