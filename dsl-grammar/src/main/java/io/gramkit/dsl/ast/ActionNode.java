package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/** What a response does when its condition holds; it applies from the next day. */
public sealed interface ActionNode extends Node permits ActionNode.Fee, ActionNode.DailyLimit, ActionNode.Switch {

    /** {@code fee 1%}. */
    record Fee(SourceSpan span, Quantity fee) implements ActionNode {}

    /** {@code daily limit 1% of supply}. */
    record DailyLimit(SourceSpan span, Quantity limit) implements ActionNode {}

    /** {@code halt minting}, {@code resume redemptions}. */
    record Switch(SourceSpan span, boolean on, SwitchedLever lever) implements ActionNode {}

    /** What {@code halt} and {@code resume} act on. */
    enum SwitchedLever {
        MINTING,
        REDEMPTIONS
    }
}
