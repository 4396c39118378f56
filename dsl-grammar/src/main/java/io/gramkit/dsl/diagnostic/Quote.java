package io.gramkit.dsl.diagnostic;

import java.util.Locale;

/** Quotes offending text for messages: single quotes, control characters escaped, long text cut. */
public final class Quote {
    /** Longer text is cut: a 5 MB token must not become a 5 MB message. */
    public static final int MAX_QUOTED = 40;

    private Quote() {}

    public static String of(String text) {
        StringBuilder quoted = new StringBuilder("'");
        int end = Math.min(text.length(), MAX_QUOTED);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == 0x7f || c == '\ufffd' || c == '\ufeff') {
                quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        if (end < text.length()) {
            quoted.append("...");
        }
        return quoted.append('\'').toString();
    }
}
