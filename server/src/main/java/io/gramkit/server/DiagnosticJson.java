package io.gramkit.server;

import io.gramkit.diagnostic.Diagnostic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Diagnostics as the API returns them: {@code file, line, column, severity, code, message}. */
final class DiagnosticJson {
    private DiagnosticJson() {}

    static List<Map<String, Object>> of(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(DiagnosticJson::of).toList();
    }

    static Map<String, Object> of(Diagnostic d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", d.span().file().name());
        json.put("line", d.span().line());
        json.put("column", d.span().column());
        json.put("severity", d.severity().label());
        json.put("code", d.code().code());
        json.put("message", d.message());
        return json;
    }
}
