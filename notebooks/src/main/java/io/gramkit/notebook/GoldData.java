package io.gramkit.notebook;

import io.gramkit.golddata.Calibration;
import io.gramkit.golddata.Calibrator;
import io.gramkit.golddata.DatePrecision;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    private final PriceSeries series;
    private final Optional<Inspection> inspection;
    private final String origin;

    private GoldData(PriceSeries series, Optional<Inspection> inspection, String origin) {
        this.series = series;
        this.inspection = inspection;
        this.origin = origin;
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
        return new GoldData(window, inspection, origin);
    }

    /** Fits each model ({@code gbm}, {@code student-t}, {@code jump-diffusion}, {@code garch}) to the window. */
    public Fits fit(String... models) {
        if (models.length == 0) {
            throw new IllegalArgumentException("name at least one model: gbm, student-t, jump-diffusion, garch");
        }
        List<Calibration> fits = new ArrayList<>();
        for (String model : models) {
            ModelKind kind = ModelKind.of(model)
                    .orElseThrow(() -> new IllegalArgumentException("no model '" + model + "'; models: "
                            + Arrays.stream(ModelKind.values())
                                    .map(ModelKind::keyword)
                                    .toList()));
            fits.add(Calibrator.fit(series, kind));
        }
        return new Fits(fits);
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
