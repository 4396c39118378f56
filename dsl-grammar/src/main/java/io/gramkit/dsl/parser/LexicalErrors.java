package io.gramkit.dsl.parser;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.dsl.diagnostic.Quote;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;

/**
 * Reports the lexer's error tokens, each once: stray characters (a run of them as one problem),
 * unterminated strings and comments, unknown escapes, malformed digit groups. The parser either
 * never sees these tokens (hidden channel) or accepts them where a value of their kind may stand,
 * so one lexical mistake does not also produce a syntax error.
 */
final class LexicalErrors {
    /** Beyond this many digits an exponent's number is not written out in the message. */
    private static final int MAX_WRITTEN_DIGITS = 30;

    private final Positions positions;
    private final Diagnostics diagnostics;

    private LexicalErrors(Positions positions, Diagnostics diagnostics) {
        this.positions = positions;
        this.diagnostics = diagnostics;
    }

    /** Reports the lexical errors; returns whether a comment runs to the end of the file. */
    static boolean report(List<Token> tokens, Positions positions, Diagnostics diagnostics) {
        LexicalErrors errors = new LexicalErrors(positions, diagnostics);
        boolean openComment = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            switch (token.getType()) {
                case GramLexer.UNKNOWN_CHAR -> i = errors.unknownCharacters(tokens, i);
                case GramLexer.UNTERMINATED_STRING ->
                    diagnostics.report(GramCode.UNTERMINATED_STRING.at(
                            positions.span(token), "unterminated string; add the closing '\"' on the same line"));
                case GramLexer.UNTERMINATED_COMMENT -> {
                    diagnostics.report(GramCode.UNTERMINATED_COMMENT.at(
                            positions.span(token), "unterminated comment; add '*/' to close it"));
                    openComment = true;
                }
                case GramLexer.MALFORMED_NUMBER ->
                    diagnostics.report(GramCode.MALFORMED_NUMBER.at(positions.span(token), malformed(token.getText())));
                case GramLexer.STRING -> errors.escapes(token);
                default -> {}
            }
        }
        return openComment;
    }

    private static String malformed(String text) {
        int exponent = Math.max(text.indexOf('e'), text.indexOf('E'));
        if (exponent < 0) {
            return "malformed number " + Quote.of(text) + "; a group after a thousands separator has exactly 3 digits";
        }
        String message = "number " + Quote.of(text) + " has an exponent; write it out";
        BigDecimal value;
        try {
            value = new BigDecimal(text.replace(",", "")).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return message; // an exponent beyond an int
        }
        if (value.scale() > MAX_WRITTEN_DIGITS || value.precision() - value.scale() > MAX_WRITTEN_DIGITS) {
            return message; // far too many digits to be a setting
        }
        String plain = value.toPlainString();
        if (value.scale() > 0 || value.precision() - value.scale() < 5) {
            return message + ": " + plain;
        }
        String grouped = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
        return message + ": " + plain + " (or " + grouped + ")";
    }

    /** Reports the run of adjacent unknown characters starting at {@code first}; returns its last index. */
    private int unknownCharacters(List<Token> tokens, int first) {
        int last = first;
        while (last + 1 < tokens.size()
                && tokens.get(last + 1).getType() == GramLexer.UNKNOWN_CHAR
                && tokens.get(last + 1).getStartIndex() == tokens.get(last).getStopIndex() + 1) {
            last++;
        }
        StringBuilder text = new StringBuilder();
        for (int i = first; i <= last && text.length() <= Quote.MAX_QUOTED; i++) {
            text.append(tokens.get(i).getText());
        }
        String noun = first == last ? "unexpected character " : "unexpected characters ";
        diagnostics.report(GramCode.UNEXPECTED_CHARACTER.at(
                positions.span(tokens.get(first), tokens.get(last)), noun + Quote.of(text.toString())));
        return last;
    }

    private void escapes(Token token) {
        String text = token.getText();
        int start = positions.charOffset(token.getStartIndex());
        for (int i = 1; i < text.length() - 1; i++) {
            if (text.charAt(i) == '\\') {
                char escaped = text.charAt(i + 1);
                if (escaped != '"' && escaped != '\\') {
                    diagnostics.report(GramCode.UNKNOWN_ESCAPE.at(
                            positions.at(start + i, start + i + 2),
                            "unknown escape " + Quote.of("\\" + escaped)
                                    + " in string; write '\\\\' for a backslash ('/' also works in paths)"));
                }
                i++;
            }
        }
    }
}
