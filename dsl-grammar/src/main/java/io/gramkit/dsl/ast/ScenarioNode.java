package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import java.util.List;

/** {@code scenario "<name>" { ... }}: the root of a file. */
public record ScenarioNode(SourceSpan span, Text name, List<ScenarioStatement> statements) implements Node {
    public ScenarioNode {
        statements = List.copyOf(statements);
    }
}
