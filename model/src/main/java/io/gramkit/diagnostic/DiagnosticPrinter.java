package io.gramkit.diagnostic;

import java.util.List;

/**
 * Prints diagnostics the same way everywhere:
 * <pre>
 * scenario.gram:12:17: error: unknown reserve asset 'silver'; expected one of: cash, gold [G2001]
 *    12 |     reserves 1,000 silver
 *       |                    ^~~~~~
 * </pre>
 * A diagnostic's notes follow it in the same shape, labelled {@code note}.
 */
public final class DiagnosticPrinter {
    /** More than this many diagnostics are summarised in one closing line. */
    public static final int MAX_PRINTED = 50;
    /** Source lines longer than this are shown as a window around the column. */
    private static final int MAX_LINE_SHOWN = 160;

    private DiagnosticPrinter() {}

    public static String render(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        int shown = Math.min(diagnostics.size(), MAX_PRINTED);
        for (int i = 0; i < shown; i++) {
            out.append(render(diagnostics.get(i)));
        }
        if (diagnostics.size() > shown) {
            out.append("... and ").append(diagnostics.size() - shown).append(" more problems not shown\n");
        }
        return out.toString();
    }

    public static String render(Diagnostic diagnostic) {
        StringBuilder out = new StringBuilder();
        out.append(diagnostic.span().location())
                .append(": ")
                .append(diagnostic.severity().label())
                .append(": ")
                .append(diagnostic.message())
                .append(" [")
                .append(diagnostic.code().code())
                .append("]\n");
        excerpt(diagnostic.span(), out);
        for (Note note : diagnostic.notes()) {
            out.append(note.span().location())
                    .append(": note: ")
                    .append(note.message())
                    .append('\n');
            excerpt(note.span(), out);
        }
        return out.toString();
    }

    /** The span's source line with a caret under it; nothing for a whole file or a line past the end. */
    private static void excerpt(SourceSpan span, StringBuilder out) {
        if (span.isWholeFile() || span.line() > span.file().lineCount()) {
            return;
        }
        String line = span.file().line(span.line());
        int start = 0;
        int column = Math.max(1, span.column());
        if (line.length() > MAX_LINE_SHOWN) {
            start = Math.max(0, Math.min(column - 1 - MAX_LINE_SHOWN / 2, line.length() - MAX_LINE_SHOWN));
            line = line.substring(start, start + MAX_LINE_SHOWN);
        }
        String number = Integer.toString(span.line());
        String gutter = " ".repeat(Math.max(0, 5 - number.length()));
        out.append(gutter).append(number).append(" | ").append(printable(line)).append('\n');
        out.append(" ".repeat(gutter.length() + number.length())).append(" | ");
        int caretColumn = Math.min(column - 1 - start, line.length());
        for (int i = 0; i < caretColumn; i++) {
            out.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        int width = Math.max(1, Math.min(span.length(), line.length() - caretColumn));
        out.append('^').append("~".repeat(width - 1)).append('\n');
    }

    /** Control characters (binary garbage) would corrupt a terminal; show them as '?'. */
    private static String printable(String line) {
        StringBuilder shown = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            shown.append(c == '\t' || (c >= ' ' && c != 0x7f) ? c : '?');
        }
        return shown.toString();
    }
}
