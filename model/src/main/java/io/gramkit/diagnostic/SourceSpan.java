package io.gramkit.diagnostic;

import java.util.Objects;

/**
 * Where something came from: a file and a 1-based line and column, with the length of the text
 * on that line. Line 0 stands for the file as a whole (a file that cannot be read, say).
 */
public record SourceSpan(SourceFile file, int line, int column, int length) {

    public SourceSpan {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0 || length < 0) {
            throw new IllegalArgumentException("negative position in span " + line + ":" + column);
        }
    }

    /** The file as a whole, for problems with no better place to point at. */
    public static SourceSpan of(SourceFile file) {
        return new SourceSpan(file, 0, 0, 0);
    }

    public static SourceSpan at(SourceFile file, int line, int column, int length) {
        return new SourceSpan(file, line, column, length);
    }

    public boolean isWholeFile() {
        return line == 0;
    }

    /** {@code file:line:col}, or just the file name for a whole-file span. */
    public String location() {
        return isWholeFile() ? file.name() : file.name() + ":" + line + ":" + column;
    }

    @Override
    public String toString() {
        return location();
    }
}
