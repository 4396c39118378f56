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
            "Prints each rule's name, the file and line it is written at, the levers it sets, the literal numbers"
                    + " written into it, and the policy levels it reads (e.g. RedemptionLevels.wideDiscount), found in"
                    + " the rules themselves."
        })
final class RulesListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Rule folders or rule files.")
    List<Path> sources;

    @Override
    public Integer call() {
        List<RuleCatalogue.Entry> entries = GramRules.list(sources);
        java.util.Map<String, List<List<String>>> decides = GramRules.leversAndNumbers(sources);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"rule", "file", "sets", "numbers", "reads"});
        for (RuleCatalogue.Entry entry : entries) {
            List<List<String>> what = decides.getOrDefault(entry.rule(), List.of(List.of(), List.of()));
            rows.add(new String[] {
                entry.rule(),
                entry.file() + ":" + entry.line(),
                what.get(0).isEmpty() ? "-" : String.join(", ", what.get(0)),
                what.get(1).isEmpty() ? "-" : String.join(", ", what.get(1)),
                entry.parameters().isEmpty() ? "-" : String.join(", ", entry.parameters())
            });
        }
        int[] widths = new int[4];
        for (int column = 0; column < widths.length; column++) {
            final int c = column;
            widths[column] =
                    rows.stream().mapToInt(row -> row[c].length()).max().orElse(0);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (String[] row : rows) {
            out.println(String.format(
                            Locale.ROOT,
                            "%-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %-" + widths[3]
                                    + "s  %s",
                            (Object[]) row)
                    .stripTrailing());
        }
        out.flush();
        return ExitCode.OK;
    }
}
