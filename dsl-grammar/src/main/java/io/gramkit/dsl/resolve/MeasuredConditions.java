package io.gramkit.dsl.resolve;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.dsl.ast.ReportStatement;
import io.gramkit.model.policy.ReportRequest;
import java.util.Optional;

/**
 * A condition written on its own (inside a metric such as {@code probability[discount > 5%]}),
 * checked and converted as a report block's condition is: same units, same kinds, same messages.
 */
public final class MeasuredConditions {
    private MeasuredConditions() {}

    public static Optional<ReportRequest.Measured> resolve(ReportStatement.Probability node, Diagnostics diagnostics) {
        return new Conditions(new Quantities(diagnostics), diagnostics)
                .resolve(node.condition())
                .map(condition -> new ReportRequest.Measured(node.span(), node.text(), condition));
    }
}
