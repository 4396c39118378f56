package io.gramkit.dsl.parser;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.dsl.diagnostic.GramCode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Reads a {@code .gram} file as text: strict UTF-8, no NUL characters, a size limit; problems become diagnostics. */
public final class SourceFiles {
    /** Larger files are refused unread: a scenario is a few kilobytes. */
    public static final long MAX_FILE_BYTES = 32L << 20;

    private SourceFiles() {}

    /** The file's text, or empty after a whole-file diagnostic. */
    public static Optional<SourceFile> read(Path file, Diagnostics diagnostics) {
        return read(file, file.toString(), diagnostics);
    }

    /** {@link #read(Path, Diagnostics)}, naming the file {@code name} in diagnostics. */
    public static Optional<SourceFile> read(Path file, String name, Diagnostics diagnostics) {
        SourceSpan wholeFile = SourceSpan.of(new SourceFile(name, ""));
        try {
            if (Files.isDirectory(file)) {
                diagnostics.report(GramCode.CANNOT_READ.at(wholeFile, "cannot read the file: it is a folder"));
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                diagnostics.report(GramCode.INPUT_TOO_LARGE.at(
                        wholeFile,
                        String.format(
                                Locale.ROOT,
                                "the file has %,d bytes; a scenario file has at most %,d",
                                size,
                                MAX_FILE_BYTES)));
                return Optional.empty();
            }
            return text(Files.readAllBytes(file), wholeFile, diagnostics).map(text -> new SourceFile(name, text));
        } catch (NoSuchFileException e) {
            diagnostics.report(GramCode.CANNOT_READ.at(wholeFile, "cannot read the file: it does not exist"));
        } catch (AccessDeniedException e) {
            diagnostics.report(GramCode.CANNOT_READ.at(wholeFile, "cannot read the file: permission denied"));
        } catch (IOException e) {
            diagnostics.report(GramCode.CANNOT_READ.at(wholeFile, "cannot read the file: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /** Strict UTF-8 without NUL characters: anything else is reported with the line it is on. */
    private static Optional<String> text(byte[] bytes, SourceSpan wholeFile, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            diagnostics.report(GramCode.NOT_TEXT.at(
                    wholeFile,
                    String.format(
                            Locale.ROOT,
                            "the file is not UTF-8 text: byte 0x%02x on line %d cannot be decoded",
                            bytes[offset] & 0xff,
                            lineOf(bytes, offset))));
            return Optional.empty();
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                diagnostics.report(GramCode.NOT_TEXT.at(
                        wholeFile, "the file is not text: it holds a NUL character on line " + lineOf(bytes, i)));
                return Optional.empty();
            }
        }
        return Optional.of(out.flip().toString());
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
