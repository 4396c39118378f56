package io.gramkit.golddata;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How often a series is observed, from the median spacing of its dates. Returns are annualised by
 * {@link #periodsPerYear()}: the nominal count for weekly, monthly, quarterly and annual data, and
 * for daily data the count actually observed (about 252 for trading days, 365 for every day).
 *
 * @param name              daily, weekly, monthly, quarterly, annual or irregular
 * @param periodsPerYear    observations a year used to annualise
 * @param medianSpacingDays the median number of calendar days between observations
 * @param observed          whether periodsPerYear was counted from the data rather than nominal
 */
public record Frequency(String name, double periodsPerYear, double medianSpacingDays, boolean observed) {

    /** The frequency of strictly increasing dates (at least 2). */
    public static Frequency of(List<LocalDate> dates) {
        double[] spacing = new double[dates.size() - 1];
        for (int i = 1; i < dates.size(); i++) {
            spacing[i - 1] = dates.get(i).toEpochDay() - dates.get(i - 1).toEpochDay();
        }
        Arrays.sort(spacing);
        int n = spacing.length;
        double median = n % 2 == 1 ? spacing[n / 2] : 0.5 * (spacing[n / 2 - 1] + spacing[n / 2]);
        double years = (dates.get(dates.size() - 1).toEpochDay() - dates.get(0).toEpochDay()) / 365.25;
        double observedPerYear = years > 0 ? n / years : 365.25;
        if (median <= 1.5) {
            return new Frequency("daily", observedPerYear, median, true);
        } else if (median >= 5 && median <= 9) {
            return new Frequency("weekly", 365.25 / 7, median, false);
        } else if (median >= 27 && median <= 32) {
            return new Frequency("monthly", 12, median, false);
        } else if (median >= 85 && median <= 95) {
            return new Frequency("quarterly", 4, median, false);
        } else if (median >= 360 && median <= 370) {
            return new Frequency("annual", 1, median, false);
        }
        return new Frequency("irregular", observedPerYear, median, true);
    }

    /** {@code 12 a year} or {@code 251.6 a year, as observed}. */
    public String describePeriods() {
        String count = periodsPerYear == Math.rint(periodsPerYear)
                ? String.format(Locale.ROOT, "%.0f", periodsPerYear)
                : String.format(Locale.ROOT, "%.2f", periodsPerYear);
        return count + " a year" + (observed ? ", as observed in the file" : "");
    }

    /** Whether {@code days} between two observations leave out at least one expected observation. */
    boolean isGap(LocalDate before, LocalDate after) {
        long days = after.toEpochDay() - before.toEpochDay();
        return switch (name) {
            case "daily" -> days > 5; // weekends and a two-day holiday are not gaps in trading-day data
            case "weekly" -> days > 10;
            case "monthly" -> monthsBetween(before, after) > 1;
            case "quarterly" -> monthsBetween(before, after) > 4;
            case "annual" -> after.getYear() - before.getYear() > 1;
            default -> false;
        };
    }

    private static long monthsBetween(LocalDate a, LocalDate b) {
        return (b.getYear() - a.getYear()) * 12L + b.getMonthValue() - a.getMonthValue();
    }
}
