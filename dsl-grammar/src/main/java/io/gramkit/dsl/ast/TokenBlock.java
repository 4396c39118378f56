package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import java.util.List;

/** {@code token { ... }}. */
public record TokenBlock(SourceSpan span, List<TokenStatement> statements) implements ScenarioStatement {
    public TokenBlock {
        statements = List.copyOf(statements);
    }
}
