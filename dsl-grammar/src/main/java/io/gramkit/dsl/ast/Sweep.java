package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import java.util.List;

/** {@code sweep fee in 0.25%, 0.5%, 1%}: run the scenario once per value, on the same random numbers. */
public record Sweep(SourceSpan span, Text setting, List<Quantity> values) implements ScenarioStatement {
    public Sweep {
        values = List.copyOf(values);
    }
}
