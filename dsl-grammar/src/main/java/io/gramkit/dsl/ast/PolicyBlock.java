package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import java.util.List;

/** {@code policy redemption { ... }} or {@code policy minting { ... }}. */
public record PolicyBlock(SourceSpan span, PolicyKind kind, List<PolicyStatement> statements)
        implements ScenarioStatement {
    public PolicyBlock {
        statements = List.copyOf(statements);
    }
}
