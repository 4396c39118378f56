package io.gramkit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gram rules ...}: governance's tools for rule folders. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description =
                "Checks, lists, compares and writes the rule book of rule folders (DRL, .dslr with its .dsl, *.drl.csv decision tables),"
                        + " and shows the DRL of a scenario's policy lines.",
        subcommands = {
            RulesCheckCommand.class,
            RulesListCommand.class,
            RulesDiffCommand.class,
            RulesShowCommand.class,
            RulesFingerprintCommand.class,
            RulesSignCommand.class,
            RulesVerifyCommand.class,
            RulesBookCommand.class
        })
final class RulesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(),
                "name a subcommand: " + String.join(", ", spec.subcommands().keySet()));
    }
}
