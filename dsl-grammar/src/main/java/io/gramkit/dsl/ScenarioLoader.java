package io.gramkit.dsl;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.dsl.compose.Imports;
import io.gramkit.dsl.compose.Sweeps;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.dsl.parser.ScenarioParser;
import io.gramkit.dsl.parser.SourceFiles;
import io.gramkit.dsl.resolve.OpeningCoverage;
import io.gramkit.model.Scenario;
import io.gramkit.model.SweepGrid;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads {@code .gram} scenario files: the language's entry point for the command line, the API
 * and notebooks. Each call runs the passes in order (read, {@link ScenarioParser parse},
 * {@link Imports import}, {@link Sweeps resolve the scenario and its sweep grid}) and stops after
 * the first pass that reports an error; every problem of that pass is reported at once, in
 * reading order.
 *
 * <p>Bad input never escapes as anything but an {@link InputException} from {@code load}, or a
 * list of diagnostics from {@code check}: binary files, huge lines or numbers, deep nesting,
 * import cycles and missing files all become diagnostics.
 */
public final class ScenarioLoader {
    /** Larger files are refused unread: a scenario is a few kilobytes. */
    public static final long MAX_FILE_BYTES = SourceFiles.MAX_FILE_BYTES;

    private ScenarioLoader() {}

    /**
     * Loads a scenario file (UTF-8), ignoring warnings: the scenario as written, without its
     * sweeps ({@link #loadGrid(Path, Consumer)} has them). Paths in it are relative to its folder.
     *
     * @throws InputException with every diagnostic, errors and warnings, if there was any error
     */
    public static Scenario load(Path file) {
        return loadGrid(file, warning -> {}).base();
    }

    /** {@link #load(Path)}, handing each warning to {@code warnings}, in reading order, before returning. */
    public static Scenario load(Path file, Consumer<? super Diagnostic> warnings) {
        return loadGrid(file, warnings).base();
    }

    /**
     * Loads scenario text that is not (or not only) in a file, such as a notebook cell, ignoring
     * warnings. Diagnostics name {@code source.name()}.
     *
     * @param baseDirectory the folder paths in the text are relative to
     * @throws InputException with every diagnostic, errors and warnings, if there was any error
     */
    public static Scenario load(SourceFile source, Path baseDirectory) {
        return load(source, baseDirectory, warning -> {});
    }

    /** {@link #load(SourceFile, Path)}, handing each warning to {@code warnings} before returning. */
    public static Scenario load(SourceFile source, Path baseDirectory, Consumer<? super Diagnostic> warnings) {
        return loadGrid(source, baseDirectory, warnings).base();
    }

    /**
     * Loads a scenario file with its sweeps: one scenario per grid point (a single point without
     * sweeps).
     *
     * @throws InputException with every diagnostic, errors and warnings, if there was any error
     */
    public static SweepGrid loadGrid(Path file, Consumer<? super Diagnostic> warnings) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<SourceFile> source = SourceFiles.read(file, diagnostics);
        diagnostics.throwIfErrors();
        return finish(
                passes(source.orElseThrow(), Optional.of(absolute(file)), baseDirectory(file), diagnostics),
                diagnostics,
                warnings);
    }

    /** {@link #loadGrid(Path, Consumer)} for text that is not a file. */
    public static SweepGrid loadGrid(SourceFile source, Path baseDirectory, Consumer<? super Diagnostic> warnings) {
        Diagnostics diagnostics = new Diagnostics();
        return finish(passes(source, Optional.empty(), absolute(baseDirectory), diagnostics), diagnostics, warnings);
    }

    /** Every error and warning of a scenario file, in reading order; empty if it is clean. Never throws for bad input. */
    public static List<Diagnostic> check(Path file) {
        Diagnostics diagnostics = new Diagnostics();
        SourceFiles.read(file, diagnostics)
                .ifPresent(source -> passes(source, Optional.of(absolute(file)), baseDirectory(file), diagnostics));
        return diagnostics.sorted();
    }

    /**
     * Every error and warning of a scenario file's text as named by {@code source} (so diagnostics
     * can show a relative name); {@code file} is where it lies, for its imports. Never throws for
     * bad input.
     */
    public static List<Diagnostic> checkAt(SourceFile source, Path file) {
        Diagnostics diagnostics = new Diagnostics();
        passes(source, Optional.of(absolute(file)), baseDirectory(file), diagnostics);
        return diagnostics.sorted();
    }

    /** {@link #loadGrid(Path, Consumer)} for a file's text named as {@code source} says. */
    public static SweepGrid loadGridAt(SourceFile source, Path file) {
        Diagnostics diagnostics = new Diagnostics();
        return finish(
                passes(source, Optional.of(absolute(file)), baseDirectory(file), diagnostics),
                diagnostics,
                warning -> {});
    }

    /** Every error and warning of scenario text, in reading order; empty if it is clean. Never throws for bad input. */
    public static List<Diagnostic> check(SourceFile source, Path baseDirectory) {
        Diagnostics diagnostics = new Diagnostics();
        passes(source, Optional.empty(), absolute(baseDirectory), diagnostics);
        return diagnostics.sorted();
    }

    private static SweepGrid finish(
            Optional<SweepGrid> grid, Diagnostics diagnostics, Consumer<? super Diagnostic> warnings) {
        diagnostics.throwIfErrors();
        diagnostics.sorted().forEach(warnings);
        return grid.orElseThrow();
    }

    private static Optional<SweepGrid> passes(
            SourceFile source, Optional<Path> file, Path folder, Diagnostics diagnostics) {
        try {
            return ScenarioParser.parse(source, diagnostics)
                    .flatMap(tree -> Imports.expand(tree, file, folder, diagnostics))
                    .flatMap(tree -> Sweeps.grid(tree, folder, diagnostics))
                    .map(grid -> {
                        OpeningCoverage.check(grid.base(), diagnostics);
                        return grid;
                    });
        } catch (RuntimeException | StackOverflowError e) {
            // A bug, not bad input: still a diagnostic rather than a stack trace for the user.
            diagnostics.report(GramCode.MODEL_CHECK_FAILED.at(
                    SourceSpan.of(source),
                    "internal error while reading this scenario (" + e + "); please report it with the file"));
            return Optional.empty();
        }
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static Path baseDirectory(Path file) {
        Path parent = absolute(file).getParent();
        return parent != null ? parent : file.toAbsolutePath().getRoot();
    }
}
