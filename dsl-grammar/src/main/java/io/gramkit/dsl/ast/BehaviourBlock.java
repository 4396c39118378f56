package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import java.util.List;

/** {@code behaviour { ... }}: every statement optional, the reference values by default. */
public record BehaviourBlock(SourceSpan span, List<BehaviourStatement> statements) implements ScenarioStatement {
    public BehaviourBlock {
        statements = List.copyOf(statements);
    }
}
