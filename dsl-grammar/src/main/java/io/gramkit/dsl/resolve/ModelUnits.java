package io.gramkit.dsl.resolve;

import io.gramkit.dsl.ast.Quantity;
import java.math.BigDecimal;
import java.util.OptionalDouble;

/** A written quantity in the model's units (fractions, USD/g, g, USD, days), for tables that list swept values. */
public final class ModelUnits {
    private ModelUnits() {}

    /** The value, rounded once to a double; empty if the number cannot be read (already reported elsewhere). */
    public static OptionalDouble of(Quantity quantity) {
        try {
            BigDecimal exact = new BigDecimal(quantity.number().plain());
            BigDecimal value = quantity.unit()
                    .map(u -> Quantities.inModelUnit(exact, u.unit()))
                    .orElse(exact);
            return OptionalDouble.of(value.doubleValue());
        } catch (NumberFormatException | ArithmeticException e) {
            return OptionalDouble.empty();
        }
    }
}
