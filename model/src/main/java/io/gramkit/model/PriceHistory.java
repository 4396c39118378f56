package io.gramkit.model;

import io.gramkit.diagnostic.SourceSpan;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Observed gold prices read from a data file, in date order without duplicates, every price
 * positive: what a bootstrap resamples and a replay shock follows. Only ratios of prices are
 * used, so the unit does not matter. {@code periodsPerYear} is the series' own observation
 * frequency (about 252 for trading days, 12 for months), used to rescale its returns to days.
 */
public final class PriceHistory {
    private final SourceSpan span;
    private final String source;
    private final List<LocalDate> dates;
    private final double[] prices;
    private final double periodsPerYear;

    /**
     * @param span           where the scenario names the file
     * @param source         the file as the run's output names it
     * @param dates          observation dates, strictly increasing
     * @param prices         one positive price a date
     * @param periodsPerYear observations a year (the file's own frequency)
     */
    public PriceHistory(SourceSpan span, String source, List<LocalDate> dates, double[] prices, double periodsPerYear) {
        this.span = Check.present("span", span);
        this.source = Check.present("source", source);
        this.dates = List.copyOf(dates);
        this.prices = prices.clone();
        this.periodsPerYear = Check.positive("periods per year", periodsPerYear);
        if (this.dates.size() != this.prices.length || this.prices.length < 2) {
            throw new IllegalArgumentException("a price history needs at least 2 prices, one a date; got "
                    + this.prices.length + " prices and " + this.dates.size() + " dates");
        }
        for (int i = 0; i < this.prices.length; i++) {
            Check.positive("price", this.prices[i]);
            if (i > 0 && !this.dates.get(i).isAfter(this.dates.get(i - 1))) {
                throw new IllegalArgumentException(
                        "dates must increase: " + this.dates.get(i) + " after " + this.dates.get(i - 1));
            }
        }
    }

    public SourceSpan span() {
        return span;
    }

    public String source() {
        return source;
    }

    public int size() {
        return prices.length;
    }

    public LocalDate date(int index) {
        return dates.get(index);
    }

    public List<LocalDate> dates() {
        return dates;
    }

    public double price(int index) {
        return prices[index];
    }

    public double periodsPerYear() {
        return periodsPerYear;
    }

    /** {@code ln(P_i / P_{i-1})} for i = 1 .. size-1. */
    public double[] logReturns() {
        double[] returns = new double[prices.length - 1];
        for (int i = 1; i < prices.length; i++) {
            returns[i - 1] = StrictMath.log(prices[i] / prices[i - 1]);
        }
        return returns;
    }

    /** Calendar days from the first observation to {@code index}. */
    public int dayOffset(int index) {
        return (int) (dates.get(index).toEpochDay() - dates.get(0).toEpochDay());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PriceHistory h
                && h.source.equals(source)
                && h.dates.equals(dates)
                && Arrays.equals(h.prices, prices)
                && h.periodsPerYear == periodsPerYear;
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, dates, Arrays.hashCode(prices), periodsPerYear);
    }

    @Override
    public String toString() {
        return source + " (" + prices.length + " prices, " + dates.get(0) + " .. " + dates.get(dates.size() - 1) + ")";
    }
}
