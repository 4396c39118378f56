package io.gramkit.dsl.parser;

import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Turns ANTLR token offsets into 1-based source spans. Computed from the text rather than from
 * ANTLR's line and column, which count code points and only '\n' line breaks, so that spans
 * agree with {@link SourceFile#line} (Java characters; '\n', '\r\n' and '\r' breaks).
 */
final class Positions {
    private final SourceFile file;
    /** Character offset of each code point, or null when the text has no surrogate pairs. */
    private final int[] charOffsets;

    Positions(SourceFile file) {
        this.file = file;
        String text = file.text();
        this.charOffsets = text.codePointCount(0, text.length()) == text.length() ? null : charOffsets(text);
    }

    SourceFile file() {
        return file;
    }

    /** The span of one token (for end of file, the position just after the last character). */
    SourceSpan span(Token token) {
        return span(token, token);
    }

    /** From {@code start} to the end of {@code stop} if both are on one line, else {@code start} alone. */
    SourceSpan span(Token start, Token stop) {
        int from = charOffset(start.getStartIndex());
        int to = charOffset(stop.getStopIndex() + 1);
        if (stop.getStopIndex() < start.getStartIndex() || line(from) != line(to - 1)) {
            to = charOffset(start.getStopIndex() + 1);
        }
        return at(from, to);
    }

    /** The span of a rule's text; multi-line rules (blocks) point at their first token. */
    SourceSpan span(ParserRuleContext ctx) {
        Token stop = ctx.getStop();
        return span(ctx.getStart(), stop == null ? ctx.getStart() : stop);
    }

    /** Characters {@code [from, to)} of the text, clipped to the end of the first line. */
    SourceSpan at(int from, int to) {
        int line = line(from);
        int lineStart = file.lineStart(line);
        int lineLength = file.line(line).length();
        int column = Math.min(from - lineStart, lineLength) + 1;
        int end = Math.min(to, lineStart + lineLength);
        return SourceSpan.at(file, line, column, Math.max(1, end - (lineStart + column - 1)));
    }

    int charOffset(int codePointIndex) {
        int index = Math.max(0, codePointIndex);
        if (charOffsets == null) {
            return Math.min(index, file.text().length());
        }
        return charOffsets[Math.min(index, charOffsets.length - 1)];
    }

    private int line(int charOffset) {
        return file.lineOf(charOffset);
    }

    private static int[] charOffsets(String text) {
        int[] offsets = new int[text.codePointCount(0, text.length()) + 1];
        int codePoint = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            offsets[codePoint++] = i;
        }
        offsets[codePoint] = text.length();
        return offsets;
    }
}
