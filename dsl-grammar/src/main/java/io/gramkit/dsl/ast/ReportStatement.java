package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import java.util.List;

/** What may stand inside {@code report { ... }}. */
public sealed interface ReportStatement extends Node
        permits ReportStatement.Quantiles, ReportStatement.Probability, ReportStatement.Days {

    /** {@code quantiles 5%, 50%, 95%}: the levels of the daily bands. */
    record Quantiles(SourceSpan span, List<Quantity> levels) implements ReportStatement {
        public Quantiles {
            levels = List.copyOf(levels);
        }
    }

    /** {@code probability coverage < 100%}: the share of paths on which the condition ever holds. */
    record Probability(SourceSpan span, ConditionNode condition, String text) implements ReportStatement {}

    /** {@code days discount > 1%}: on how many days of a path the condition holds. */
    record Days(SourceSpan span, ConditionNode condition, String text) implements ReportStatement {}
}
