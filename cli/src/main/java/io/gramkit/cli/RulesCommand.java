package io.gramkit.cli;

import io.gramkit.Gram;
import io.gramkit.GramRules;
import io.gramkit.GramScenario;
import io.gramkit.analysis.ComparisonText;
import io.gramkit.rules.RuleCatalogue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gram rules ...}: governance's tools for rule folders. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Checks, lists and compares rule folders (DRL, .dslr with its .dsl, *.drl.csv decision tables).",
        subcommands = {RulesCommand.Check.class, RulesCommand.ListRules.class, RulesCommand.Diff.class})
final class RulesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Loads and compiles rule files and folders as one rule set, as a run with them would, and "
                    + "prints every problem as file:line:col: error: with the source line; exits 2 if there is one."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", arity = "1..*", description = "Rule folders or rule files.")
        List<Path> sources;

        @Override
        public Integer call() {
            GramRules.Checked checked = GramRules.check(sources);
            String what = sources.size() == 1 ? sources.get(0).toString() : sources.size() + " sources";
            spec.commandLine().getOut().printf(Locale.ROOT, "%s: %d %s in %d %s: ok%n", what, checked.rules(),
                    checked.rules() == 1 ? "rule" : "rules", checked.files(), checked.files() == 1 ? "file" : "files");
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Prints each rule's name, the file and line it is written at, and the policy levels it reads "
                    + "(e.g. RedemptionLevels.wideDiscount), found in the rules themselves."})
    static final class ListRules implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", arity = "1..*", description = "Rule folders or rule files.")
        List<Path> sources;

        @Override
        public Integer call() {
            List<RuleCatalogue.Entry> entries = GramRules.list(sources);
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"rule", "file", "reads"});
            for (RuleCatalogue.Entry entry : entries) {
                rows.add(new String[] {entry.rule(), entry.file() + ":" + entry.line(),
                    entry.parameters().isEmpty() ? "-" : String.join(", ", entry.parameters())});
            }
            int ruleWidth = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0);
            int fileWidth = rows.stream().mapToInt(row -> row[1].length()).max().orElse(0);
            PrintWriter out = spec.commandLine().getOut();
            for (String[] row : rows) {
                out.println(String.format(Locale.ROOT, "%-" + ruleWidth + "s  %-" + fileWidth + "s  %s", row[0], row[1],
                        row[2]).stripTrailing());
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Runs a scenario under rule set A and under rule set B on common random numbers (same seed, "
                    + "same paths) and reports what changed: each headline metric for A, B and B - A with the standard "
                    + "error of the paired differences, and per rule the path-days on which it changed a lever, for rules "
                    + "in both sets, in A only and in B only."})
    static final class Diff implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "1", paramLabel = "DIR_A", split = ",",
                description = "The current rules: a folder, or files and folders separated by commas.")
        List<Path> rulesA;

        @Parameters(index = "1", arity = "1", paramLabel = "DIR_B", split = ",",
                description = "The proposed rules: a folder, or files and folders separated by commas.")
        List<Path> rulesB;

        @Parameters(index = "2", paramLabel = "SCENARIO", description = "The scenario file (.gram) to run under both.")
        Path scenarioFile;

        @Mixin
        RunSettings runSettings;

        @Override
        public Integer call() {
            runSettings.validate();
            GramScenario scenario = runSettings.applyTo(Gram.load(scenarioFile))
                    .withProgress(ProgressBar.forTerminal(spec.commandLine().getErr(), "rules"));
            GramRules.Diff diff = GramRules.diff(scenario, rulesA, rulesB);
            PrintWriter out = spec.commandLine().getOut();
            out.print(ComparisonText.render(diff.comparison(), scenario.scenario().horizonDays()));
            out.print(ruleChanges(diff.ruleChanges()));
            out.flush();
            return ExitCode.OK;
        }

        static String ruleChanges(List<GramRules.RuleRow> rows) {
            int width = Math.max(40, rows.stream().mapToInt(row -> row.rule().length()).max().orElse(0));
            StringBuilder text = new StringBuilder();
            text.append(String.format(Locale.ROOT, "%n  %-" + (width + 2) + "s %11s %11s %11s%n",
                    "rule changes (path-days)", "A", "B", "B - A"));
            String group = null;
            for (GramRules.RuleRow row : rows) {
                String rowGroup = row.inBoth() ? "in both" : row.a().isPresent() ? "only in A" : "only in B";
                if (!rowGroup.equals(group)) {
                    group = rowGroup;
                    text.append("  ").append(group).append('\n');
                }
                String difference = row.inBoth() ? String.format(Locale.ROOT, "%+,d", row.b().getAsLong()
                        - row.a().getAsLong()) : "";
                text.append(String.format(Locale.ROOT, "    %-" + width + "s %11s %11s %11s", row.rule(), count(row.a()),
                        count(row.b()), difference).stripTrailing()).append('\n');
            }
            return text.toString();
        }

        private static String count(OptionalLong count) {
            return count.isPresent() ? String.format(Locale.ROOT, "%,d", count.getAsLong()) : "-";
        }
    }
}
