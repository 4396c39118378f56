package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.model.settings.SettingDeclaration;

/**
 * A setting with one value, such as {@code fee 0.25%} or {@code paths 10,000}; allowed once per
 * block.
 *
 * @param name the setting's declaration in the catalogue
 * @param tail the words written after the value ({@code of supply per day}), as the declaration's
 *             tail for settings with a statement of their own
 */
public record Setting(SourceSpan span, SettingDeclaration name, Quantity value, String tail)
        implements ScenarioStatement,
                GoldStatement,
                TokenStatement,
                BehaviourStatement,
                PolicyStatement,
                MarketStatement {
    /** A setting written as its declaration writes it. */
    public Setting(SourceSpan span, SettingDeclaration name, Quantity value) {
        this(span, name, value, name.tail());
    }
}
