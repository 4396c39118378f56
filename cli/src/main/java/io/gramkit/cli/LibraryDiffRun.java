package io.gramkit.cli;

import io.gramkit.GramLibraryDiff;
import io.gramkit.RunEngine;
import io.gramkit.analysis.LibraryDiff;
import io.gramkit.analysis.LibraryDiffText;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gram rules diff A B --library [NAME...]}: the change review over the scenario library. */
final class LibraryDiffRun {
    private static final String LIBRARY = "scenario-library";

    private final CommandSpec spec;
    private final RunSettings settings;
    private final List<Path> rulesA;
    private final List<Path> rulesB;
    private final RunEngine engine;

    LibraryDiffRun(CommandSpec spec, RunSettings settings, List<Path> rulesA, List<Path> rulesB, RunEngine engine) {
        this.spec = spec;
        this.settings = settings;
        this.rulesA = rulesA;
        this.rulesB = rulesB;
        this.engine = engine;
    }

    int run(List<String> names, Path libraryDir, Path out, boolean force) throws IOException {
        settings.validate();
        RunSettings.refuseExistingFolder(out, force);
        Path folder = libraryDir != null ? libraryDir : defaultLibrary();
        if (!Files.isDirectory(folder)) {
            throw new UsageError("no scenario library at '" + folder + "'; name one with --library-dir");
        }
        List<Path> scenarios;
        try {
            scenarios = GramLibraryDiff.library(folder, names);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        GramLibraryDiff review = GramLibraryDiff.of(rulesA, rulesB)
                .withEngine(engine)
                .withProgress(name -> ProgressBar.forTerminal(err, name));
        if (settings.paths != null) {
            review = review.withPaths(settings.paths);
        }
        if (settings.seed != null) {
            review = review.withSeed(settings.seed);
        }
        if (settings.threads != null) {
            review = review.withThreads(settings.threads);
        }
        LibraryDiff diff = review.run(scenarios);
        PrintWriter printed = spec.commandLine().getOut();
        printed.print(LibraryDiffText.render(diff));
        if (out != null) {
            Path written = diff.writeTo(out, force);
            printed.println("\nwrote library-diff.csv, library-diff.txt, manifest.json to " + written);
        }
        printed.flush();
        return ExitCode.OK;
    }

    /**
     * The working folder's scenario library, or else the kit's own: the one beside the checkout
     * that holds the running jar ({@code cli/target/gram.jar}).
     */
    static Path defaultLibrary() {
        Path here = Path.of(LIBRARY);
        if (Files.isDirectory(here)) {
            return here;
        }
        java.security.CodeSource source =
                LibraryDiffRun.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return here;
        }
        try {
            Path code = Path.of(source.getLocation().toURI()).toAbsolutePath();
            for (Path dir = code.getParent(); dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve(LIBRARY))) {
                    return dir.resolve(LIBRARY);
                }
            }
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // the jar's location is no plain file: only the working folder's library is known
        }
        return here;
    }
}
