package io.gramkit.dsl;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.dsl.parser.ScenarioParser;
import io.gramkit.dsl.resolve.Resolver;
import io.gramkit.model.Scenario;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads {@code .gram} scenario files: the language's entry point for the command line, the API
 * and notebooks. Each call runs the passes in order (read, {@link ScenarioParser parse},
 * {@link Resolver resolve}) and stops after the first pass that reports an error; every problem
 * of that pass is reported at once, in reading order.
 *
 * <p>Bad input never escapes as anything but an {@link InputException} from {@code load}, or a
 * list of diagnostics from {@code check}: binary files, huge lines or numbers, deep nesting and
 * missing files all become diagnostics.
 */
public final class ScenarioLoader {
    /** Larger files are refused unread: a scenario is a few kilobytes. */
    public static final long MAX_FILE_BYTES = 32L << 20;

    private ScenarioLoader() {
    }

    /**
     * Loads a scenario file (UTF-8), ignoring warnings. Rule paths are relative to its folder.
     *
     * @throws InputException with every diagnostic, errors and warnings, if there was any error
     */
    public static Scenario load(Path file) {
        return load(file, warning -> {
        });
    }

    /**
     * Loads a scenario file (UTF-8) and hands each warning to {@code warnings}, in reading order,
     * before returning.
     *
     * @throws InputException with every diagnostic, errors and warnings, if there was any error
     */
    public static Scenario load(Path file, Consumer<? super Diagnostic> warnings) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<SourceFile> source = read(file, diagnostics);
        diagnostics.throwIfErrors();
        return load(source.orElseThrow(), baseDirectory(file), warnings);
    }

    /**
     * Loads scenario text that is not (or not only) in a file, such as a notebook cell, ignoring
     * warnings. Diagnostics name {@code source.name()}.
     *
     * @param baseDirectory the folder rule paths are relative to
     * @throws InputException with every diagnostic, errors and warnings, if there was any error
     */
    public static Scenario load(SourceFile source, Path baseDirectory) {
        return load(source, baseDirectory, warning -> {
        });
    }

    /**
     * Loads scenario text, handing each warning to {@code warnings} before returning.
     *
     * @param baseDirectory the folder rule paths are relative to
     * @throws InputException with every diagnostic, errors and warnings, if there was any error
     */
    public static Scenario load(SourceFile source, Path baseDirectory, Consumer<? super Diagnostic> warnings) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Scenario> scenario = passes(source, baseDirectory, diagnostics);
        diagnostics.throwIfErrors();
        diagnostics.sorted().forEach(warnings);
        return scenario.orElseThrow();
    }

    /** Every error and warning of a scenario file, in reading order; empty if it is clean. Never throws for bad input. */
    public static List<Diagnostic> check(Path file) {
        Diagnostics diagnostics = new Diagnostics();
        read(file, diagnostics).ifPresent(source -> passes(source, baseDirectory(file), diagnostics));
        return diagnostics.sorted();
    }

    /** Every error and warning of scenario text, in reading order; empty if it is clean. Never throws for bad input. */
    public static List<Diagnostic> check(SourceFile source, Path baseDirectory) {
        Diagnostics diagnostics = new Diagnostics();
        passes(source, baseDirectory, diagnostics);
        return diagnostics.sorted();
    }

    private static Optional<Scenario> passes(SourceFile source, Path baseDirectory, Diagnostics diagnostics) {
        try {
            return ScenarioParser.parse(source, diagnostics)
                    .flatMap(tree -> Resolver.resolve(tree, baseDirectory.toAbsolutePath().normalize(), diagnostics));
        } catch (RuntimeException | StackOverflowError e) {
            // A bug, not bad input: still a diagnostic rather than a stack trace for the user.
            diagnostics.report(GramCode.MODEL_CHECK_FAILED.at(SourceSpan.of(source),
                    "internal error while reading this scenario (" + e + "); please report it with the file"));
            return Optional.empty();
        }
    }

    private static Path baseDirectory(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null ? parent : file.toAbsolutePath().getRoot();
    }

    /**
     * The file's text as every pass reads it (strict UTF-8, at most {@link #MAX_FILE_BYTES}), or
     * empty after a whole-file diagnostic. Never throws for bad input.
     */
    public static Optional<SourceFile> read(Path file, Diagnostics diagnostics) {
        String name = file.toString();
        SourceSpan wholeFile = SourceSpan.of(new SourceFile(name, ""));
        try {
            if (Files.isDirectory(file)) {
                diagnostics.report(GramCode.CANNOT_READ.at(wholeFile, "cannot read the file: it is a folder"));
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                diagnostics.report(GramCode.INPUT_TOO_LARGE.at(wholeFile, String.format(Locale.ROOT,
                        "the file has %,d bytes; a scenario file has at most %,d", size, MAX_FILE_BYTES)));
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
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
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
            diagnostics.report(GramCode.NOT_TEXT.at(wholeFile, String.format(Locale.ROOT,
                    "the file is not UTF-8 text: byte 0x%02x on line %d cannot be decoded",
                    bytes[offset] & 0xff, lineOf(bytes, offset))));
            return Optional.empty();
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                diagnostics.report(GramCode.NOT_TEXT.at(wholeFile,
                        "the file is not text: it holds a NUL character on line " + lineOf(bytes, i)));
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
