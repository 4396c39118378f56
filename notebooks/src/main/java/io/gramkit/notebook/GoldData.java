package io.gramkit.notebook;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.InputException;
import io.gramkit.golddata.Backtest;
import io.gramkit.golddata.Calibration;
import io.gramkit.golddata.Calibrator;
import io.gramkit.golddata.DataCode;
import io.gramkit.golddata.DataQuality;
import io.gramkit.golddata.DatePrecision;
import io.gramkit.golddata.Frequency;
import io.gramkit.golddata.Inspection;
import io.gramkit.golddata.ModelKind;
import io.gramkit.golddata.PriceFile;
import io.gramkit.golddata.PriceSeries;
import io.gramkit.golddata.PriceUnit;
import io.gramkit.interpreter.gold.GoldPath;
import io.gramkit.interpreter.gold.StochasticGold;
import io.gramkit.model.Scenario;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A gold price series for calibration: read from a price file (the API of {@code gram data inspect}
 * and {@code gram calibrate}) or generated with one of the kit's gold models. Immutable;
 * {@link #between} narrows the window, {@link #fit} fits models by maximum likelihood.
 * <pre>
 * var history = GoldData.read("monthly.csv", "usd-per-oz").between("1971-01", "2025-12");
 * history.fit("gbm", "student-t", "garch")      // parameters with standard errors, AIC
 * </pre>
 */
public final class GoldData implements Displayable {
    private static final Pattern REPORT_LINE = Pattern.compile("^  (.{15}) (.*)$");

    /** The stale-price codes a user may accept, as {@code gram calibrate --accept} takes them. */
    private static final Set<DataCode> ACCEPTABLE = EnumSet.of(DataCode.REPEATED_PRICES, DataCode.ZERO_RETURNS);

    private final PriceSeries series;
    /** The whole series the window was taken from: data-quality findings are located in it. */
    private final PriceSeries whole;

    private final Optional<Inspection> inspection;
    private final String origin;
    private final Set<DataCode> accepted;

    private GoldData(
            PriceSeries series,
            PriceSeries whole,
            Optional<Inspection> inspection,
            String origin,
            Set<DataCode> accepted) {
        this.series = series;
        this.whole = whole;
        this.inspection = inspection;
        this.origin = origin;
        this.accepted = Collections.unmodifiableSet(
                accepted.isEmpty() ? EnumSet.noneOf(DataCode.class) : EnumSet.copyOf(accepted));
    }

    private GoldData(PriceSeries series, Optional<Inspection> inspection, String origin) {
        this(series, series, inspection, origin, Set.of());
    }

    /**
     * Reads a CSV of dates and prices; {@code unit} is {@code usd-per-oz} or {@code usd-per-g}, for a
     * header that does not say it (null: the header must). Only the file's column of prices is read.
     */
    public static GoldData read(String file, String unit) {
        Optional<PriceUnit> stated = Optional.ofNullable(unit)
                .map(flag -> PriceUnit.ofFlag(flag)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "the unit must be usd-per-oz or usd-per-g, not '" + flag + "'")));
        PriceFile priceFile = PriceFile.read(Path.of(file), stated, Optional.empty());
        return new GoldData(priceFile.series(), Optional.of(priceFile.inspect()), "read from " + file);
    }

    /**
     * A monthly series generated with {@code scenario}'s gold model (its shocks left out), from
     * {@code first} to {@code last} (YYYY-MM): one path simulated every calendar day with the
     * scenario's seed, its price on the first day of each month kept. For when no price file is at hand.
     */
    public static GoldData generate(NotebookScenario scenario, String first, String last) {
        LocalDate start = date(first, true);
        LocalDate end = date(last, false);
        if (!end.isAfter(start.plusMonths(1))) {
            throw new IllegalArgumentException(first + " .. " + last + " is not a range of at least two months");
        }
        Scenario model = scenario.scenario();
        int days = Math.toIntExact(end.toEpochDay() - start.toEpochDay());
        Scenario generator =
                model.withPaths(1).withHorizon(days).withGold(model.gold().withShocks(List.of()));
        GoldPath path = StochasticGold.of(generator).paths(1)[0];
        List<LocalDate> dates = new ArrayList<>();
        List<Double> prices = new ArrayList<>();
        dates.add(start);
        prices.add(path.spot());
        for (int day = 1; day <= days; day++) {
            path.advance(day);
            LocalDate date = start.plusDays(day);
            if (date.getDayOfMonth() == 1) {
                dates.add(date);
                prices.add(path.price());
            }
        }
        String name = "generated (" + describe(model) + ", seed " + model.seed() + ")";
        PriceSeries series = PriceSeries.of(
                name,
                dates,
                prices.stream().mapToDouble(Double::doubleValue).toArray(),
                Optional.of(PriceUnit.USD_PER_GRAM));
        return new GoldData(series, Optional.empty(), "generated with the kit's " + describe(model) + " model");
    }

    private static String describe(Scenario scenario) {
        String model = scenario.gold().model().getClass().getSimpleName();
        return model.toLowerCase(Locale.ROOT)
                .replace("studentt", "student-t")
                .replace("jumpdiffusion", "jump-diffusion");
    }

    private static LocalDate date(String text, boolean start) {
        Optional<LocalDate> date = start ? DatePrecision.periodStart(text) : DatePrecision.periodEnd(text);
        return date.orElseThrow(
                () -> new IllegalArgumentException("'" + text + "' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY"));
    }

    /**
     * The prices dated from {@code from} to {@code to}, both included (YYYY-MM-DD, YYYY-MM or YYYY; a
     * month or year as {@code to} means its last day; null for the series' start or end).
     */
    public GoldData between(String from, String to) {
        Optional<LocalDate> start = Optional.ofNullable(from).map(text -> date(text, true));
        Optional<LocalDate> end = Optional.ofNullable(to).map(text -> date(text, false));
        PriceSeries window = series.between(start, end)
                .orElseThrow(() ->
                        new IllegalArgumentException("fewer than 2 prices from " + (from == null ? "the start" : from)
                                + " to " + (to == null ? "the end" : to) + "; the series holds " + series.range()));
        return new GoldData(window, whole, inspection, origin, accepted);
    }

    /**
     * The same prices, with stale prices of the given codes accepted for fitting, as {@code gram
     * calibrate --accept}: {@code D218} (runs of repeated prices, such as annual values carried
     * forward month by month) and {@code D219} (clusters of zero returns). Without it, {@link #fit}
     * refuses a window holding them.
     */
    public GoldData accepting(String... codes) {
        Set<DataCode> more = EnumSet.noneOf(DataCode.class);
        more.addAll(accepted);
        for (String code : codes) {
            String c = code.trim().toUpperCase(Locale.ROOT);
            more.add(ACCEPTABLE.stream()
                    .filter(d -> d.code().equals(c))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "accepting takes D218 (repeated prices) or D219 (zero-return clusters), not '" + code
                                    + "'")));
        }
        return new GoldData(series, whole, inspection, origin, more);
    }

    /**
     * Fits each model ({@code gbm}, {@code student-t}, {@code jump-diffusion}, {@code garch}) to the
     * window, with the checks of {@code gram calibrate}: a window holding stale prices (D218, D219)
     * is refused unless {@link #accepting} them; averaged returns (D220), outliers (D221) and
     * parameters that do not carry over to the daily step (C104) come back as {@link Fits#warnings}.
     *
     * @throws IllegalArgumentException for a refused window, with the problems as {@code gram calibrate} prints them
     */
    public Fits fit(String... models) {
        if (models.length == 0) {
            throw new IllegalArgumentException("name at least one model: gbm, student-t, jump-diffusion, garch");
        }
        List<ModelKind> kinds = new ArrayList<>();
        for (String model : models) {
            kinds.add(kind(model));
        }
        List<Diagnostic> warnings = new ArrayList<>(checked());
        List<Calibration> fits = new ArrayList<>();
        for (ModelKind kind : kinds) {
            Calibration fit = Calibrator.fit(series, kind);
            fits.add(fit);
            warnings.addAll(fit.frequencyWarnings());
        }
        return new Fits(fits, warnings);
    }

    /**
     * Rolling out-of-sample backtests of each model on the window, as {@code gram backtest}: value
     * at risk and expected shortfall at 95% and 99% one step ahead, each model refitted every
     * year on the last {@code window} returns (0: ten years); ES p-values from 1,000 scenarios with
     * seed 1, the defaults of {@code gram backtest}. Stale prices are refused as in {@link #fit}.
     */
    public Backtests backtest(int window, String... models) {
        if (models.length == 0) {
            throw new IllegalArgumentException("name at least one model: gbm, student-t, jump-diffusion, garch");
        }
        List<ModelKind> kinds = new ArrayList<>();
        for (String model : models) {
            kinds.add(kind(model));
        }
        Frequency frequency = series.frequency();
        int size = window > 0 ? window : Backtest.Settings.defaultWindow(frequency);
        if (size + 10 > series.size()) {
            throw new IllegalArgumentException("a window of " + size + " returns leaves too few of the series' "
                    + (series.size() - 1) + " returns to forecast; use a shorter window");
        }
        List<Diagnostic> warnings = checked();
        Backtest.Settings settings = new Backtest.Settings(
                kinds, size, Backtest.Settings.defaultRefit(frequency), List.of(0.95, 0.99), List.of(1), 1L, 1000);
        return new Backtests(Backtest.run(series, settings), warnings);
    }

    /** The data-quality warnings of the window; throws when it holds stale prices not accepted. */
    private List<Diagnostic> checked() {
        try {
            return DataQuality.gate(whole, series, accepted);
        } catch (InputException refused) {
            throw new IllegalArgumentException(
                    "the window is refused for fitting; accept stale prices with accepting(\"D218\") or"
                            + " accepting(\"D219\") where they are known and harmless, or choose another window:\n"
                            + refused.render(),
                    refused);
        }
    }

    private static ModelKind kind(String model) {
        return ModelKind.of(model)
                .orElseThrow(() -> new IllegalArgumentException("no model '" + model + "'; models: "
                        + Arrays.stream(ModelKind.values())
                                .map(ModelKind::keyword)
                                .toList()));
    }

    /** The kit's series, for the API this facade does not cover. */
    public PriceSeries series() {
        return series;
    }

    /** Where the prices came from: {@code read from FILE} or {@code generated with ...}. */
    public String origin() {
        return origin;
    }

    /** Whether the prices were read from a file rather than generated. */
    public boolean fromFile() {
        return inspection.isPresent();
    }

    /**
     * What {@code gram data inspect} reports on the whole file (rows, dates, frequency, gaps,
     * duplicates), as a table; for a generated series, the series itself.
     */
    public Table inspect() {
        if (inspection.isEmpty()) {
            return overview();
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : inspection.get().report().split("\n", -1)) {
            Matcher m = REPORT_LINE.matcher(line);
            if (m.matches()) {
                rows.add(List.of(m.group(1).trim(), m.group(2).trim()));
            }
        }
        return Table.of("Inspection of " + series.name(), List.of("check", "result"), rows);
    }

    /** The window: its dates, number of prices and returns, frequency, first and last price. */
    public Table overview() {
        String unit = series.unit().map(PriceUnit::symbol).orElse("unit not stated");
        double[] r = series.logReturns();
        double mean = Arrays.stream(r).average().orElse(Double.NaN);
        double sd = Math.sqrt(Arrays.stream(r).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, r.length - 1));
        List<List<String>> rows = List.of(
                List.of("source", origin),
                List.of("dates", series.range()),
                List.of("prices", Formats.count(series.size())),
                List.of("log returns", Formats.count(r.length)),
                List.of(
                        "frequency",
                        series.frequency().name() + " (" + series.frequency().describePeriods() + ")"),
                List.of("first price", String.format(Locale.ROOT, "%,.2f %s", series.price(0), unit)),
                List.of("last price", String.format(Locale.ROOT, "%,.2f %s", series.price(series.size() - 1), unit)),
                List.of(
                        "volatility of returns, annualised",
                        Formats.percent(sd * Math.sqrt(series.frequency().periodsPerYear()), 1)));
        return Table.of("Gold prices: " + series.name(), List.of("", "value"), rows);
    }

    @Override
    public Optional<String> html() {
        return overview().html();
    }

    @Override
    public String text() {
        return overview().text();
    }

    @Override
    public String toString() {
        return text();
    }
}
