package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import java.util.List;

/**
 * {@code when <condition> then <action>, ...} in a policy block.
 *
 * @param text the line as written, whitespace collapsed: the compiled rule's name
 */
public record Response(SourceSpan span, ConditionNode condition, List<ActionNode> actions, String text)
        implements PolicyStatement {
    public Response {
        actions = List.copyOf(actions);
    }
}
