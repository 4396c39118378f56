package io.gramkit.cli;

import picocli.CommandLine.Command;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Reads governance rules: the DRL a scenario's policy lines compile to.",
        subcommands = {RulesShowCommand.class})
final class RulesCommand {
}
