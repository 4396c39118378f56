package io.gramkit.dsl.ast;

/** The units a quantity may be written in. Conversions live in the resolver. */
public enum Unit {
    PERCENT("%"),
    BASIS_POINT("bp"),
    USD("USD"),
    USD_PER_GRAM("USD/g"),
    USD_PER_OUNCE("USD/oz"),
    GRAM("g"),
    OUNCE("oz"),
    TONNE("t"),
    DAY("days"),
    WEEK("weeks"),
    MONTH("months"),
    YEAR("years");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    /** How the unit is written (durations in the plural; the singular is accepted too). */
    public String symbol() {
        return symbol;
    }
}
