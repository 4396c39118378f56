package io.gramkit.golddata;

import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Rolling out-of-sample value-at-risk and expected-shortfall forecasts of a price series' log
 * returns: at each origin t each model, fitted to the {@code window} returns before t (refitted
 * every {@code refit} observations, the last fit kept in between), forecasts the sum of the next h
 * returns; origins step by h, so multi-period forecasts do not overlap. Each (model, horizon,
 * level) is scored by {@link CoverageTest} and {@link ShortfallTest}. Formulas and references in
 * docs/gold-models.md#backtests.
 */
public final class Backtest {

    /** What to backtest; {@code seed} drives every simulated forecast and ES p-value. */
    public record Settings(
            List<ModelKind> models,
            int window,
            int refit,
            List<Double> levels,
            List<Integer> horizons,
            long seed,
            int scenarios) {
        public Settings {
            models = List.copyOf(models);
            levels = List.copyOf(levels);
            horizons = List.copyOf(horizons);
            if (window < 3
                    || refit < 1
                    || scenarios < 1
                    || models.isEmpty()
                    || levels.isEmpty()
                    || horizons.isEmpty()) {
                throw new IllegalArgumentException(
                        "window >= 3, refit >= 1, scenarios >= 1, and a model, level and horizon");
            }
        }

        /** Ten years of observations (120 monthly, 1,000 daily at most), refitted once a year. */
        public static int defaultWindow(Frequency f) {
            return (int) Math.max(120, Math.min(1000, Math.round(10 * f.periodsPerYear())));
        }

        public static int defaultRefit(Frequency f) {
            return (int) Math.max(1, Math.round(f.periodsPerYear()));
        }
    }

    /** One forecast at one level and what happened. VaR and ES are losses in log return. */
    public record Row(
            ModelKind model,
            int horizon,
            double level,
            String from,
            String to,
            double var,
            double es,
            double realised) {
        public boolean exceeded() {
            return realised < -var;
        }
    }

    /** The tests of one model at one horizon and level. */
    public record Result(ModelKind model, int horizon, double level, CoverageTest coverage, ShortfallTest shortfall) {}

    /** One model's comparison: AIC of a fit to the whole series, log score of its one-step forecasts. */
    public record Comparison(ModelKind model, double aic, double logScore, int forecasts, int failedFits) {}

    private final PriceSeries series;
    private final Settings settings;
    private final List<Row> rows;
    private final List<Result> results;
    private final List<Comparison> comparison;

    private Backtest(
            PriceSeries series, Settings settings, List<Row> rows, List<Result> results, List<Comparison> comparison) {
        this.series = series;
        this.settings = settings;
        this.rows = List.copyOf(rows);
        this.results = List.copyOf(results);
        this.comparison = List.copyOf(comparison);
    }

    public static Backtest run(PriceSeries series, Settings settings) {
        double[] r = series.logReturns();
        int w = settings.window();
        int longest =
                settings.horizons().stream().mapToInt(Integer::intValue).max().orElseThrow();
        if (r.length < w + 10 * longest) {
            throw new InputException(io.gramkit.diagnostic.Diagnostic.error(
                    DataCode.TOO_FEW_FORECASTS,
                    SourceSpan.of(new SourceFile(series.name(), "")),
                    String.format(
                            Locale.ROOT,
                            "%s holds %d returns; a window of %d and 10 forecasts %d returns ahead need %d; pass a"
                                    + " shorter --window",
                            series.range(),
                            r.length,
                            w,
                            longest,
                            w + 10 * longest)));
        }
        double periods = series.frequency().periodsPerYear();
        List<Row> rows = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        List<Comparison> comparison = new ArrayList<>();
        for (ModelKind model : settings.models()) {
            // Fits at t = w, w + refit, ...; a fit that fails keeps the one before.
            Map<Integer, Calibration> fits = new LinkedHashMap<>();
            Calibration last = null;
            int failed = 0;
            for (int t = w; t < r.length; t += settings.refit()) {
                PriceSeries past = slice(series, t - w, t);
                try {
                    last = Calibrator.fit(past, model);
                } catch (InputException e) {
                    failed++;
                }
                if (last != null) {
                    fits.put(t, last);
                }
            }
            double logScore = 0;
            int scored = 0;
            for (int h : settings.horizons()) {
                List<Forecast> forecasts = new ArrayList<>();
                List<Double> realised = new ArrayList<>();
                List<int[]> spans = new ArrayList<>();
                for (int t = w; t + h <= r.length; t += h) {
                    Optional<Calibration> fit = fitAt(fits, t, w, settings.refit());
                    if (fit.isEmpty()) {
                        continue;
                    }
                    double[] past = java.util.Arrays.copyOfRange(r, t - w, t);
                    Forecast f = Forecaster.of(fit.get(), past, h, periods, settings.seed() * 1_000_003L + t);
                    double x = 0;
                    for (int k = t; k < t + h; k++) {
                        x += r[k];
                    }
                    forecasts.add(f);
                    realised.add(x);
                    spans.add(new int[] {t, t + h});
                    if (h == 1) {
                        logScore += f.logDensity(x);
                        scored++;
                    }
                }
                double[] x = realised.stream().mapToDouble(Double::doubleValue).toArray();
                for (double level : settings.levels()) {
                    double p = 1 - level;
                    boolean[] hits = new boolean[x.length];
                    for (int i = 0; i < x.length; i++) {
                        Forecast f = forecasts.get(i);
                        Row row = new Row(
                                model,
                                h,
                                level,
                                series.format(spans.get(i)[0]),
                                series.format(spans.get(i)[1]),
                                f.valueAtRisk(p),
                                f.expectedShortfall(p),
                                x[i]);
                        rows.add(row);
                        hits[i] = row.exceeded();
                    }
                    if (x.length > 0) {
                        results.add(new Result(
                                model,
                                h,
                                level,
                                CoverageTest.of(hits, p),
                                ShortfallTest.of(forecasts, x, p, settings.scenarios(), settings.seed())));
                    }
                }
            }
            double aic;
            try {
                aic = Calibrator.fit(slice(series, w, r.length), model).aic();
            } catch (InputException e) {
                aic = Double.NaN;
            }
            comparison.add(new Comparison(
                    model, aic, settings.horizons().contains(1) ? logScore : Double.NaN, scored, failed));
        }
        return new Backtest(series, settings, rows, results, comparison);
    }

    private static Optional<Calibration> fitAt(Map<Integer, Calibration> fits, int t, int w, int refit) {
        int at = w + ((t - w) / refit) * refit;
        return Optional.ofNullable(fits.get(at));
    }

    /** Prices first..last (indices), so returns first+1..last. */
    private static PriceSeries slice(PriceSeries s, int first, int last) {
        return s.between(Optional.of(s.date(first)), Optional.of(s.date(last))).orElseThrow();
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Result> results() {
        return results;
    }

    public List<Comparison> comparison() {
        return comparison;
    }

    public Settings settings() {
        return settings;
    }

    public PriceSeries series() {
        return series;
    }

    /** What {@code gram backtest} prints. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Backtest of %s, %s: %,d %s returns; rolling window %d, refit every %d; ES p-values from %,d"
                        + " simulated scenarios (seed %d)%n",
                series.name(),
                series.range(),
                series.size() - 1,
                series.frequency().name(),
                settings.window(),
                settings.refit(),
                settings.scenarios(),
                settings.seed()));
        for (int h : settings.horizons()) {
            out.append(String.format(Locale.ROOT, "%nhorizon %d (non-overlapping)%n", h));
            out.append(String.format(
                    Locale.ROOT,
                    "  %-15s %5s %6s %8s %5s %8s %8s %8s %7s %7s %7s%n",
                    "model",
                    "level",
                    "T",
                    "expected",
                    "exc.",
                    "Kupiec p",
                    "indep. p",
                    "cond. p",
                    "zone",
                    "ES Z2",
                    "Z2 p"));
            for (Result res : results) {
                if (res.horizon() != h) {
                    continue;
                }
                CoverageTest c = res.coverage();
                out.append(String.format(
                        Locale.ROOT,
                        "  %-15s %5s %6d %8.1f %5d %8.3f %8.3f %8.3f %7s %7.2f %7.3f%n",
                        res.model().keyword(),
                        percent(res.level()),
                        c.observations(),
                        c.observations() * c.p(),
                        c.exceedances(),
                        c.kupiecP(),
                        c.independenceP(),
                        c.conditionalP(),
                        c.zone().word(),
                        res.shortfall().z2(),
                        res.shortfall().pValue()));
            }
        }
        out.append(String.format(
                Locale.ROOT,
                "%nmodel comparison%n  %-15s %12s %12s %12s%n",
                "model",
                "AIC (fit)",
                "log score",
                "failed fits"));
        for (Comparison c : comparison) {
            out.append(String.format(
                    Locale.ROOT,
                    "  %-15s %12.1f %12.1f %12d%n",
                    c.model().keyword(),
                    c.aic(),
                    c.logScore(),
                    c.failedFits()));
        }
        out.append("\n  Kupiec: exceedance rate = 1 - level; indep.: Christoffersen, no clustering of exceedances;"
                + " cond.: both;\n  zone: binomial traffic light (Basel at 99% and 250); ES Z2: Acerbi-Szekely,"
                + " 0 when the ES is right, negative when too small;\n  AIC of a fit to the returns after the first"
                + " window (lower is better); log score: sum of log densities of one-step forecasts\n  (higher is"
                + " better; NaN where a forecast is simulated).\n");
        return out.toString();
    }

    static String percent(double level) {
        return Calibration.number(level * 100, 4) + "%";
    }

    /** {@code model,horizon,level,from,to,var,es,realised,exceeded}; written to a temporary file, then moved. */
    public void writeCsv(Path out) throws IOException {
        StringBuilder text = new StringBuilder("model,horizon,level,from,to,var,es,realised,exceeded\n");
        for (Row row : rows) {
            text.append(row.model().keyword())
                    .append(',')
                    .append(row.horizon())
                    .append(',')
                    .append(row.level())
                    .append(',')
                    .append(row.from())
                    .append(',')
                    .append(row.to())
                    .append(',')
                    .append(row.var())
                    .append(',')
                    .append(row.es())
                    .append(',')
                    .append(row.realised())
                    .append(',')
                    .append(row.exceeded() ? 1 : 0)
                    .append('\n');
        }
        writeWhole(out, text.toString());
    }

    public void writeHtml(Path out) throws IOException {
        writeWhole(out, BacktestPage.html(this));
    }

    /** A temporary file is private to its owner; the report it becomes is an ordinary file. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the default permissions stand
        }
    }

    /** Never half-written: a temporary file beside the target, moved over it when complete. */
    static void writeWhole(Path out, String text) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(parent, ".backtest", ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            readableByAll(temp);
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
