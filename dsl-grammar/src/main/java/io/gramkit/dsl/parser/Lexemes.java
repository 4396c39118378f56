package io.gramkit.dsl.parser;

import io.gramkit.diagnostic.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * The text of a file as a flat list of lexemes, comments included, with the layout between them:
 * what the formatter reads instead of ANTLR tokens. Only the structural kinds are told apart
 * (braces, commas, signs, percent, strings, comments); every keyword, unit, number or name is a
 * {@link Kind#WORD}, so a keyword added to the grammar needs no change here.
 */
public final class Lexemes {
    /** Columns a tab advances to (the next multiple of this), for comparing indentation. */
    public static final int TAB_WIDTH = 4;

    private Lexemes() {}

    /** What a lexeme is, as far as layout cares. */
    public enum Kind {
        OPEN_BRACE,
        CLOSE_BRACE,
        COMMA,
        SIGN,
        PERCENT,
        STRING,
        LINE_COMMENT,
        BLOCK_COMMENT,
        WORD
    }

    /**
     * One lexeme and the whitespace before it.
     *
     * @param lineBreaksBefore line breaks ({@code \n}, {@code \r\n} or {@code \r}) between the previous lexeme (or the start of the file) and this one
     * @param spaceBefore whether any whitespace separates it from the previous lexeme
     * @param column the 0-based column it starts at on its source line, a tab advancing to the next multiple of {@link #TAB_WIDTH}
     */
    public record Lexeme(Kind kind, String text, int lineBreaksBefore, boolean spaceBefore, int column) {}

    /**
     * Every lexeme of {@code source}, in order. Meant for text that parses: a character the
     * language does not know, or an unterminated string or comment, is just a {@link Kind#WORD}.
     */
    public static List<Lexeme> of(SourceFile source) {
        GramLexer lexer = new GramLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        String text = source.text();
        List<Lexeme> lexemes = new ArrayList<>();
        int offset = 0; // characters of the text consumed so far
        int column = 0;
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            String lexeme = token.getText();
            int start = text.indexOf(lexeme, offset);
            // Everything between two tokens is whitespace (the lexer skips only whitespace).
            int breaks = 0;
            for (int i = offset; i < start; i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == start || text.charAt(i + 1) != '\n'))) {
                    breaks++;
                    column = 0;
                } else if (c != '\r') {
                    column = advance(column, c);
                }
            }
            lexemes.add(new Lexeme(kind(token.getType()), lexeme, breaks, start > offset, column));
            for (int i = 0; i < lexeme.length(); i++) {
                char c = lexeme.charAt(i);
                column = c == '\n' || c == '\r' ? 0 : advance(column, c);
            }
            offset = start + lexeme.length();
        }
        return lexemes;
    }

    private static int advance(int column, char c) {
        return c == '\t' ? (column / TAB_WIDTH + 1) * TAB_WIDTH : column + 1;
    }

    private static Kind kind(int type) {
        return switch (type) {
            case GramLexer.LBRACE -> Kind.OPEN_BRACE;
            case GramLexer.RBRACE -> Kind.CLOSE_BRACE;
            case GramLexer.COMMA -> Kind.COMMA;
            case GramLexer.PLUS, GramLexer.MINUS -> Kind.SIGN;
            case GramLexer.PERCENT -> Kind.PERCENT;
            case GramLexer.STRING -> Kind.STRING;
            case GramLexer.LINE_COMMENT -> Kind.LINE_COMMENT;
            case GramLexer.BLOCK_COMMENT -> Kind.BLOCK_COMMENT;
            default -> Kind.WORD;
        };
    }
}
