package io.gramkit.cli;

import io.gramkit.golddata.Calibration;
import io.gramkit.golddata.Calibrator;
import io.gramkit.golddata.DatePrecision;
import io.gramkit.golddata.ModelKind;
import io.gramkit.golddata.PriceFile;
import io.gramkit.golddata.PriceSeries;
import io.gramkit.golddata.PriceUnit;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "calibrate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Fits a gold model to a price file by maximum likelihood, prints each parameter with its"
                + " standard error, the log-likelihood and AIC, and writes a gold block for a scenario to a file:"
                + " calibrated-MODEL.gram in the current folder, or --out FILE (replacing a file of that name).")
final class CalibrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A CSV of dates (YYYY-MM-DD, YYYY-MM or YYYY) and prices.")
    Path file;

    @Option(
            names = "--model",
            paramLabel = "MODEL",
            required = true,
            description = "gbm, student-t, jump-diffusion or garch.")
    String model;

    @Option(names = "--from", paramLabel = "DATE", description = "First date used (YYYY-MM-DD, YYYY-MM or YYYY).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last date used; a month or year means its last day.")
    String to;

    @Option(
            names = "--unit",
            paramLabel = "UNIT",
            description = "usd-per-oz or usd-per-g, when the header does not say it (then the block states the spot).")
    String unit;

    @Option(names = "--column", paramLabel = "NAME", description = "The price column, when there are several.")
    String column;

    @Option(
            names = "--out",
            paramLabel = "GRAM",
            description = "Where to write the gold block (default: calibrated-MODEL.gram in the current folder).")
    Path out;

    @Override
    public Integer call() throws IOException {
        ModelKind kind = ModelKind.of(model)
                .orElseThrow(() -> new UsageError(
                        "--model must be one of gbm, student-t," + " jump-diffusion, garch; not '" + model + "'"));
        Optional<LocalDate> start = date(from, "--from", true);
        Optional<LocalDate> end = date(to, "--to", false);
        Optional<PriceUnit> stated = Optional.ofNullable(unit).map(DataCommand::unit);
        PriceSeries series =
                PriceFile.read(file, stated, Optional.ofNullable(column)).series();
        PriceSeries window = series.between(start, end)
                .orElseThrow(() -> new UsageError("fewer than 2 prices in "
                        + file + " from " + (from == null ? "its start" : from) + " to " + (to == null ? "its end" : to)
                        + "; the file holds " + series.range()));
        Calibration fit = Calibrator.fit(window, kind);
        Path target = out != null ? out : Path.of("calibrated-" + kind.keyword() + ".gram");
        fit.writeGoldBlock(target);
        spec.commandLine().getOut().print(fit.report());
        spec.commandLine().getOut().printf("%n%s%nwrote the gold block to %s%n", fit.goldBlock(), target);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    private static Optional<LocalDate> date(String text, String option, boolean start) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<LocalDate> date = start ? DatePrecision.periodStart(text) : DatePrecision.periodEnd(text);
        return Optional.of(date.orElseThrow(
                () -> new UsageError(option + " '" + text + "' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")));
    }
}
