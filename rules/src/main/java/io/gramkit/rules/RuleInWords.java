package io.gramkit.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rule's condition and action in words, from its {@link RuleAnatomy}: each comparison as
 * "discount is above RedemptionLevels.wideDiscount", literals as the model reads them (a
 * {@code .dslr} file's {@code 3 / 100.0} and a table's {@code 0.03} both read 0.03), so one policy
 * reads the same in every form. Guards such as {@code fee != 0.02}, which only keep a rule from
 * firing again once its lever is set, are not conditions of the policy and are left out, as the
 * review leaves them out. A condition outside the fragment the anatomy reads is quoted as written.
 */
final class RuleInWords {
    private static final Map<String, String> OPERATORS =
            Map.of(">", "is above", ">=", "is at least", "<", "is below", "<=", "is at most", "==", "is");
    private static final Map<String, String> MIRRORED = Map.of(">", "<", ">=", "<=", "<", ">", "<=", ">=", "==", "==");

    private RuleInWords() {}

    static String condition(RuleAnatomy rule) {
        if (rule.conditions() == null) {
            return "as written: " + RuleCatalogue.conditions(rule).replace('\n', ' ');
        }
        List<String> disjuncts = new ArrayList<>();
        for (List<RuleAnatomy.Atom> conjunction : rule.conditions()) {
            List<String> atoms = conjunction.stream().map(RuleInWords::atom).toList();
            disjuncts.add(atoms.isEmpty() ? "on every path-day" : String.join(" and ", atoms));
        }
        return disjuncts.size() == 1 ? disjuncts.get(0) : "either " + String.join(", or ", disjuncts);
    }

    static String action(RuleAnatomy rule) {
        if (rule.levers().isEmpty()) {
            return "pulls no lever: " + RuleCatalogue.actions(rule).replace('\n', ' ');
        }
        List<String> actions = new ArrayList<>();
        for (RuleAnatomy.LeverCall call : rule.levers()) {
            actions.add("set the " + call.lever().label() + " to " + value(call));
        }
        return String.join("; ", actions);
    }

    private static String value(RuleAnatomy.LeverCall call) {
        RuleAnatomy.Term value = call.value();
        if (value == null) {
            return "what '" + call.text().replaceAll("\\s+", " ") + "' computes";
        }
        if (!value.isConstant()) {
            return term(value);
        }
        String described = call.lever().describe(value.constant());
        return described.equals(Double.toString(value.constant())) ? number(value.constant()) : described;
    }

    private static String atom(RuleAnatomy.Atom atom) {
        RuleAnatomy.Term left = atom.left();
        RuleAnatomy.Term right = atom.right();
        String op = atom.op();
        if (left.isConstant() && !right.isConstant()) {
            RuleAnatomy.Term swapped = left;
            left = right;
            right = swapped;
            op = MIRRORED.get(op);
        }
        if (right.isConstant() && right.text().matches("true|false")) {
            return (right.constant() != 0 ? "" : "not ") + term(left);
        }
        return term(left) + " " + OPERATORS.getOrDefault(op, op) + " " + term(right);
    }

    private static String term(RuleAnatomy.Term term) {
        if (term.isConstant()) {
            return number(term.constant());
        }
        // an observable's argument is keyed by what it reads: goldMoveOver(level:CircuitBreakerLevels.moveDays)
        String shown = term.shown().replace(RuleAnatomy.LEVEL, "").replaceAll(RuleAnatomy.OBSERVED + "\\w+\\.", "");
        if (!term.isObservable()) {
            return shown;
        }
        // goldMoveOver(CircuitBreakerLevels.moveDays) -> gold move over (CircuitBreakerLevels.moveDays)
        int open = shown.indexOf('(');
        String name = open < 0 ? shown : shown.substring(0, open);
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return open < 0 ? words : words + " " + shown.substring(open);
    }

    private static String number(double value) {
        return PolicyDrl.number(value).replaceAll("\\.0$", "");
    }
}
