package io.gramkit.diagnostic;

import java.util.Arrays;
import java.util.Objects;

/** The text of one input file, kept so diagnostics can show the offending line. */
public final class SourceFile {
    private final String name;
    private final String text;
    private final int[] lineStarts;

    public SourceFile(String name, String text) {
        this.name = Objects.requireNonNull(name, "name");
        this.text = Objects.requireNonNull(text, "text");
        this.lineStarts = lineStarts(text);
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The 1-based line's text without its line terminator, or "" outside the file. */
    public String line(int number) {
        if (number < 1 || number > lineStarts.length) {
            return "";
        }
        int start = lineStarts[number - 1];
        int end = number < lineStarts.length ? lineStarts[number] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The 1-based line holding the character at {@code offset} (offsets past the end: the last line). */
    public int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The character offset at which the 1-based {@code line} starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean newline = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (newline && i + 1 < text.length()) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** Files are equal by name only: the text is a cache of what the name refers to. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SourceFile file && file.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
