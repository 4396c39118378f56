package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import java.util.List;

/** {@code market { ... }}: the market model's venues, arbitrage, holders, payout and schedule. */
public record MarketBlock(SourceSpan span, List<MarketStatement> statements) implements ScenarioStatement {
    public MarketBlock {
        statements = List.copyOf(statements);
    }
}
