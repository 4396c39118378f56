package io.gramkit.dsl.resolve;

import io.gramkit.dsl.ast.Unit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What a setting measures, which units may express it, and how messages describe it. */
enum Dimension {
    FRACTION("percentage", "a percentage such as '0.25%' or '25 bp'", Unit.PERCENT, Unit.BASIS_POINT),
    PRICE("price", "a price in USD/g or USD/oz such as '75 USD/g'", Unit.USD_PER_GRAM, Unit.USD_PER_OUNCE),
    MASS("mass", "a mass in g, oz or t such as '950,000 g'", Unit.GRAM, Unit.OUNCE, Unit.TONNE),
    MONEY("amount in USD", "an amount in USD such as '4,125,000 USD'", Unit.USD),
    DURATION(
            "duration",
            "a duration in days, weeks, months or years such as '365 days'",
            Unit.DAY,
            Unit.WEEK,
            Unit.MONTH,
            Unit.YEAR),
    PLAIN("plain number", "a plain number without a unit");

    private final String noun;
    private final String description;
    // Unmodifiable and never exposed; Error Prone trusts only Guava's immutable sets, which the kit
    // does not depend on.
    @SuppressWarnings("ImmutableEnumChecker")
    private final Set<Unit> units;

    Dimension(String noun, String description, Unit... units) {
        this.noun = noun;
        this.description = description;
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

    String description() {
        return description;
    }

    boolean accepts(Unit unit) {
        return units.contains(unit);
    }
}
