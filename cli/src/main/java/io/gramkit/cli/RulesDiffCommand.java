package io.gramkit.cli;

import io.gramkit.Gram;
import io.gramkit.GramLibraryDiff;
import io.gramkit.GramRules;
import io.gramkit.GramScenario;
import io.gramkit.analysis.ComparisonText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs a scenario under rule set A and under rule set B on common random numbers (same seed, "
                    + "same paths) and reports what changed: each headline metric for A, B and B - A with the standard "
                    + "error of the paired differences, and per rule the path-days on which it changed a lever, for rules "
                    + "in both sets, in A only and in B only. For a scenario with a debt block, also the debt shares "
                    + "and means (paired) and the quantiles of bad debt and liquidation volume.",
            "Without SCENARIO: a rule-by-rule text diff. With --library: every library scenario (or those named) "
                    + "run under A and B in place of its own rules statements, one table, and with --out a CSV and "
                    + "a manifest with both rule sets' fingerprints."
        })
final class RulesDiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "1",
            paramLabel = "DIR_A",
            split = ",",
            description = "The current rules: a folder, or files and folders separated by commas.")
    List<Path> rulesA;

    @Parameters(
            index = "1",
            arity = "1",
            paramLabel = "DIR_B",
            split = ",",
            description = "The proposed rules: a folder, or files and folders separated by commas.")
    List<Path> rulesB;

    @Parameters(
            index = "2",
            arity = "0..1",
            paramLabel = "SCENARIO",
            description = "The scenario file (.gram) to run under both; without it, a rule-by-rule text diff.")
    Path scenarioFile;

    @Mixin
    RunSettings runSettings;

    @Mixin
    EngineOptions engineOptions;

    @Option(
            names = "--library",
            arity = "0..*",
            paramLabel = "NAME",
            description = "Run every scenario of the library (or those named, e.g. reference-v1 cdp-gold-usd) under A"
                    + " and B, on " + GramLibraryDiff.DEFAULT_PATHS + " paths each unless --paths says otherwise.")
    List<String> library;

    @Option(
            names = "--library-dir",
            paramLabel = "DIR",
            description = "The scenario library (default: the kit's scenario-library).")
    Path libraryDir;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "With --library: write library-diff.csv, library-diff.txt and manifest.json into DIR.")
    Path out;

    @Option(names = "--force", description = "Replace DIR if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (library != null) {
            if (scenarioFile != null) {
                throw new UsageError("give a SCENARIO or --library, not both");
            }
            return new LibraryDiffRun(spec, runSettings, rulesA, rulesB, engineOptions.engine())
                    .run(library, libraryDir, out, force);
        }
        if (libraryDir != null || out != null || force) {
            throw new UsageError("--library-dir, --out and --force go with --library");
        }
        if (scenarioFile == null) {
            engineOptions.validate();
            if (!engineOptions.local()) {
                throw new UsageError("--engine runs a SCENARIO or --library; a text diff runs nothing");
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(RuleTextDiff.render(
                    io.gramkit.rules.RuleCatalogue.bodies(rulesA), io.gramkit.rules.RuleCatalogue.bodies(rulesB)));
            out.flush();
            return ExitCode.OK;
        }
        runSettings.validate();
        GramScenario scenario = runSettings
                .applyTo(Gram.load(scenarioFile))
                .withEngine(engineOptions.engine())
                .withProgress(ProgressBar.forTerminal(spec.commandLine().getErr(), "rules"));
        GramRules.Diff diff = GramRules.diff(scenario, rulesA, rulesB);
        PrintWriter out = spec.commandLine().getOut();
        out.print(ComparisonText.render(diff.comparison(), scenario.scenario().horizonDays()));
        out.print(ComparisonText.quantiles(diff.debtQuantiles()));
        out.print(ruleChanges(diff.ruleChanges()));
        out.flush();
        return ExitCode.OK;
    }

    static String ruleChanges(List<GramRules.RuleRow> rows) {
        int width = Math.max(
                40, rows.stream().mapToInt(row -> row.rule().length()).max().orElse(0));
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "%n  %-" + (width + 2) + "s %11s %11s %11s%n",
                "rule changes (path-days)",
                "A",
                "B",
                "B - A"));
        String group = null;
        for (GramRules.RuleRow row : rows) {
            String rowGroup = row.inBoth() ? "in both" : row.a().isPresent() ? "only in A" : "only in B";
            if (!rowGroup.equals(group)) {
                group = rowGroup;
                text.append("  ").append(group).append('\n');
            }
            String difference = row.inBoth()
                    ? String.format(
                            Locale.ROOT, "%+,d", row.b().getAsLong() - row.a().getAsLong())
                    : "";
            text.append(String.format(
                                    Locale.ROOT,
                                    "    %-" + width + "s %11s %11s %11s",
                                    row.rule(),
                                    count(row.a()),
                                    count(row.b()),
                                    difference)
                            .stripTrailing())
                    .append('\n');
        }
        return text.toString();
    }

    private static String count(OptionalLong count) {
        return count.isPresent() ? String.format(Locale.ROOT, "%,d", count.getAsLong()) : "-";
    }
}
