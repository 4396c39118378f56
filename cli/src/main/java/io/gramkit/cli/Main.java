package io.gramkit.cli;

import io.gramkit.diagnostic.InputException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code gram} command; the only place that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new GramCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(Main::exitCode);
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

    private static int exitCode(Throwable exception) {
        return exception instanceof CommandLine.ParameterException ? ExitCode.BAD_INPUT : ExitCode.INTERNAL;
    }
}
