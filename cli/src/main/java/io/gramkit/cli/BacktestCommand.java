package io.gramkit.cli;

import io.gramkit.golddata.Backtest;
import io.gramkit.golddata.DataQuality;
import io.gramkit.golddata.ModelKind;
import io.gramkit.golddata.PriceFile;
import io.gramkit.golddata.PriceSeries;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Rolling out-of-sample value-at-risk and expected-shortfall forecasts of a price file's returns"
                + " for each gold model, with Kupiec, Christoffersen and Acerbi-Szekely tests and the traffic-light"
                + " zone; --csv and --html write the forecasts and a report (never half-written).")
final class BacktestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A CSV of dates and prices.")
    Path file;

    @Option(
            names = "--model",
            paramLabel = "MODEL",
            split = ",",
            description = "gbm, student-t, jump-diffusion, garch (comma-separated; default all four).")
    List<String> models = new ArrayList<>();

    @Option(
            names = "--window",
            paramLabel = "N",
            description = "Returns each fit uses (default 10 years, 120 monthly).")
    Integer window;

    @Option(names = "--refit", paramLabel = "K", description = "Refit every K observations (default a year's worth).")
    Integer refit;

    @Option(names = "--level", paramLabel = "L", split = ",", description = "VaR/ES levels (default 95%%,99%%).")
    List<String> levels = new ArrayList<>(List.of("95%", "99%"));

    @Option(names = "--horizon", paramLabel = "H", split = ",", description = "Observations ahead (default 1).")
    List<Integer> horizons = new ArrayList<>(List.of(1));

    @Option(names = "--from", paramLabel = "DATE", description = "First date used.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last date used.")
    String to;

    @Option(
            names = "--seed",
            paramLabel = "S",
            description = "Seed of simulated forecasts and ES p-values (default 1).")
    long seed = 1;

    @Option(
            names = "--scenarios",
            paramLabel = "M",
            description = "Scenarios of the ES test's p-value (default 1,000).")
    int scenarios = 1000;

    @Option(names = "--accept", paramLabel = "CODE", split = ",", description = "Accept stale prices: D218, D219.")
    List<String> accept = new ArrayList<>();

    @Option(names = "--unit", paramLabel = "UNIT", description = "usd-per-oz or usd-per-g (not needed for returns).")
    String unit;

    @Option(names = "--column", paramLabel = "NAME", description = "The price column, when there are several.")
    String column;

    @Option(names = "--csv", paramLabel = "OUT", description = "Write every forecast and its outcome to OUT.")
    Path csv;

    @Option(names = "--html", paramLabel = "OUT", description = "Write the report with charts to OUT.")
    Path html;

    @Override
    public Integer call() throws IOException {
        List<ModelKind> kinds = new ArrayList<>();
        for (String m : models.isEmpty() ? List.of("gbm", "student-t", "jump-diffusion", "garch") : models) {
            kinds.add(ModelKind.of(m.trim())
                    .orElseThrow(() -> new UsageError(
                            "--model must be gbm, student-t, jump-diffusion or garch; not '" + m + "'")));
        }
        List<Double> parsedLevels = new ArrayList<>();
        for (String l : levels) {
            parsedLevels.add(level(l));
        }
        for (int h : horizons) {
            if (h < 1) {
                throw new UsageError("--horizon must be 1 or more observations, not " + h);
            }
        }
        Optional<LocalDate> start = CalibrateCommand.date(from, "--from", true);
        Optional<LocalDate> end = CalibrateCommand.date(to, "--to", false);
        PriceSeries series = PriceFile.read(
                        file, Optional.ofNullable(unit).map(DataCommand::unit), Optional.ofNullable(column))
                .series();
        PriceSeries window = series.between(start, end)
                .orElseThrow(() -> new UsageError("fewer than 2 prices in " + file + " in the dates asked for"));
        Warnings.print(spec, DataQuality.gate(series, window, CalibrateCommand.accepted(accept)));
        int w = this.window != null ? this.window : Backtest.Settings.defaultWindow(window.frequency());
        int k = refit != null ? refit : Backtest.Settings.defaultRefit(window.frequency());
        if (w < 3 || k < 1 || scenarios < 1) {
            throw new UsageError("--window must be 3 or more, --refit and --scenarios 1 or more");
        }
        Backtest backtest =
                Backtest.run(window, new Backtest.Settings(kinds, w, k, parsedLevels, horizons, seed, scenarios));
        spec.commandLine().getOut().print(backtest.report());
        if (csv != null) {
            backtest.writeCsv(csv);
            spec.commandLine()
                    .getOut()
                    .printf("%nwrote %,d forecasts to %s%n", backtest.rows().size(), csv);
        }
        if (html != null) {
            backtest.writeHtml(html);
            spec.commandLine().getOut().printf("wrote the report to %s%n", html);
        }
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    /** {@code 99%} or {@code 0.99}, strictly between 50% and 100%. */
    static double level(String text) {
        String t = text.trim();
        try {
            double value = t.endsWith("%")
                    ? new BigDecimal(t.substring(0, t.length() - 1))
                            .movePointLeft(2)
                            .doubleValue()
                    : Double.parseDouble(t);
            if (value > 0.5 && value < 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageError("--level must be a percentage between 50% and 100%, such as 99%, not '" + text + "'");
    }
}
