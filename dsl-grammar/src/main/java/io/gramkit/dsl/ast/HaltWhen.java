package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/** {@code halt when <condition>} in the minting policy: minting is halted exactly while it holds. */
public record HaltWhen(SourceSpan span, ConditionNode condition, String text) implements PolicyStatement {
    /** How the name of the rule that resumes minting continues after the policy's prefix. */
    public static final String RESUME_ONCE = "resume once ";
}
