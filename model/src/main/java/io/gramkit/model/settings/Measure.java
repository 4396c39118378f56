package io.gramkit.model.settings;

/** What a setting's value measures, in the model's units, and how the docs write its placeholder. */
public enum Measure {
    /** A fraction, written as a percentage or in basis points. */
    FRACTION("<percent>"),
    /** A plain number without a unit. */
    PLAIN("<n>"),
    /** USD. */
    MONEY("<amount>"),
    /** USD per gram, written in USD/g or USD/oz. */
    PRICE("<price>"),
    /** Grams, written in g, oz or t. */
    MASS("<mass>"),
    /** Whole days, at least one, written as a duration. */
    DAYS("<duration>"),
    /** A whole number from 1, without a unit. */
    COUNT("<count>"),
    /** Any whole number a {@code long} holds. */
    INTEGER("<integer>");

    private final String placeholder;

    Measure(String placeholder) {
        this.placeholder = placeholder;
    }

    public String placeholder() {
        return placeholder;
    }
}
