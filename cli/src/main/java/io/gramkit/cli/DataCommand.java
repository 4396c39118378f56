package io.gramkit.cli;

import io.gramkit.diagnostic.DiagnosticPrinter;
import io.gramkit.golddata.Inspection;
import io.gramkit.golddata.PriceFile;
import io.gramkit.golddata.PriceUnit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "data",
        mixinStandardHelpOptions = true,
        subcommands = DataCommand.Inspect.class,
        description = "Works with gold price files (CSV).")
final class DataCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: inspect");
    }

    static PriceUnit unit(String flag) {
        return PriceUnit.ofFlag(flag)
                .orElseThrow(() -> new UsageError("--unit must be usd-per-oz or usd-per-g, not '" + flag + "'"));
    }

    @Command(
            name = "inspect",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = "Reports a price file's rows, date range, frequency, gaps, duplicates and non-positive"
                    + " prices with their lines; --clean writes the usable rows, sorted, to a new file.")
    static final class Inspect implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "A CSV of dates (YYYY-MM-DD, YYYY-MM or YYYY) and prices.")
        Path file;

        @Option(
                names = "--unit",
                paramLabel = "UNIT",
                description = "The prices' unit, usd-per-oz or usd-per-g, when the header does not say it.")
        String unit;

        @Option(names = "--column", paramLabel = "NAME", description = "The price column, when there are several.")
        String column;

        @Option(
                names = "--clean",
                paramLabel = "OUT",
                description = "Write the clean rows (priced, positive, first of each date, oldest first) to OUT.")
        Path clean;

        @Override
        public Integer call() throws IOException {
            Optional<PriceUnit> stated = Optional.ofNullable(unit).map(DataCommand::unit);
            PriceFile priceFile = PriceFile.read(file, stated, Optional.ofNullable(column));
            Inspection inspection = priceFile.inspect();
            spec.commandLine().getOut().print(inspection.report());
            spec.commandLine().getOut().flush();
            if (!inspection.findings().isEmpty()) {
                spec.commandLine().getErr().print(DiagnosticPrinter.render(inspection.findings()));
                spec.commandLine().getErr().flush();
            }
            if (clean != null) {
                if (clean.toAbsolutePath()
                        .normalize()
                        .equals(file.toAbsolutePath().normalize())) {
                    throw new UsageError("--clean must name a new file, not the file inspected");
                }
                Path written = inspection.writeClean(clean);
                spec.commandLine().getOut().printf("%nwrote %,d clean rows to %s%n", inspection.cleanRows(), written);
                spec.commandLine().getOut().flush();
            }
            return ExitCode.OK;
        }
    }
}
