package io.gramkit.analysis;

import java.io.IOException;
import java.io.Writer;

/**
 * Minimal RFC 4180 writing: numbers as Java prints them (they parse back to the same double),
 * text quoted when it holds a comma, quote or line break. Lines end with '\n' on every platform.
 */
public final class Csv {
    private Csv() {}

    public static void row(Writer out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields[i]));
        }
        out.write('\n');
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    public static String number(double value) {
        return Double.toString(value);
    }
}
