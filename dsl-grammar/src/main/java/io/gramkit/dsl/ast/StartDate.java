package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/** {@code start 2013-04-01}: the calendar date of day 0, so outputs can show dates. */
public record StartDate(SourceSpan span, DateLiteral date) implements ScenarioStatement {}
