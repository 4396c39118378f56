package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/**
 * A number as written, with its sign and thousands separators ({@code "-2"}, {@code "4,125,000"},
 * {@code "2,332.76"}). Kept as text so the resolver can convert it exactly.
 */
public record NumberLiteral(SourceSpan span, String text) implements Node {

    /** The digits without separators, ready for {@code new BigDecimal(...)}: {@code "-4125000"}. */
    public String plain() {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ',' && c != '+' && !Character.isWhitespace(c)) {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
