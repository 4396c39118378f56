package io.gramkit.server;

import io.gramkit.Gram;
import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.dsl.ScenarioLoader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays a submission out in a {@link Workspace} and checks it as {@code gram check} would, with
 * the service's own passes first: the uploaded rule files through the {@link DrlSandbox}, the
 * scenario's paths through the {@link PathGuard}. The chain stops after a pass that found an
 * error, so no refused file is ever read or compiled.
 */
final class Checker {
    private Checker() {}

    /** Writes the submission's files into a fresh workspace at {@code workspace.root()}. */
    static void lay(Submission submission, Workspace workspace) throws IOException {
        for (Map.Entry<String, String> file : submission.imports().entrySet()) {
            workspace.add(file.getKey(), file.getValue());
        }
        for (Map.Entry<String, String> file : submission.rules().entrySet()) {
            workspace.add(file.getKey(), file.getValue());
        }
        workspace.add(submission.name(), submission.scenario());
    }

    /** Every diagnostic of the submission laid out in {@code workspace}, errors and warnings, in reading order. */
    static List<Diagnostic> check(Submission submission, Workspace workspace) {
        List<Diagnostic> found = new ArrayList<>();
        for (Map.Entry<String, String> file : submission.rules().entrySet()) {
            found.addAll(DrlSandbox.check(new SourceFile(file.getKey(), file.getValue())));
        }
        SourceFile scenario = new SourceFile(submission.name(), submission.scenario());
        found.addAll(PathGuard.check(scenario, workspace.scenarios(), workspace.root()));
        if (hasErrors(found)) {
            return sorted(found, workspace);
        }
        found.addAll(ScenarioLoader.checkAt(scenario, workspace.scenarios().resolve(submission.name())));
        if (hasErrors(found)) {
            return sorted(found, workspace);
        }
        try {
            Gram.parse(submission.name(), submission.scenario(), workspace.scenarios())
                    .compileRules();
        } catch (InputException e) {
            found.addAll(e.diagnostics());
        }
        return sorted(found, workspace);
    }

    static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The diagnostics named as the user knows the files, in reading order. */
    static List<Diagnostic> sorted(List<Diagnostic> diagnostics, Workspace workspace) {
        return diagnostics.stream()
                .map(d -> shown(d, workspace))
                .sorted(Diagnostic.READING_ORDER)
                .distinct()
                .toList();
    }

    private static Diagnostic shown(Diagnostic d, Workspace workspace) {
        SourceSpan span = d.span();
        String name = workspace.shown(span.file().name());
        SourceSpan renamed = name.equals(span.file().name())
                ? span
                : new SourceSpan(new SourceFile(name, span.file().text()), span.line(), span.column(), span.length());
        return new Diagnostic(d.severity(), d.code(), workspace.shown(d.message()), renamed, d.notes());
    }
}
