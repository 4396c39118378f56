package io.gramkit.golddata;

import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.model.PriceHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Clean prices in date order: unique dates, every price positive, at least two. Returns are
 * {@code ln(P_i / P_{i-1})} between consecutive observations, at the series' own frequency.
 */
public final class PriceSeries {
    private final SourceFile source;
    private final DatePrecision precision;
    private final Optional<PriceUnit> unit;
    private final List<LocalDate> dates;
    private final double[] prices;
    private final int[] lines;
    private final Frequency frequency;

    private PriceSeries(
            SourceFile source,
            DatePrecision precision,
            Optional<PriceUnit> unit,
            List<LocalDate> dates,
            double[] prices,
            int[] lines,
            Frequency frequency) {
        this.source = source;
        this.precision = precision;
        this.unit = unit;
        this.dates = List.copyOf(dates);
        this.prices = prices;
        this.lines = lines;
        this.frequency = frequency;
    }

    static PriceSeries of(PriceFile file, List<Observation> ordered) {
        List<LocalDate> dates = new ArrayList<>(ordered.size());
        double[] prices = new double[ordered.size()];
        int[] lines = new int[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            dates.add(ordered.get(i).date());
            prices[i] = ordered.get(i).price().getAsDouble();
            lines[i] = ordered.get(i).line();
        }
        return new PriceSeries(file.source(), file.precision(), file.unit(), dates, prices, lines, Frequency.of(dates));
    }

    /** A series built in code (tests, synthetic data). */
    public static PriceSeries of(String name, List<LocalDate> dates, double[] prices, Optional<PriceUnit> unit) {
        int[] lines = new int[prices.length];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = i + 2;
        }
        return new PriceSeries(
                new SourceFile(name, ""), DatePrecision.DAY, unit, dates, prices.clone(), lines, Frequency.of(dates));
    }

    public String name() {
        return source.name();
    }

    public SourceFile source() {
        return source;
    }

    /** Where observation {@code i} was written: its whole line. */
    public SourceSpan span(int i) {
        int line = lines[i];
        int length = line <= source.lineCount() ? source.line(line).length() : 0;
        return SourceSpan.at(source, line, 1, length);
    }

    /** {@code 1971-01} in the file's date shape. */
    public String format(int i) {
        return precision.format(dates.get(i));
    }

    public DatePrecision precision() {
        return precision;
    }

    public Optional<PriceUnit> unit() {
        return unit;
    }

    public int size() {
        return prices.length;
    }

    public LocalDate date(int i) {
        return dates.get(i);
    }

    public double price(int i) {
        return prices[i];
    }

    public int line(int i) {
        return lines[i];
    }

    public Frequency frequency() {
        return frequency;
    }

    public LocalDate firstDate() {
        return dates.get(0);
    }

    public LocalDate lastDate() {
        return dates.get(dates.size() - 1);
    }

    /**
     * The observations dated from {@code from} to {@code to}, both included; the frequency stays
     * the whole file's (a short window does not say how often the file is observed).
     *
     * @return empty when fewer than two observations fall in the window
     */
    public Optional<PriceSeries> between(Optional<LocalDate> from, Optional<LocalDate> to) {
        int first = 0;
        while (first < dates.size() && from.isPresent() && dates.get(first).isBefore(from.get())) {
            first++;
        }
        int last = dates.size() - 1;
        while (last >= 0 && to.isPresent() && dates.get(last).isAfter(to.get())) {
            last--;
        }
        if (last - first < 1) {
            return Optional.empty();
        }
        return Optional.of(new PriceSeries(
                source,
                precision,
                unit,
                dates.subList(first, last + 1),
                java.util.Arrays.copyOfRange(prices, first, last + 1),
                java.util.Arrays.copyOfRange(lines, first, last + 1),
                frequency));
    }

    /** {@code ln(P_i / P_{i-1})}, i = 1 .. size-1. */
    public double[] logReturns() {
        double[] returns = new double[prices.length - 1];
        for (int i = 1; i < prices.length; i++) {
            returns[i - 1] = StrictMath.log(prices[i] / prices[i - 1]);
        }
        return returns;
    }

    /** The series as the scenario model holds it. */
    public PriceHistory toHistory(SourceSpan span) {
        return new PriceHistory(span, source.name(), dates, prices, frequency.periodsPerYear());
    }

    /** {@code 1971-01 .. 2025-12} in the file's date shape. */
    public String range() {
        return precision.format(firstDate()) + " .. " + precision.format(lastDate());
    }
}
