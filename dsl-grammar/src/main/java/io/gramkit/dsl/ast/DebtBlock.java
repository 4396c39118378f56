package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import java.util.List;
import java.util.Optional;

/** {@code debt "DAI" { ... }}: a dollar minted against the token as collateral. */
public record DebtBlock(SourceSpan span, Optional<Text> currency, List<DebtStatement> statements)
        implements ScenarioStatement {
    public DebtBlock {
        statements = List.copyOf(statements);
    }
}
