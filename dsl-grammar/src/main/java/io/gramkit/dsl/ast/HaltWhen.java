package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/** {@code halt when <condition>} in the minting policy: minting is halted exactly while it holds. */
public record HaltWhen(SourceSpan span, ConditionNode condition, String text) implements PolicyStatement {
}
