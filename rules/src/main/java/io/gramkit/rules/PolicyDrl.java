package io.gramkit.rules;

import io.gramkit.model.Scenario;
import io.gramkit.model.policy.Action;
import io.gramkit.model.policy.Condition;
import io.gramkit.model.policy.Expression;
import io.gramkit.model.policy.Observable;
import io.gramkit.model.policy.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compiles a scenario's {@code when ... then ...} lines to DRL a reviewer can read: one rule per
 * line, named after it, with a comment pointing at the line. Like every governance rule, each
 * fires only on a day it changes a lever (its condition includes "the lever differs"), and what
 * it sets applies from the next day. Numbers are written as the shortest decimal that reads back
 * as the same double, so the rule decides exactly as the scenario says.
 */
public final class PolicyDrl {
    /** The file name the generated rules carry in manifests and messages. */
    public static final String FILE_SUFFIX = "#policies.drl";

    private PolicyDrl() {}

    /** The DRL of the scenario's responses, or empty if it has none. */
    public static Optional<String> of(Scenario scenario) {
        if (scenario.responses().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder drl = new StringBuilder();
        drl.append("// Policy responses of the scenario \"")
                .append(scenario.name())
                .append("\" (")
                .append(scenario.span().file().name())
                .append("), compiled by gram.\n")
                .append("// One rule per `when ... then ...` line. A rule fires only on a day it changes a lever,\n")
                .append("// and what it sets applies from the next day.\n\n")
                .append("package io.gramkit.rules.scenario;\n\n")
                .append("import io.gramkit.rules.TokenDay;\n");
        for (Response response : scenario.responses()) {
            drl.append('\n').append(rule(response));
        }
        return Optional.of(drl.toString());
    }

    /** The name the generated file goes by: the scenario file's name and {@link #FILE_SUFFIX}. */
    public static String fileName(Scenario scenario) {
        return scenario.span().file().name() + FILE_SUFFIX;
    }

    private static String rule(Response response) {
        List<String> changes = new ArrayList<>();
        List<String> consequences = new ArrayList<>();
        for (Action action : response.actions()) {
            changes.add(differs(action));
            consequences.add("    $token." + call(action) + ";\n");
        }
        String guard = changes.size() == 1 ? changes.get(0) : "( " + String.join(" || ", changes) + " )";
        return "// " + response.span().file().name() + ":" + response.span().line() + "\n"
                + "rule \"" + response.name().replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n"
                + "when\n"
                + "    $token : TokenDay( " + condition(response.condition(), true) + ", " + guard + " )\n"
                + "then\n"
                + String.join("", consequences)
                + "end\n";
    }

    private static String differs(Action action) {
        if (action instanceof Action.ChargeFee fee) {
            return "fee != " + number(fee.fee());
        } else if (action instanceof Action.LimitRedemptions limit) {
            return "redemptionLimit != " + number(limit.shareOfSupply());
        } else if (action instanceof Action.HaltMinting) {
            return "mintingEnabled";
        } else if (action instanceof Action.ResumeMinting) {
            return "!mintingEnabled";
        } else if (action instanceof Action.HaltRedemptions) {
            return "redemptionsOpen";
        }
        return "!redemptionsOpen";
    }

    private static String call(Action action) {
        if (action instanceof Action.ChargeFee fee) {
            return "chargeFee( " + number(fee.fee()) + " )";
        } else if (action instanceof Action.LimitRedemptions limit) {
            return "limitRedemptions( " + number(limit.shareOfSupply()) + " )";
        } else if (action instanceof Action.HaltMinting) {
            return "haltMinting()";
        } else if (action instanceof Action.ResumeMinting) {
            return "resumeMinting()";
        } else if (action instanceof Action.HaltRedemptions) {
            return "haltRedemptions()";
        }
        return "resumeRedemptions()";
    }

    /** A condition in DRL constraint syntax; the outermost needs no parentheses. */
    static String condition(Condition condition, boolean outermost) {
        String text;
        if (condition instanceof Condition.Comparison comparison) {
            return expression(comparison.left()) + " " + comparison.comparator().symbol() + " "
                    + expression(comparison.right());
        } else if (condition instanceof Condition.All all) {
            text = condition(all.left(), false) + " && " + condition(all.right(), false);
        } else if (condition instanceof Condition.Any any) {
            text = condition(any.left(), false) + " || " + condition(any.right(), false);
        } else {
            return "!( " + condition(((Condition.Not) condition).condition(), true) + " )";
        }
        return outermost ? text : "( " + text + " )";
    }

    private static String expression(Expression expression) {
        if (expression instanceof Expression.Constant constant) {
            return number(constant.value());
        } else if (expression instanceof Expression.Observation observation) {
            // TokenDay computes each word by its Observable definition, as seen through the feed:
            // a policy acts on what it sees, written `seen` or not.
            return observation.observable() == Observable.GOLD_MOVE
                    ? "goldMoveOver( " + observation.windowDays() + " )"
                    : observation.observable().drl();
        }
        Expression.Arithmetic arithmetic = (Expression.Arithmetic) expression;
        return "( " + expression(arithmetic.left()) + " "
                + arithmetic.operator().symbol() + " " + expression(arithmetic.right()) + " )";
    }

    /** The shortest decimal that reads back as {@code value}, without an exponent (DRL reads plain decimals). */
    static String number(double value) {
        String text = new BigDecimal(Double.toString(value)).toPlainString();
        return text.contains(".") ? text : text + ".0";
    }
}
