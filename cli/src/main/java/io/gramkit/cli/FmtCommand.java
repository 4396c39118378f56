package io.gramkit.cli;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.DiagnosticPrinter;
import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.dsl.format.ScenarioFormatter;
import io.gramkit.dsl.parser.SourceFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "fmt",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Rewrites scenario files in the canonical layout (docs/language.md, \"Formatting\"), keeping"
                    + " every comment, and prints the name of each file it changed. A file that does not parse is left"
                    + " as it is and its errors are printed as 'gram check' prints them; the other files are still"
                    + " formatted.",
            "A file is replaced at once (written beside it, then moved over it), never left half-written."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file is formatted (with --check: already was)",
            "1:--check only: a file is not formatted; its name is printed",
            "2:a file cannot be read or does not parse (it is left as it is), or a bad option",
            "3:internal error"
        })
final class FmtCommand implements Callable<Integer> {
    private static final String STDIN = "-";

    @Spec
    CommandSpec spec;

    @Option(
            names = "--check",
            description = "Change nothing: print the name of every file that is not formatted,"
                    + " and exit 1 if there is any.")
    boolean check;

    @Option(names = "--stdout", description = "Print the formatted text instead of rewriting the files.")
    boolean stdout;

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            description = "Scenario files (.gram); '-' formats standard input to standard output.")
    List<String> files;

    @Override
    public Integer call() throws IOException {
        if (check && stdout) {
            throw new UsageError("--check and --stdout cannot be used together");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Diagnostic> problems = new ArrayList<>();
        boolean unformatted = false;
        for (String name : files) {
            Diagnostics read = new Diagnostics();
            Optional<SourceFile> source =
                    name.equals(STDIN) ? Optional.of(standardInput()) : SourceFiles.read(Path.of(name), read);
            problems.addAll(read.sorted());
            if (source.isEmpty()) {
                continue;
            }
            String formatted;
            try {
                formatted = ScenarioFormatter.format(source.get());
            } catch (InputException e) {
                problems.addAll(e.diagnostics());
                continue;
            }
            boolean changed = !formatted.equals(source.get().text());
            unformatted |= changed;
            if (check) {
                if (changed) {
                    out.println(name);
                }
            } else if (stdout || name.equals(STDIN)) {
                out.print(formatted);
            } else if (changed) {
                replace(Path.of(name), formatted);
                out.println(name);
            }
        }
        out.flush();
        spec.commandLine().getErr().print(DiagnosticPrinter.render(problems));
        spec.commandLine().getErr().flush();
        if (problems.stream().anyMatch(Diagnostic::isError)) {
            return ExitCode.BAD_INPUT;
        }
        return check && unformatted ? ExitCode.NOT_FORMATTED : ExitCode.OK;
    }

    /**
     * Replaces the file's content at once: the text goes to a hidden file in the same folder, with
     * the original's permissions, which is then moved over the file (through a symbolic link, to
     * what it points at). A failure leaves the file as it was.
     */
    static void replace(Path file, String text) throws IOException {
        Path target = file.toRealPath();
        if (!Files.isWritable(target)) {
            throw new AccessDeniedException(file.toString());
        }
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            PosixFileAttributeView permissions = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (permissions != null) {
                Files.setPosixFilePermissions(
                        temporary, permissions.readAttributes().permissions());
            }
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static SourceFile standardInput() throws IOException {
        InputStream in = System.in;
        byte[] bytes = in.readAllBytes();
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new SourceFile("<stdin>", text);
        } catch (CharacterCodingException e) {
            throw new UsageError("standard input is not UTF-8 text");
        }
    }
}
