package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import java.util.List;

/** {@code report { quantiles ...  probability <condition>  days <condition> }}. */
public record ReportBlock(SourceSpan span, List<ReportStatement> statements) implements ScenarioStatement {
    public ReportBlock {
        statements = List.copyOf(statements);
    }
}
