package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/** A setting with one value, such as {@code fee 0.25%} or {@code paths 10,000}; allowed once per block. */
public record Setting(SourceSpan span, SettingName name, Quantity value)
        implements ScenarioStatement, GoldStatement, TokenStatement, BehaviourStatement, PolicyStatement {}
