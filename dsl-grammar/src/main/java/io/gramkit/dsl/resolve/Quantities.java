package io.gramkit.dsl.resolve;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.dsl.ast.NumberLiteral;
import io.gramkit.dsl.ast.Quantity;
import io.gramkit.dsl.ast.Setting;
import io.gramkit.dsl.ast.Unit;
import io.gramkit.dsl.ast.UnitLiteral;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.dsl.diagnostic.Quote;
import io.gramkit.model.settings.SettingDeclaration;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads written quantities into model units, exactly: the digits as written become a
 * {@link BigDecimal}, units convert in decimal, and the result is rounded once to the nearest
 * double ({@code 0.25%} is the double nearest 0.0025). Every problem is reported at the
 * quantity's span and yields an empty result.
 */
final class Quantities {
    /** 1 troy ounce in grams, exactly. */
    static final BigDecimal GRAMS_PER_OUNCE = new BigDecimal("31.1034768");
    /** USD/oz to USD/g divides by 31.1034768, which need not terminate: kept to 50 digits. */
    static final MathContext OUNCE_DIVISION = new MathContext(50, RoundingMode.HALF_EVEN);
    /** No double needs more digits; more would only make parsing slow. */
    static final int MAX_DIGITS = 1000;

    private final Diagnostics diagnostics;

    Quantities(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The quantity in the model unit of {@code dimension} (fraction, USD/g, g, USD, days), exactly. */
    Optional<BigDecimal> measure(Quantity quantity, String what, Dimension dimension) {
        Optional<UnitLiteral> unit = quantity.unit();
        if (unit.isPresent() && !dimension.accepts(unit.get().unit())) {
            String problem = dimension == Dimension.PLAIN ? "unexpected unit " : "wrong unit ";
            diagnostics.report(GramCode.WRONG_UNIT.at(
                    unit.get().span(),
                    problem + Quote.of(written(unit.get().span())) + " for " + what + "; it takes "
                            + dimension.description()));
            return Optional.empty();
        }
        if (unit.isEmpty() && dimension != Dimension.PLAIN) {
            diagnostics.report(GramCode.MISSING_UNIT.at(
                    quantity.number().span(),
                    "missing unit after " + Quote.of(quantity.number().text()) + "; " + what + " takes "
                            + dimension.description(quantity.number().text())));
            return Optional.empty();
        }
        return exact(quantity.number())
                .map(value -> unit.map(u -> inModelUnit(value, u.unit())).orElse(value));
    }

    /** {@link #measure}, rounded once to a double and checked against {@code range}. */
    Optional<Double> number(Quantity quantity, String what, Dimension dimension, Range range) {
        return measure(quantity, what, dimension).flatMap(exact -> toDouble(exact, quantity, what, dimension, range));
    }

    /** A setting's value in model units, checked, or {@code fallback} when the scenario leaves it out. */
    Optional<Double> settingOr(Optional<Setting> setting, Dimension dimension, Range range, double fallback) {
        return setting.isEmpty()
                ? Optional.of(fallback)
                : number(setting.get().value(), setting.get().name().words(), dimension, range);
    }

    /**
     * A catalogue setting's value in model units, checked against its declared measure and bounds,
     * or its reference value when the scenario leaves it out.
     */
    Optional<Double> declared(Optional<Setting> setting, SettingDeclaration declaration) {
        return settingOr(
                setting,
                Dimension.of(declaration.measure()),
                Range.of(declaration.bounds()),
                declaration.referenceValue());
    }

    /** A written catalogue setting's value in model units, checked (whole days and counts included). */
    Optional<Double> written(Setting setting) {
        SettingDeclaration declaration = setting.name();
        String what = declaration.words();
        return switch (declaration.measure()) {
            case DAYS -> days(setting.value(), what).map(Integer::doubleValue);
            case COUNT -> count(setting.value(), what).map(Integer::doubleValue);
            case INTEGER -> seed(setting.value(), what).map(Long::doubleValue);
            default ->
                number(setting.value(), what, Dimension.of(declaration.measure()), Range.of(declaration.bounds()));
        };
    }

    /** Rounds an exact value once to the nearest double and checks it. */
    Optional<Double> toDouble(BigDecimal exact, Quantity quantity, String what, Dimension dimension, Range range) {
        double value = Double.parseDouble(exact.toString());
        if (Double.isInfinite(value)) {
            diagnostics.report(GramCode.TOO_LARGE.at(
                    quantity.span(), what + " " + Quote.of(written(quantity.span())) + " is too large to represent"));
            return Optional.empty();
        }
        if (!range.contains(value)) {
            diagnostics.report(GramCode.OUT_OF_RANGE.at(
                    quantity.span(),
                    what + " " + Quote.of(written(quantity.span())) + " is out of range; it must be "
                            + range.describe(dimension)));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A count without a unit (paths): a whole number from 1 to {@link Integer#MAX_VALUE}. */
    Optional<Integer> count(Quantity quantity, String what) {
        return measure(quantity, what, Dimension.PLAIN)
                .flatMap(exact -> whole(exact, quantity.span(), what, 1, Integer.MAX_VALUE, ""))
                .map(Long::intValue);
    }

    /** A seed: any whole number a {@code long} holds. */
    Optional<Long> seed(Quantity quantity, String what) {
        return measure(quantity, what, Dimension.PLAIN)
                .flatMap(exact -> whole(exact, quantity.span(), what, Long.MIN_VALUE, Long.MAX_VALUE, ""));
    }

    /** A duration in whole days, at least one: a week is 7 days, a month 30, a year 365. */
    Optional<Integer> days(Quantity quantity, String what) {
        return measure(quantity, what, Dimension.DURATION)
                .flatMap(days -> whole(days, quantity.span(), what, 1, Integer.MAX_VALUE, "day"))
                .map(Long::intValue);
    }

    /** A day number as in {@code at day 10}: days are numbered from 1. */
    Optional<Integer> dayNumber(NumberLiteral number, String what) {
        return exact(number)
                .flatMap(exact -> whole(exact, number.span(), what, 1, Integer.MAX_VALUE, ""))
                .map(Long::intValue);
    }

    /** A whole number in [min, max]; {@code unit} is "" or "day" (a duration already in days). */
    private Optional<Long> whole(BigDecimal value, SourceSpan span, String what, long min, long max, String unit) {
        String shown = what + " " + Quote.of(written(span));
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            String message = unit.isEmpty()
                    ? shown + " is not a whole number"
                    : shown + " is " + value.stripTrailingZeros().toPlainString() + " days; it must be a whole number"
                            + " of days";
            diagnostics.report(GramCode.NOT_WHOLE.at(span, message));
            return Optional.empty();
        }
        if (min >= 0 && value.compareTo(BigDecimal.valueOf(min)) < 0) {
            diagnostics.report(GramCode.OUT_OF_RANGE.at(
                    span, shown + " is out of range; it must be " + amount(min, unit) + " or more"));
            return Optional.empty();
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            String problem = min >= 0
                    ? " is too large; the most is " + amount(max, unit)
                    : " does not fit in 64 bits; it must be from " + amount(min, unit) + " to " + amount(max, unit);
            diagnostics.report(GramCode.TOO_LARGE.at(span, shown + problem));
            return Optional.empty();
        }
        return Optional.of(value.longValueExact());
    }

    private static String amount(long value, String unit) {
        String number = String.format(Locale.ROOT, "%,d", value);
        return unit.isEmpty() ? number : number + " " + unit + (value == 1 ? "" : "s");
    }

    /** The written digits as an exact decimal; numbers longer than {@link #MAX_DIGITS} are refused. */
    Optional<BigDecimal> exact(NumberLiteral number) {
        String plain = number.plain();
        long digits = plain.chars().filter(Character::isDigit).count();
        if (digits > MAX_DIGITS) {
            diagnostics.report(GramCode.TOO_LARGE.at(
                    number.span(),
                    String.format(
                            Locale.ROOT,
                            "number %s has %,d digits; at most %,d are read",
                            Quote.of(plain),
                            digits,
                            MAX_DIGITS)));
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(plain));
        } catch (NumberFormatException e) {
            // Only a tree built in code can hold such text; the lexer admits digits only.
            diagnostics.report(GramCode.MALFORMED_NUMBER.at(number.span(), "malformed number " + Quote.of(plain)));
            return Optional.empty();
        }
    }

    static BigDecimal inModelUnit(BigDecimal value, Unit unit) {
        return switch (unit) {
            case PERCENT -> value.movePointLeft(2);
            case BASIS_POINT -> value.movePointLeft(4);
            case OUNCE -> value.multiply(GRAMS_PER_OUNCE);
            case TONNE -> value.movePointRight(6);
            case USD_PER_OUNCE -> value.divide(GRAMS_PER_OUNCE, OUNCE_DIVISION);
            case WEEK -> value.multiply(BigDecimal.valueOf(7));
            case MONTH -> value.multiply(BigDecimal.valueOf(30));
            case YEAR -> value.multiply(BigDecimal.valueOf(365));
            case USD, USD_PER_GRAM, GRAM, DAY -> value;
        };
    }

    /** The text at {@code span} as written in the file. */
    static String written(SourceSpan span) {
        String line = span.file().line(span.line());
        int from = Math.min(Math.max(0, span.column() - 1), line.length());
        return line.substring(from, Math.min(line.length(), from + span.length()));
    }
}
