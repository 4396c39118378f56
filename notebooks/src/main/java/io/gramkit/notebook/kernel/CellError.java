package io.gramkit.notebook.kernel;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.DiagnosticPrinter;
import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Why a cell failed, already worded for the notebook: a line or two, never a Java stack trace
 * (set {@code GRAM_DEBUG=1} in the kernel's environment to get one). Compile errors are printed
 * the way the kit prints every diagnostic, pointing into the cell.
 */
final class CellError extends Exception {
    private static final long serialVersionUID = 1L;
    private static final String RED = "\u001b[1;31m";
    private static final String RESET = "\u001b[0m";
    private static final int MAX_CAUSES = 4;
    static final boolean DEBUG = "1".equals(System.getenv("GRAM_DEBUG"));

    private final List<String> lines;

    private CellError(String headline, List<String> details) {
        super(headline, null, false, false);
        List<String> all = new ArrayList<>();
        all.add(RED + headline + RESET);
        all.addAll(details);
        this.lines = List.copyOf(all);
    }

    /** The lines Jupyter shows as the error's traceback. */
    List<String> lines() {
        return lines;
    }

    /** The Java compiler rejected a snippet; {@code start} is where the snippet begins in the cell. */
    static CellError compile(List<jdk.jshell.Diag> diagnostics, String cell, int start) {
        SourceFile file = new SourceFile("cell", cell);
        List<Diagnostic> printed = new ArrayList<>();
        for (jdk.jshell.Diag diag : diagnostics) {
            if (!diag.isError()) {
                continue;
            }
            // The caret goes where javac puts it (the '.' of a bad call), underlining to the tree's end.
            long position = diag.getPosition() >= 0 ? diag.getPosition() : diag.getStartPosition();
            long end = Math.max(position + 1, diag.getEndPosition());
            int at = (int) Math.max(0, Math.min(cell.length(), start + Math.max(0, position)));
            int line = 1
                    + (int) cell.substring(0, at).chars().filter(c -> c == '\n').count();
            int column = at - (cell.lastIndexOf('\n', at - 1) + 1) + 1;
            int length = (int) Math.max(1, end - Math.max(0, position));
            printed.add(KernelCode.DOES_NOT_COMPILE.at(SourceSpan.at(file, line, column, length), message(diag)));
        }
        if (printed.isEmpty()) {
            return new CellError("the cell does not compile", List.of());
        }
        String rendered = DiagnosticPrinter.render(printed);
        List<String> details = new ArrayList<>(rendered.lines().toList());
        String headline = details.remove(0);
        return new CellError(headline, details);
    }

    /** javac's message on one line: "cannot find symbol; symbol: variable foo". */
    private static String message(jdk.jshell.Diag diag) {
        List<String> parts = new ArrayList<>();
        for (String line : diag.getMessage(Locale.ROOT).split("\n", -1)) {
            String trimmed = line.strip().replaceAll("\\s+", " ");
            // JShell wraps snippets in classes of its own; their names mean nothing to a reader.
            if (!trimmed.isEmpty() && !trimmed.startsWith("location:")) {
                parts.add(trimmed);
            }
        }
        return String.join("; ", parts);
    }

    /** A snippet's declaration refers to something not defined yet. */
    static CellError unresolved(String what, List<String> missing) {
        return new CellError(what + " refers to something not defined: " + String.join(", ", missing), List.of());
    }

    /**
     * The cell's code threw; {@code original} is the exception itself when the kernel caught it,
     * {@code interrupted} whether the user had interrupted the cell.
     */
    static CellError thrown(JShellException reported, Throwable original, boolean interrupted, int cellLine) {
        if (reported instanceof UnresolvedReferenceException unresolved) {
            // A method declared earlier uses a name that is still not defined.
            String source = unresolved.getSnippet().source().strip();
            int newline = source.indexOf('\n');
            return new CellError(
                    "'" + (newline < 0 ? source : source.substring(0, newline) + " ...")
                            + "' cannot run: it uses something not defined yet",
                    List.of());
        }
        if (original == null) {
            String type = reported instanceof EvalException eval
                    ? simpleName(eval.getExceptionClassName())
                    : reported.getClass().getSimpleName();
            return new CellError(type + ": " + reported.getMessage(), List.of());
        }
        List<String> details = new ArrayList<>();
        String headline;
        if (original instanceof ExitGuard.ExitRefused) {
            headline = original.getMessage();
        } else if (original instanceof CancellationException) {
            headline = "Interrupted: " + original.getMessage();
        } else if (original instanceof ThreadDeath) {
            headline = "Interrupted: the cell ignored the interrupt for " + CellExecutionControl.GRACE_MILLIS / 1000
                    + " s and was stopped by force";
        } else if (interrupted) {
            // Code that does not expect an interrupt may fail in its own way; the cause is the interrupt.
            headline = "Interrupted: the cell stopped with " + describe(original);
        } else if (original instanceof InputException input) {
            int count = input.diagnostics().size();
            headline = "InputException: " + count + " problem" + (count == 1 ? "" : "s") + " in the input";
            details.addAll(input.render().lines().toList());
        } else {
            headline = describe(original);
            causes(original, details);
        }
        if (cellLine > 0 && !(original instanceof InputException)) {
            details.add("(raised by cell line " + cellLine + ")");
        }
        if (DEBUG) {
            StringWriter trace = new StringWriter();
            original.printStackTrace(new PrintWriter(trace));
            details.addAll(trace.toString().lines().toList());
        }
        return new CellError(headline, details);
    }

    /** Source that calls System.exit, refused where no exit guard can be installed. */
    static CellError exitInSource() {
        return new CellError(
                "System.exit was refused: it would stop the kernel; to start afresh use Kernel > Restart", List.of());
    }

    private static void causes(Throwable original, List<String> details) {
        Set<Throwable> seen = new HashSet<>();
        seen.add(original);
        Throwable cause = original.getCause();
        for (int i = 0; cause != null && seen.add(cause) && i < MAX_CAUSES; i++, cause = cause.getCause()) {
            details.add("caused by " + describe(cause));
        }
    }

    private static String describe(Throwable throwable) {
        String message = throwable.getMessage();
        String name = simpleName(throwable.getClass().getName());
        return message == null || message.isBlank() ? name : name + ": " + message;
    }

    /** {@code java.lang.IllegalStateException} -> {@code IllegalStateException}; also JShell's nested names. */
    private static String simpleName(String className) {
        String name = className.substring(className.lastIndexOf('.') + 1);
        return name.substring(name.lastIndexOf('$') + 1);
    }
}
