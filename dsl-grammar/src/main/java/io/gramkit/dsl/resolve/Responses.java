package io.gramkit.dsl.resolve;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.dsl.ast.ActionNode;
import io.gramkit.dsl.ast.HaltWhen;
import io.gramkit.dsl.ast.PolicyBlock;
import io.gramkit.dsl.ast.PolicyKind;
import io.gramkit.dsl.ast.PolicyStatement;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.model.policy.Action;
import io.gramkit.model.policy.Condition;
import io.gramkit.model.policy.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policies' {@code when ... then ...} lines (and {@code halt when ...}) as model responses,
 * each named after its policy and its text. Reports duplicates, responses that can never fire and
 * pairs that would set one lever to different values on the same day.
 */
final class Responses {
    private final Quantities quantities;
    private final Diagnostics diagnostics;
    private final Conditions conditions;

    Responses(Quantities quantities, Diagnostics diagnostics) {
        this.quantities = quantities;
        this.diagnostics = diagnostics;
        this.conditions = new Conditions(quantities, diagnostics);
    }

    /** Every response of the policy blocks, in the order written; empty if any had an error. */
    Optional<List<Response>> resolve(List<PolicyBlock> blocks) {
        List<Response> responses = new ArrayList<>();
        List<Written> written = new ArrayList<>();
        Map<String, PolicyStatement> names = new HashMap<>();
        boolean failed = false;
        for (PolicyBlock block : blocks) {
            for (PolicyStatement statement : block.statements()) {
                List<Response> made = List.of();
                if (statement instanceof io.gramkit.dsl.ast.Response response) {
                    made = response(block.kind(), response).map(List::of).orElse(null);
                } else if (statement instanceof HaltWhen halt) {
                    made = halt(halt).orElse(null);
                }
                if (made == null) {
                    failed = true;
                    continue;
                }
                for (Response response : made) {
                    PolicyStatement first = names.putIfAbsent(response.name(), statement);
                    if (first != null) {
                        diagnostics.report(GramCode.DUPLICATE.at(
                                statement.span(),
                                "duplicate response: the same line" + " is "
                                        + Statements.where(first.span(), statement.span())));
                        failed = true;
                    } else {
                        responses.add(response);
                        written.add(new Written(statement, response));
                    }
                }
            }
        }
        if (failed) {
            return Optional.empty();
        }
        new ResponseChecks(diagnostics).check(written);
        return diagnostics.hasErrors() ? Optional.empty() : Optional.of(responses);
    }

    /** A response and the statement it came from, for messages. */
    record Written(PolicyStatement statement, Response response) {}

    private Optional<Response> response(PolicyKind kind, io.gramkit.dsl.ast.Response node) {
        Optional<Condition> condition = conditions.resolve(node.condition());
        List<Action> actions = new ArrayList<>();
        boolean failed = false;
        for (ActionNode action : node.actions()) {
            Optional<Action> resolved = action(action);
            resolved.ifPresent(actions::add);
            failed |= resolved.isEmpty();
        }
        if (condition.isEmpty() || failed) {
            return Optional.empty();
        }
        return Optional.of(new Response(node.span(), kind.ruleNamePrefix() + node.text(), condition.get(), actions));
    }

    /** {@code halt when C}: halt while C holds, resume once it no longer does (like {@code minimum coverage}). */
    private Optional<List<Response>> halt(HaltWhen node) {
        return conditions
                .resolve(node.condition())
                .map(condition -> List.of(
                        new Response(
                                node.span(),
                                PolicyKind.MINTING.ruleNamePrefix() + node.text(),
                                condition,
                                List.of(new Action.HaltMinting())),
                        new Response(
                                node.span(),
                                PolicyKind.MINTING.ruleNamePrefix() + HaltWhen.RESUME_ONCE
                                        + node.text()
                                                .substring(node.text().indexOf("when") + "when".length())
                                                .strip()
                                        + " no longer holds",
                                new Condition.Not(condition),
                                List.of(new Action.ResumeMinting()))));
    }

    private Optional<Action> action(ActionNode node) {
        if (node instanceof ActionNode.Fee fee) {
            return quantities
                    .number(fee.fee(), "fee", Dimension.FRACTION, Range.FEE)
                    .map(Action.ChargeFee::new);
        } else if (node instanceof ActionNode.DailyLimit limit) {
            return quantities
                    .number(limit.limit(), "daily limit", Dimension.FRACTION, Range.SHARE)
                    .map(Action.LimitRedemptions::new);
        }
        ActionNode.Switch change = (ActionNode.Switch) node;
        return Optional.of(
                switch (change.lever()) {
                    case MINTING -> change.on() ? new Action.ResumeMinting() : new Action.HaltMinting();
                    case REDEMPTIONS -> change.on() ? new Action.ResumeRedemptions() : new Action.HaltRedemptions();
                });
    }
}
