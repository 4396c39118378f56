package io.gramkit.golddata;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How precisely a file writes its dates. A month is dated by its first day and a year by 1 January;
 * as a range end ({@code --to 2025}) a period means its last day.
 */
public enum DatePrecision {
    DAY("YYYY-MM-DD", Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})")),
    MONTH("YYYY-MM", Pattern.compile("(\\d{4})-(\\d{2})")),
    YEAR("YYYY", Pattern.compile("(\\d{4})"));

    private final String shape;
    private final Pattern pattern;

    DatePrecision(String shape, Pattern pattern) {
        this.shape = shape;
        this.pattern = pattern;
    }

    /** {@code YYYY-MM-DD}, as messages name it. */
    public String shape() {
        return shape;
    }

    /** The precision whose shape {@code text} has, whether or not it is a valid date. */
    public static Optional<DatePrecision> of(String text) {
        for (DatePrecision precision : values()) {
            if (precision.pattern.matcher(text).matches()) {
                return Optional.of(precision);
            }
        }
        return Optional.empty();
    }

    /** The first day of the period {@code text} names, or empty if it is not a valid date of this shape. */
    public Optional<LocalDate> start(String text) {
        Matcher m = pattern.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            return Optional.of(
                    switch (this) {
                        case DAY -> LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                        case MONTH -> LocalDate.of(year, Integer.parseInt(m.group(2)), 1);
                        case YEAR -> LocalDate.of(year, 1, 1);
                    });
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The last day of the period that starts on {@code start}. */
    public LocalDate end(LocalDate start) {
        return switch (this) {
            case DAY -> start;
            case MONTH -> YearMonth.from(start).atEndOfMonth();
            case YEAR -> LocalDate.of(start.getYear(), 12, 31);
        };
    }

    /** The date written in this shape. */
    public String format(LocalDate date) {
        return switch (this) {
            case DAY -> date.toString();
            case MONTH -> YearMonth.from(date).toString();
            case YEAR -> Integer.toString(date.getYear());
        };
    }

    /** A date as written on a command line or in a scenario: any of the three shapes. */
    public static Optional<LocalDate> periodStart(String text) {
        return of(text).flatMap(p -> p.start(text));
    }

    /** The last day of the period {@code text} names ({@code 2025} is 2025-12-31). */
    public static Optional<LocalDate> periodEnd(String text) {
        return of(text).flatMap(p -> p.start(text).map(p::end));
    }
}
