package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import java.util.List;

/** {@code gold { ... }}. */
public record GoldBlock(SourceSpan span, List<GoldStatement> statements) implements ScenarioStatement {
    public GoldBlock {
        statements = List.copyOf(statements);
    }
}
