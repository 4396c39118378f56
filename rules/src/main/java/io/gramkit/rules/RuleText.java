package io.gramkit.rules;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.interpreter.RuleFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * One rule file as read, in any of the forms the kit loads: its text as written ({@link #source()},
 * what diagnostics show), the DRL Drools compiles ({@link #drl()}: the same text for a {@code .drl}
 * file, the expansion of a {@code .dslr} file, the rules generated from a decision table), and for
 * each DRL line the line of the source it came from, so that every error points into the file
 * governance wrote. {@link #inputs()} are the files read, each with the SHA-256 of its bytes (a
 * {@code .dslr} file and its {@code .dsl} mapping).
 */
record RuleText(
        SourceFile source,
        SourceFile drl,
        List<Integer> sourceLines,
        Map<Integer, int[]> joinedLines,
        String note,
        boolean searchWholeSource,
        List<RuleFile> inputs) {

    /** A {@code .drl} file: compiled as written. */
    static RuleText of(String name, byte[] bytes) {
        SourceFile source = new SourceFile(name, new String(bytes, StandardCharsets.UTF_8));
        return new RuleText(source, source, null, Map.of(), "", false, List.of(new RuleFile(name, sha256(bytes))));
    }

    /**
     * Rules written in another form and converted to DRL. {@code sourceLines[i]} is the 1-based
     * source line of DRL line i + 1 (0: no line of its own, the file as a whole); {@code joinedLines}
     * gives the source lines whose conditions were appended, in order, to a DRL line's pattern (the
     * {@code -} lines of a {@code .dslr} file). Text an error points at that is not on its source
     * line is looked for in the whole source when {@code searchWholeSource} (a decision table's
     * templates sit above the rows they generate). {@code note} introduces the quoted DRL line in
     * messages ("expanded to", "generated").
     */
    static RuleText converted(
            SourceFile source,
            String drl,
            int[] sourceLines,
            Map<Integer, int[]> joinedLines,
            String note,
            boolean searchWholeSource,
            List<RuleFile> inputs) {
        return new RuleText(
                source,
                new SourceFile(source.name(), drl),
                Arrays.stream(sourceLines).boxed().toList(),
                Map.copyOf(joinedLines),
                note,
                searchWholeSource,
                List.copyOf(inputs));
    }

    /**
     * The same file compiled from other DRL of as many lines ({@link PolicyGlobals}): the source,
     * the line map and the inputs stay those of this file.
     */
    RuleText withDrl(String text) {
        return new RuleText(
                source, new SourceFile(drl.name(), text), sourceLines, joinedLines, note, searchWholeSource, inputs);
    }

    String name() {
        return source.name();
    }

    /** Whether Drools compiles the file as written. */
    boolean isDrl() {
        return sourceLines == null;
    }

    /** The source line a DRL line came from; 0 when it has none. */
    int sourceLine(int drlLine) {
        if (isDrl()) {
            return drlLine;
        }
        return drlLine >= 1 && drlLine <= sourceLines.size() ? sourceLines.get(drlLine - 1) : 0;
    }

    /**
     * Whether {@code file} is this DRL rather than the source: both have one name, and files are
     * equal by name, so only identity tells them apart.
     */
    @SuppressWarnings("ReferenceEquality")
    private boolean isTheDrl(SourceFile file) {
        return file == drl;
    }

    /** A place in the DRL as a place in the source: the same text on the source line if it is there. */
    SourceSpan toSource(SourceSpan drlSpan) {
        if (isDrl() || !isTheDrl(drlSpan.file())) {
            return drlSpan;
        }
        if (drlSpan.isWholeFile()) {
            return SourceSpan.of(source);
        }
        int line = sourceLine(drlSpan.line());
        if (line < 1 || line > source.lineCount()) {
            return SourceSpan.of(source);
        }
        String drlLine = drl.line(drlSpan.line());
        String sourceLine = source.line(line);
        int start = Math.min(Math.max(0, drlSpan.column() - 1), drlLine.length());
        String pointed = drlLine.substring(start, Math.min(drlLine.length(), start + Math.max(1, drlSpan.length())))
                .strip();
        int found = pointed.isEmpty() ? -1 : sourceLine.indexOf(pointed);
        if (found >= 0) {
            return SourceSpan.at(source, line, found + 1, pointed.length());
        }
        int joined = joinedLine(drlSpan.line(), drlLine, start);
        if (joined > 0) {
            return wholeLine(joined);
        }
        for (int other = 1; searchWholeSource && !pointed.isEmpty() && other <= source.lineCount(); other++) {
            found = source.line(other).indexOf(pointed);
            if (found >= 0) {
                return SourceSpan.at(source, other, found + 1, pointed.length());
            }
        }
        return wholeLine(line);
    }

    private SourceSpan wholeLine(int line) {
        String text = source.line(line);
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        return SourceSpan.at(source, line, first + 1, Math.max(1, text.strip().length()));
    }

    /**
     * The source line of the joined constraint a 0-based column of a DRL line falls in: joined
     * constraints are the last ones of the pattern, separated by commas at parenthesis depth 1.
     */
    private int joinedLine(int drlLineNumber, String drlLine, int column) {
        int[] joined = joinedLines.get(drlLineNumber);
        if (joined == null || joined.length == 0) {
            return 0;
        }
        int depth = 0;
        int constraints = 0;
        int atColumn = -1;
        for (int i = 0; i < drlLine.length(); i++) {
            char c = drlLine.charAt(i);
            if (i == column && depth >= 1) {
                atColumn = constraints;
            }
            if (c == '(') {
                depth++;
                if (depth == 1) {
                    constraints = 1;
                }
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 1) {
                constraints++;
            }
        }
        int index = atColumn - (constraints - joined.length) - 1;
        return atColumn > 0 && index >= 0 && index < joined.length ? joined[index] : 0;
    }

    /** Where a rule declared on a DRL line is written: its name on its source line (a table's NAME cell). */
    SourceSpan declaration(int drlLine, int drlColumn, String ruleName) {
        if (isDrl()) {
            return SourceSpan.at(source, drlLine, drlColumn, "rule".length());
        }
        int line = sourceLine(drlLine);
        if (line < 1 || line > source.lineCount()) {
            return SourceSpan.of(source);
        }
        int found = source.line(line).indexOf(ruleName);
        return found >= 0 ? SourceSpan.at(source, line, found + 1, ruleName.length()) : wholeLine(line);
    }

    /** A diagnostic found in the DRL, pointing into the source, with the generated line quoted if it differs. */
    Diagnostic toSource(Diagnostic diagnostic) {
        if (isDrl() || !isTheDrl(diagnostic.span().file())) {
            return diagnostic;
        }
        SourceSpan span = toSource(diagnostic.span());
        String message = diagnostic.message();
        if (!diagnostic.span().isWholeFile()) {
            String generated = drl.line(diagnostic.span().line()).strip();
            boolean found = searchWholeSource
                    && !span.isWholeFile()
                    && span.line() != sourceLine(diagnostic.span().line());
            if (!generated.isEmpty()
                    && !found
                    && (span.isWholeFile() || !source.line(span.line()).strip().equals(generated))) {
                message += " (" + note + " '" + generated + "')";
            }
        }
        return new Diagnostic(diagnostic.severity(), diagnostic.code(), message, span);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
