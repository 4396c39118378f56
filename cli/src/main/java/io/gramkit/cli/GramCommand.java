package io.gramkit.cli;

import io.gramkit.analysis.KitVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

@Command(
        name = "gram",
        description = "Stress-tests Gram, a stablecoin worth one gram of gold, with Monte Carlo scenarios.",
        mixinStandardHelpOptions = true,
        versionProvider = GramCommand.Version.class,
        subcommands = {
            RunCommand.class,
            CheckCommand.class,
            ExplainCommand.class,
            FmtCommand.class,
            CompareCommand.class,
            ReverseCommand.class,
            ReportCommand.class,
            RecommendCommand.class,
            RulesCommand.class,
            DataCommand.class,
            CalibrateCommand.class,
            BacktestCommand.class,
            ServeCommand.class,
            CacheCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:gram fmt --check: a file is not formatted",
            "2:bad input (scenario, rules, data file or options)",
            "3:internal error"
        })
final class GramCommand {

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            KitVersion kit = KitVersion.current();
            return new String[] {"gram " + kit.version() + " (commit " + kit.commit() + ")"};
        }
    }
}
