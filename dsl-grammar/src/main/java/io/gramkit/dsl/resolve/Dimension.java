package io.gramkit.dsl.resolve;

import io.gramkit.dsl.ast.Unit;
import io.gramkit.dsl.diagnostic.Quote;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What a setting measures, which units may express it, and how messages describe it. */
enum Dimension {
    FRACTION("percentage", "a percentage", "'0.25%' or '25 bp'", Unit.PERCENT, Unit.BASIS_POINT),
    PRICE("price", "a price in USD/g or USD/oz", "'75 USD/g'", Unit.USD_PER_GRAM, Unit.USD_PER_OUNCE),
    MASS("mass", "a mass in g, oz or t", "'950,000 g'", Unit.GRAM, Unit.OUNCE, Unit.TONNE),
    MONEY("amount in USD", "an amount in USD", "'4,125,000 USD'", Unit.USD),
    DURATION(
            "duration",
            "a duration in days, weeks, months or years",
            "'365 days'",
            Unit.DAY,
            Unit.WEEK,
            Unit.MONTH,
            Unit.YEAR),
    PLAIN("plain number", "a plain number without a unit", "");

    private final String noun;
    private final String kind;
    private final String example;
    // Unmodifiable and never exposed; Error Prone trusts only Guava's immutable sets, which the kit
    // does not depend on.
    @SuppressWarnings("ImmutableEnumChecker")
    private final Set<Unit> units;

    Dimension(String noun, String kind, String example, Unit... units) {
        this.noun = noun;
        this.kind = kind;
        this.example = example;
        this.units = Collections.unmodifiableSet(
                units.length == 0 ? EnumSet.noneOf(Unit.class) : EnumSet.of(units[0], units));
    }

    /** The dimension a unit measures. */
    static Dimension of(Unit unit) {
        for (Dimension dimension : values()) {
            if (dimension.accepts(unit)) {
                return dimension;
            }
        }
        throw new IllegalArgumentException("no dimension for " + unit);
    }

    /** The dimension of a catalogue setting's measure; counts and integers are plain numbers. */
    static Dimension of(io.gramkit.model.settings.Measure measure) {
        return switch (measure) {
            case FRACTION -> FRACTION;
            case PRICE -> PRICE;
            case MASS -> MASS;
            case MONEY -> MONEY;
            case DAYS -> DURATION;
            case PLAIN, COUNT, INTEGER -> PLAIN;
        };
    }

    /** {@code percentage}, {@code price}: how messages name a quantity of this kind. */
    String noun() {
        return noun;
    }

    /** {@code a percentage such as '0.25%' or '25 bp'}. */
    String description() {
        return example.isEmpty() ? kind : kind + " such as " + example;
    }

    /**
     * The description with the number the user wrote as its example: after {@code minimum
     * coverage 100} the fix is {@code '100%'}, and '0.25%' would suggest the wrong scale.
     */
    String description(String written) {
        if (units.isEmpty()) {
            return kind;
        }
        Unit first = units.iterator().next();
        String symbol = first.symbol();
        if (written.equals("1") && symbol.endsWith("s")) {
            symbol = symbol.substring(0, symbol.length() - 1); // 1 day, not 1 days
        }
        return kind + " such as " + Quote.of(written + (first == Unit.PERCENT ? "" : " ") + symbol);
    }

    boolean accepts(Unit unit) {
        return units.contains(unit);
    }
}
