package io.gramkit.dsl.format;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.dsl.ScenarioLoader;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.dsl.parser.Lexemes;
import io.gramkit.dsl.parser.Lexemes.Kind;
import io.gramkit.dsl.parser.Lexemes.Lexeme;
import io.gramkit.dsl.parser.ScenarioParser;
import io.gramkit.dsl.parser.SourceFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The canonical layout of a {@code .gram} file ({@code gram fmt}; the rules are in
 * docs/language.md, "Formatting"). Works on the stream of lexemes, not on the syntax tree: it
 * knows braces, commas, signs, percent signs, strings and comments, and no keyword, so statements
 * added to the language format without a change here. The parser only decides whether a file is
 * formatted at all: a file with syntax errors is left alone and its errors are reported.
 */
public final class ScenarioFormatter {
    private static final String INDENT = "  ";

    private ScenarioFormatter() {}

    /**
     * Reads a scenario file as {@link ScenarioLoader} does and returns its canonical text.
     *
     * @throws InputException with the problems {@code gram check} prints, if the file cannot be
     *     read or does not parse (the checks of settings that follow parsing are not run)
     */
    public static String format(Path file) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<SourceFile> source = SourceFiles.read(file, diagnostics);
        diagnostics.throwIfErrors();
        return format(source.orElseThrow());
    }

    /**
     * The canonical text of {@code source}.
     *
     * @throws InputException with every lexical and syntax error, if the text does not parse
     */
    public static String format(SourceFile source) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            ScenarioParser.parse(source, diagnostics);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug, not bad input: reported as ScenarioLoader reports it.
            diagnostics.report(GramCode.MODEL_CHECK_FAILED.at(
                    SourceSpan.of(source),
                    "internal error while reading this scenario (" + e + "); please report it with the file"));
        }
        diagnostics.throwIfErrors();
        return layout(Lexemes.of(source));
    }

    /** The canonical layout of any lexemes, parsed or not (the formatter's tests feed it syntax to come). */
    static String layout(List<Lexeme> lexemes) {
        return Layout.render(new Layout().lines(lexemes));
    }

    /** One output line: code (tokens and block comments), an end-of-line comment, or a full-line comment. */
    private static final class Line {
        int depth;
        final int sourceColumn;
        final StringBuilder text = new StringBuilder();
        boolean hasCode;
        boolean closesBlock;
        boolean opensBlock;
        boolean endsWithComma;
        /** Nothing more goes on this line but an end-of-line comment (it ends with a brace or a comment). */
        boolean ended;

        boolean blankBefore;
        /** A // comment on a line of its own. */
        boolean lineComment;

        String endComment;
        int indent;
        /** Forced onto a line of its own (after a brace): never a continuation. */
        boolean startsStatement;

        Line(int depth, int sourceColumn) {
            this.depth = depth;
            this.sourceColumn = sourceColumn;
        }

        boolean isComment() {
            return !hasCode && !closesBlock;
        }
    }

    private static final class Layout {
        private final List<Line> lines = new ArrayList<>();
        private int depth;
        private Line current;
        private Lexeme previous;

        List<Line> lines(List<Lexeme> lexemes) {
            for (Lexeme lexeme : lexemes) {
                boolean newLine = lexeme.lineBreaksBefore() > 0 || current == null || current.ended;
                switch (lexeme.kind()) {
                    case LINE_COMMENT -> lineComment(lexeme);
                    case OPEN_BRACE -> openBrace(lexeme);
                    case CLOSE_BRACE -> closeBrace(lexeme);
                    default -> code(lexeme, newLine);
                }
                previous = lexeme;
            }
            indent();
            return lines;
        }

        private void lineComment(Lexeme lexeme) {
            String comment = lexeme.text().stripTrailing();
            if (lexeme.lineBreaksBefore() == 0
                    && current != null
                    && current.endComment == null
                    && !current.lineComment) {
                current.endComment = comment;
                current.ended = true;
                return;
            }
            Line line = start(lexeme, false);
            line.lineComment = true;
            line.text.append(comment);
            line.ended = true;
        }

        private void openBrace(Lexeme lexeme) {
            Line line = current;
            if (lexeme.lineBreaksBefore() > 0 || line == null || line.ended) {
                // '{' stays on the line that opens the block: the last line with code, before its comment.
                int opener = lastCodeLine();
                if (opener >= 0 && !lines.get(opener).closesBlock && !lines.get(opener).opensBlock) {
                    for (int i = opener + 1; i < lines.size(); i++) {
                        lines.get(i).depth++; // comments between the opener and its brace move into the block
                    }
                    line = lines.get(opener);
                } else {
                    line = start(lexeme, true);
                }
            }
            append(line, lexeme);
            line.hasCode = true;
            line.opensBlock = true;
            line.ended = true;
            current = lines.get(lines.size() - 1);
            current.ended = true;
            depth++;
        }

        private void closeBrace(Lexeme lexeme) {
            depth = Math.max(0, depth - 1);
            if (previous != null
                    && previous.kind() == Kind.OPEN_BRACE
                    && current != null
                    && current.opensBlock
                    && current.endComment == null) {
                current.text.append('}'); // an empty block: {}
                current.closesBlock = true;
                return;
            }
            Line line = start(lexeme, true);
            line.closesBlock = true;
            line.blankBefore = false;
            line.text.append('}');
            line.ended = true;
        }

        private void code(Lexeme lexeme, boolean newLine) {
            Line line = newLine ? start(lexeme, true) : current;
            if (!newLine) {
                append(line, lexeme);
            } else {
                line.text.append(text(lexeme));
            }
            if (lexeme.kind() != Kind.BLOCK_COMMENT) {
                line.hasCode = true;
                line.endsWithComma = lexeme.kind() == Kind.COMMA;
            }
        }

        private Line start(Lexeme lexeme, boolean canStartStatement) {
            Line before = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            Line line = new Line(depth, lexeme.column());
            line.blankBefore =
                    lexeme.lineBreaksBefore() > 1 && before != null && !(before.opensBlock && !before.closesBlock);
            line.startsStatement = before != null && lexeme.lineBreaksBefore() == 0 && canStartStatement;
            lines.add(line);
            current = line;
            return line;
        }

        /** The index of the last line with code, or -1. */
        private int lastCodeLine() {
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!lines.get(i).isComment()) {
                    return i;
                }
            }
            return -1;
        }

        /** One space between lexemes; none before a comma or percent, around brackets, or after a sign written against its number. */
        private void append(Line line, Lexeme lexeme) {
            boolean space = switch (lexeme.kind()) {
                case COMMA, PERCENT -> false;
                default ->
                    previous == null
                            || !((previous.kind() == Kind.SIGN && !lexeme.spaceBefore())
                                    || previous.text().equals("(")
                                    || previous.text().equals("[")
                                    || lexeme.text().equals(")")
                                    || lexeme.text().equals("]"));
            };
            if (line.text.length() > 0 && space) {
                line.text.append(' ');
            }
            line.text.append(text(lexeme));
        }

        /** Lexemes verbatim; a block comment with its line endings normalised and trailing whitespace removed. */
        private static String text(Lexeme lexeme) {
            if (lexeme.kind() != Kind.BLOCK_COMMENT) {
                return lexeme.text();
            }
            String[] parts = lexeme.text().split("\r\n|\r|\n", -1);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                out.append(i == 0 ? "" : "\n").append(parts[i].stripTrailing());
            }
            return out.toString();
        }

        /**
         * Indents every line: two spaces a brace level, and one level more for a line that
         * continues a statement: after a line that ends with a comma, or indented deeper, in the
         * source, than the line that began the statement (when that line is itself indented deeper
         * than the one that opened its block: a block written flush left says nothing by its
         * indentation). A comment takes the indentation of the code line after it in its block.
         */
        private void indent() {
            List<Integer> statementColumns = new ArrayList<>();
            List<Integer> openerColumns = new ArrayList<>();
            boolean afterBrace = true;
            boolean afterComma = false;
            for (Line line : lines) {
                while (statementColumns.size() <= line.depth + 1) {
                    statementColumns.add(null);
                    openerColumns.add(-1);
                }
                if (line.closesBlock && !line.opensBlock) {
                    line.indent = line.depth;
                    clearDeeper(statementColumns, line.depth - 1);
                    afterBrace = true;
                    afterComma = false;
                    continue;
                }
                if (line.isComment()) {
                    continue;
                }
                Integer statement = statementColumns.get(line.depth);
                boolean deeper =
                        statement != null && line.sourceColumn > statement && statement > openerColumns.get(line.depth);
                boolean continues = !afterBrace && !line.startsStatement && (afterComma || deeper);
                line.indent = line.depth + (continues ? 1 : 0);
                if (!continues) {
                    statementColumns.set(line.depth, line.sourceColumn);
                }
                afterBrace = line.closesBlock;
                afterComma = line.endsWithComma;
                if (line.opensBlock) {
                    clearDeeper(statementColumns, line.depth);
                    openerColumns.set(line.depth + 1, line.sourceColumn);
                    afterBrace = true;
                }
            }
            for (int i = lines.size() - 1; i >= 0; i--) {
                Line line = lines.get(i);
                if (line.isComment()) {
                    Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
                    boolean sameBlock =
                            next != null && next.depth == line.depth && !(next.closesBlock && !next.opensBlock);
                    line.indent = sameBlock ? next.indent : line.depth;
                }
            }
        }

        private static void clearDeeper(List<Integer> columns, int depth) {
            for (int d = depth + 1; d < columns.size(); d++) {
                columns.set(d, null);
            }
        }

        /**
         * The text: blank lines as the source has them (at most one, none after an opening or
         * before a closing brace), and runs of adjacent lines with end-of-line comments aligned.
         */
        static String render(List<Line> lines) {
            int[] commentColumns = commentColumns(lines);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (line.blankBefore && i > 0) {
                    out.append('\n');
                }
                int lineStart = out.length();
                out.append(INDENT.repeat(line.indent)).append(line.text);
                if (line.endComment != null) {
                    int width = out.length() - Math.max(lineStart, out.lastIndexOf("\n") + 1);
                    out.append(" ".repeat(Math.max(2, commentColumns[i] - width)))
                            .append(line.endComment);
                }
                out.append('\n');
            }
            return out.toString();
        }

        private static int[] commentColumns(List<Line> lines) {
            int[] columns = new int[lines.size()];
            int runStart = 0;
            for (int i = 0; i <= lines.size(); i++) {
                boolean continuesRun = i < lines.size()
                        && i > runStart
                        && lines.get(i).endComment != null
                        && !lines.get(i).blankBefore
                        && lines.get(i).depth == lines.get(runStart).depth
                        && lines.get(runStart).endComment != null;
                if (continuesRun) {
                    continue;
                }
                int widest = 0;
                for (int j = runStart; j < i; j++) {
                    widest = Math.max(widest, codeWidth(lines.get(j)));
                }
                for (int j = runStart; j < i; j++) {
                    columns[j] = widest + 2;
                }
                runStart = i;
            }
            return columns;
        }

        private static int codeWidth(Line line) {
            String text = line.text.toString();
            int lastBreak = text.lastIndexOf('\n');
            return lastBreak >= 0 ? text.length() - lastBreak - 1 : INDENT.length() * line.indent + text.length();
        }
    }
}
