package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/** {@code rules "<path>"}: a rule file or folder, relative to the scenario file's folder. */
public record RuleImport(SourceSpan span, Text path) implements ScenarioStatement {}
