package io.gramkit.cli;

import io.gramkit.diagnostic.InputException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import picocli.CommandLine;

/** Entry point of the {@code gram} command; the only place that calls {@link System#exit}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // The platform's charset, which a bare PrintWriter over System.out used: a terminal's
        // encoding, which may not be UTF-8.
        Charset charset = Charset.defaultCharset();
        System.exit(
                execute(new PrintWriter(System.out, true, charset), new PrintWriter(System.err, true, charset), args));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new GramCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(Main::exitCode);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine failed = exception.getCommandLine();
            err.println("gram: error: " + exception.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
            err.println("run '" + failed.getCommandSpec().qualifiedName() + " --help' for the options");
            err.flush();
            return ExitCode.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((exception, command, parsed) -> {
            if (exception instanceof InputException input) {
                err.print(input.render());
                err.flush();
                return ExitCode.BAD_INPUT;
            }
            if (exception instanceof UsageError usage) {
                err.println("gram: error: " + usage.getMessage());
                return ExitCode.BAD_INPUT;
            }
            if (exception instanceof java.nio.file.FileSystemException io) {
                // An output path that cannot be written (a parent that is a file, no permission)
                // is the user's to fix, not a bug of the kit.
                err.println("gram: error: cannot write '" + io.getFile() + "': " + reason(io));
                err.flush();
                return ExitCode.BAD_INPUT;
            }
            err.println("gram: internal error: " + exception);
            if (System.getenv("GRAM_DEBUG") != null) {
                exception.printStackTrace(err);
            } else {
                err.println("gram: this is a bug in the kit; rerun with GRAM_DEBUG=1 for a stack trace to report");
            }
            err.flush();
            return ExitCode.INTERNAL;
        });
        return commandLine.execute(args);
    }

    private static String reason(java.nio.file.FileSystemException io) {
        if (io instanceof java.nio.file.NoSuchFileException) {
            return "a folder on the way does not exist";
        }
        if (io instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (io instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        return io.getReason() != null ? io.getReason().toLowerCase(java.util.Locale.ROOT) : "the file system refused";
    }

    private static int exitCode(Throwable exception) {
        return exception instanceof CommandLine.ParameterException ? ExitCode.BAD_INPUT : ExitCode.INTERNAL;
    }
}
