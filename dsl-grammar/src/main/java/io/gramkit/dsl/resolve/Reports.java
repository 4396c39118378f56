package io.gramkit.dsl.resolve;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.dsl.ast.Quantity;
import io.gramkit.dsl.ast.ReportBlock;
import io.gramkit.dsl.ast.ReportStatement;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.dsl.diagnostic.Quote;
import io.gramkit.model.policy.Condition;
import io.gramkit.model.policy.ReportRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The {@code report} block: quantile levels (sorted, distinct, strictly between 0% and 100%) and measured conditions. */
final class Reports {
    private static final Range LEVEL = new Range(0, false, 1, false);

    private final Quantities quantities;
    private final Diagnostics diagnostics;
    private final Conditions conditions;
    private final Statements find;

    Reports(Quantities quantities, Statements find, Diagnostics diagnostics) {
        this.quantities = quantities;
        this.find = find;
        this.diagnostics = diagnostics;
        this.conditions = new Conditions(quantities, diagnostics);
    }

    Optional<ReportRequest> resolve(ReportBlock block) {
        boolean failed = false;
        TreeMap<Double, Quantity> levels = new TreeMap<>();
        Optional<ReportStatement.Quantiles> quantiles =
                find.single(block.statements(), ReportStatement.Quantiles.class, "'quantiles'");
        for (Quantity level : quantiles.map(ReportStatement.Quantiles::levels).orElse(List.of())) {
            Optional<Double> value = quantities.number(level, "quantile", Dimension.FRACTION, LEVEL);
            if (value.isEmpty()) {
                failed = true;
            } else if (levels.putIfAbsent(value.get(), level) != null) {
                diagnostics.report(GramCode.DUPLICATE.at(
                        level.span(), "duplicate quantile " + Quote.of(Quantities.written(level.span()))));
                failed = true;
            }
        }
        List<ReportRequest.Measured> probabilities = new ArrayList<>();
        List<ReportRequest.Measured> days = new ArrayList<>();
        for (ReportStatement statement : block.statements()) {
            if (statement instanceof ReportStatement.Probability p) {
                failed |= !measure(p.condition(), p, p.text(), probabilities);
            } else if (statement instanceof ReportStatement.Days d) {
                failed |= !measure(d.condition(), d, d.text(), days);
            }
        }
        return failed
                ? Optional.empty()
                : Optional.of(new ReportRequest(block.span(), List.copyOf(levels.keySet()), probabilities, days));
    }

    private boolean measure(
            io.gramkit.dsl.ast.ConditionNode node,
            ReportStatement statement,
            String text,
            List<ReportRequest.Measured> into) {
        Optional<Condition> condition = conditions.resolve(node);
        if (condition.isEmpty()) {
            return false;
        }
        if (into.stream().anyMatch(m -> m.text().equals(text))) {
            diagnostics.report(GramCode.DUPLICATE.at(statement.span(), "duplicate report line " + Quote.of(text)));
            return false;
        }
        into.add(new ReportRequest.Measured(statement.span(), text, condition.get()));
        return true;
    }
}
