package io.gramkit.notebook.kernel;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import io.gramkit.notebook.Displayable;
import io.gramkit.notebook.Displayables;
import io.gramkit.notebook.Notebook;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Documentation;
import jdk.jshell.SourceCodeAnalysis.Suggestion;

/**
 * The Gram kernel: Java cells evaluated by JShell inside this JVM, with the kit on the class
 * path, the kit's results shown as HTML tables and PNG charts, short error messages, interrupts
 * that stop a run, and completion from JShell's source analysis.
 */
public final class GramKernel extends BaseKernel {
    /** Imports every cell starts with, so cells read like the README's examples. */
    static final List<String> STARTUP = List.of(
            "import io.gramkit.*;",
            "import io.gramkit.notebook.*;",
            "import static io.gramkit.notebook.Notebook.display;",
            "import java.nio.file.*;",
            "import java.util.*;");

    private static final Pattern EXIT_CALL = Pattern.compile(
            "\\bSystem\\s*\\.\\s*exit\\s*\\(|\\.\\s*getRuntime\\s*\\(\\s*\\)\\s*\\.\\s*(exit|halt)\\s*\\(");
    private static final Object NO_VALUE = new Object();

    private final CellExecutionControl control = new CellExecutionControl();
    private final JShell shell;
    private final SourceCodeAnalysis analysis;
    private final LanguageInfo languageInfo;
    private volatile boolean exitGuarded;

    public GramKernel() {
        shell = JShell.builder()
                .executionEngine(control.provider(), Map.of())
                // The compiler sees what the kernel runs with: the kit, its dependencies and this facade.
                .compilerOptions("--class-path", System.getProperty("java.class.path"))
                .build();
        analysis = shell.sourceCodeAnalysis();
        languageInfo = new LanguageInfo.Builder("Java")
                .version(Runtime.version().toString())
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("text/x-java")
                .build();
        Notebook.displayWith(value -> {
            System.out.flush(); // earlier prints first, as the cell wrote them
            display(render(value));
        });
    }

    /** Runs the start-up imports and one expression, so the first cell does not pay for JShell's start. */
    void warmUp() throws Exception {
        for (String line : STARTUP) {
            eval(line);
        }
        eval("0");
    }

    /** Records whether System.exit is intercepted; when not, cells that call it are refused. */
    void exitGuarded(boolean guarded) {
        exitGuarded = guarded;
    }

    @Override
    public LanguageInfo getLanguageInfo() {
        return languageInfo;
    }

    @Override
    public String getBanner() {
        return "Gram stress kit - Java " + Runtime.version();
    }

    @Override
    public DisplayData eval(String code) throws Exception {
        if (!exitGuarded && EXIT_CALL.matcher(code).find()) {
            throw CellError.exitInSource();
        }
        Object value = NO_VALUE;
        int offset = 0;
        while (offset < code.length()) {
            String rest = code.substring(offset);
            CompletionInfo info = analysis.analyzeCompletion(rest);
            if (info.completeness() == Completeness.EMPTY) {
                break;
            }
            // A snippet's source is the cell's text from offset on (JShell keeps leading blanks and
            // comments), so positions in it map to the cell by adding offset.
            if (!info.completeness().isComplete()) {
                // Let the compiler say what is wrong with an unfinished statement.
                value = evalSnippet(code, offset, rest);
                break;
            }
            value = evalSnippet(code, offset, info.source());
            offset += rest.length() - info.remaining().length();
        }
        return value == NO_VALUE || value == null ? null : render(value);
    }

    private Object evalSnippet(String cell, int start, String source) throws CellError {
        control.forgetResults();
        List<SnippetEvent> events = shell.eval(source);
        Object value = NO_VALUE;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue; // a dependent declaration re-checked, not this snippet
            }
            Snippet snippet = event.snippet();
            switch (event.status()) {
                case REJECTED ->
                    throw CellError.compile(shell.diagnostics(snippet).toList(), cell, start);
                case RECOVERABLE_NOT_DEFINED -> throw CellError.unresolved(describe(snippet), unresolved(snippet));
                default -> {}
            }
            JShellException thrown = event.exception();
            if (thrown != null) {
                Throwable original = control.lastThrown();
                throw CellError.thrown(
                        thrown, original, control.lastInterrupted(), cellLine(original, snippet, cell, start));
            }
            if (shows(snippet.subKind()) && event.value() != null) {
                value = control.takeResult(event.value());
            }
        }
        return value;
    }

    /** Expressions show their value, as in IPython; declarations and statements do not. */
    private static boolean shows(Snippet.SubKind kind) {
        return kind == Snippet.SubKind.VAR_VALUE_SUBKIND
                || kind == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                || kind == Snippet.SubKind.OTHER_EXPRESSION_SUBKIND;
    }

    private List<String> unresolved(Snippet snippet) {
        return snippet instanceof jdk.jshell.DeclarationSnippet declaration
                ? shell.unresolvedDependencies(declaration).toList()
                : List.of();
    }

    private static String describe(Snippet snippet) {
        String source = snippet.source().strip();
        int newline = source.indexOf('\n');
        return "'" + (newline < 0 ? source : source.substring(0, newline) + " ...") + "'";
    }

    /**
     * The cell line where this snippet's own code was when {@code thrown} was raised (the call
     * into an earlier cell's method counts as this cell's line), or 0 when it cannot tell.
     */
    private int cellLine(Throwable thrown, Snippet snippet, String cell, int start) {
        if (thrown == null) {
            return 0;
        }
        SourceCodeAnalysis.SnippetWrapper wrapper = analysis.wrapper(snippet);
        String wrapperClass = wrapper.fullClassName();
        for (StackTraceElement frame : thrown.getStackTrace()) {
            String name = frame.getClassName();
            if ((name.equals(wrapperClass) || name.startsWith(wrapperClass + "$")) && frame.getLineNumber() > 0) {
                // Frames count lines of the class JShell wrapped the snippet in; map back to the snippet.
                int position = lineStart(wrapper.wrapped(), frame.getLineNumber());
                int inSnippet = position < 0 ? -1 : wrapper.wrappedToSourcePosition(position);
                if (inSnippet < 0) {
                    return 0;
                }
                return lineOf(cell, start)
                        + (int) wrapper.source()
                                .substring(
                                        0, Math.min(inSnippet, wrapper.source().length()))
                                .chars()
                                .filter(c -> c == '\n')
                                .count();
            }
        }
        return 0;
    }

    /** The offset of the first non-blank character of 1-based {@code line} in {@code text}, or -1. */
    private static int lineStart(String text, int line) {
        int at = 0;
        for (int i = 1; i < line; i++) {
            at = text.indexOf('\n', at) + 1;
            if (at == 0) {
                return -1;
            }
        }
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    /** The 1-based line of {@code offset} in {@code text}. */
    private static int lineOf(String text, int offset) {
        return 1
                + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
    }

    /** A value as Jupyter shows it: HTML or PNG for the kit's results, text always. */
    DisplayData render(Object value) {
        if (value == null) {
            return new DisplayData("null"); // the framework's renderer cannot take null
        }
        Optional<Displayable> view = Displayables.of(value);
        if (view.isEmpty()) {
            return getRenderer().render(value);
        }
        Displayable displayable = view.get();
        DisplayData data = new DisplayData(displayable.text());
        displayable.html().ifPresent(data::putHTML);
        displayable
                .png()
                .ifPresent(png ->
                        data.putData(MIMEType.IMAGE_PNG, Base64.getEncoder().encodeToString(png)));
        return data;
    }

    @Override
    public List<String> formatError(Exception e) {
        if (e instanceof CellError error) {
            return error.lines();
        }
        List<String> lines = new ArrayList<>();
        lines.add("internal error of the Gram kernel: " + e);
        if (CellError.DEBUG) {
            lines.addAll(super.formatError(e));
        }
        return lines;
    }

    @Override
    public void interrupt() {
        control.stop();
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        int start = snippetStart(code, at);
        int[] anchor = new int[1];
        List<Suggestion> suggestions = analysis.completionSuggestions(code.substring(start, at), at - start, anchor);
        List<String> options =
                suggestions.stream().map(Suggestion::continuation).distinct().toList();
        return new ReplacementOptions(options, start + anchor[0], at);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        int start = snippetStart(code, at);
        List<Documentation> docs = analysis.documentation(code.substring(start, at), at - start, extraDetail);
        if (docs.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Documentation doc : docs) {
            text.append(doc.signature()).append('\n');
            if (extraDetail && doc.javadoc() != null) {
                text.append(doc.javadoc()).append('\n');
            }
        }
        return new DisplayData(text.toString());
    }

    /** Where the statement holding the cursor begins: after the complete statements before it. */
    private int snippetStart(String code, int at) {
        int offset = 0;
        while (offset < at) {
            String rest = code.substring(offset, at);
            CompletionInfo info = analysis.analyzeCompletion(rest);
            if (!info.completeness().isComplete() || info.remaining().isBlank()) {
                break;
            }
            offset += rest.length() - info.remaining().length();
        }
        return start(code, offset);
    }

    /** Where the text after {@code offset} begins, after blank space. */
    private static int start(String code, int offset) {
        int at = offset;
        while (at < code.length() && Character.isWhitespace(code.charAt(at))) {
            at++;
        }
        return at;
    }

    @Override
    public String isComplete(String code) {
        String rest = code;
        while (true) {
            CompletionInfo info = analysis.analyzeCompletion(rest);
            switch (info.completeness()) {
                case EMPTY -> {
                    return IS_COMPLETE_YES;
                }
                case COMPLETE, COMPLETE_WITH_SEMI -> {
                    if (info.remaining().isBlank()) {
                        return IS_COMPLETE_YES;
                    }
                    rest = info.remaining();
                }
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> {
                    return "    ";
                }
                default -> {
                    return IS_COMPLETE_BAD;
                }
            }
        }
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        control.stop();
        shell.close();
        control.close();
    }
}
