package io.gramkit.cli;

import io.gramkit.GramRules;
import io.gramkit.rules.RuleCatalogue;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = {
            "Prints each rule's name, the file and line it is written at, and the policy levels it reads "
                    + "(e.g. RedemptionLevels.wideDiscount), found in the rules themselves."
        })
final class RulesListCommand implements Callable<Integer> {
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
            rows.add(new String[] {
                entry.rule(),
                entry.file() + ":" + entry.line(),
                entry.parameters().isEmpty() ? "-" : String.join(", ", entry.parameters())
            });
        }
        int ruleWidth = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0);
        int fileWidth = rows.stream().mapToInt(row -> row[1].length()).max().orElse(0);
        PrintWriter out = spec.commandLine().getOut();
        for (String[] row : rows) {
            out.println(
                    String.format(Locale.ROOT, "%-" + ruleWidth + "s  %-" + fileWidth + "s  %s", row[0], row[1], row[2])
                            .stripTrailing());
        }
        out.flush();
        return ExitCode.OK;
    }
}
