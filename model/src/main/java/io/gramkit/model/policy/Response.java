package io.gramkit.model.policy;

import io.gramkit.diagnostic.SourceSpan;
import java.util.List;
import java.util.Objects;

/**
 * A {@code when ... then ...} line of a scenario's policy, compiled to one Drools rule.
 *
 * @param name    the rule's name, from the policy and the line as written
 *                ({@code Redemption policy: when discount > 1% then fee 1%}); unique in a scenario
 * @param actions what it sets for the next day, at least one
 */
public record Response(SourceSpan span, String name, Condition condition, List<Action> actions) {
    public Response {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(condition, "condition");
        actions = List.copyOf(actions);
        if (name.isBlank() || actions.isEmpty()) {
            throw new IllegalArgumentException("a response needs a name and an action");
        }
    }
}
