package io.gramkit.cli;

import io.gramkit.golddata.Calibration;
import io.gramkit.golddata.Calibrator;
import io.gramkit.golddata.DataCode;
import io.gramkit.golddata.DataQuality;
import io.gramkit.golddata.DatePrecision;
import io.gramkit.golddata.ModelKind;
import io.gramkit.golddata.PriceFile;
import io.gramkit.golddata.PriceSeries;
import io.gramkit.golddata.PriceUnit;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
                + " calibrated-MODEL.gram in the current folder, or --out FILE (replacing a file of that name)."
                + " A window with stale prices (D218, D219) is refused unless accepted; averaged returns (D220),"
                + " outliers (D221) and parameters that do not carry over to a daily step (C104) warn.")
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

    @Option(
            names = "--accept",
            paramLabel = "CODE",
            split = ",",
            description = "Fit a window with stale prices anyway: D218 (repeated prices), D219 (zero-return clusters).")
    List<String> accept = new ArrayList<>();

    @Option(
            names = "--daily-equivalent",
            description = "Write the model statement a daily step should use (annual values as fitted, a Student-t df"
                    + " matched by kurtosis); refused for garch fitted to non-daily data (C103).")
    boolean dailyEquivalent;

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
        DataQuality.gate(series, window, accepted(accept)).forEach(w -> warnings.add(w));
        Calibration fit = Calibrator.fit(window, kind);
        String block = fit.goldBlock(dailyEquivalent);
        warnings.addAll(fit.frequencyWarnings());
        Warnings.print(spec, warnings);
        Path target = out != null ? out : Path.of("calibrated-" + kind.keyword() + ".gram");
        fit.writeGoldBlock(target, dailyEquivalent);
        spec.commandLine().getOut().print(fit.report());
        spec.commandLine().getOut().printf("%n%s%nwrote the gold block to %s%n", block, target);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    private final List<io.gramkit.diagnostic.Diagnostic> warnings = new ArrayList<>();

    /** The codes of stale prices a user accepts; anything else is a usage error. */
    static Set<DataCode> accepted(List<String> codes) {
        Set<DataCode> out = EnumSet.noneOf(DataCode.class);
        for (String code : codes) {
            String c = code.trim().toUpperCase(java.util.Locale.ROOT);
            if (c.equals(DataCode.REPEATED_PRICES.code())) {
                out.add(DataCode.REPEATED_PRICES);
            } else if (c.equals(DataCode.ZERO_RETURNS.code())) {
                out.add(DataCode.ZERO_RETURNS);
            } else {
                throw new UsageError(
                        "--accept takes D218 (repeated prices) or D219 (zero-return clusters), not '" + code + "'");
            }
        }
        return out;
    }

    static Optional<LocalDate> date(String text, String option, boolean start) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<LocalDate> date = start ? DatePrecision.periodStart(text) : DatePrecision.periodEnd(text);
        return Optional.of(date.orElseThrow(
                () -> new UsageError(option + " '" + text + "' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")));
    }
}
