package io.gramkit.rules;

import io.gramkit.diagnostic.SourceSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * One rule taken apart for review, from its DRL (a {@code .dslr} file's expansion, a table's
 * generated rule): its conditions as comparisons of one observable ({@code TokenDay.discount}) or
 * policy level ({@code RedemptionLevels.wideDiscount}) with a literal or a level, in disjunctive
 * normal form; the levers its consequence pulls and the value each gets; its consequence. A
 * condition outside that fragment (a {@code not}, an expression over two observables) leaves
 * {@link #conditions()} null: the review then says nothing about the rule's overlaps rather than
 * guess.
 *
 * @param conditions each inner list one conjunction of atoms; null when not analysable
 */
record RuleAnatomy(
        RuleText text,
        String name,
        int line,
        int end,
        List<List<Atom>> conditions,
        List<LeverCall> levers,
        String consequence,
        String body) {

    /** A term of a comparison: a variable (an observable, a level, a 0/1 flag) or a constant. */
    record Term(String variable, double constant, String text) {
        static Term constant(double value, String text) {
            return new Term(null, value, text);
        }

        boolean isConstant() {
            return variable == null;
        }

        boolean isLevel() {
            return variable != null && variable.startsWith(LEVEL);
        }

        boolean isObservable() {
            return variable != null && variable.startsWith(OBSERVED);
        }

        /** The name a reader knows: {@code discount}, {@code RedemptionLevels.wideDiscount}, {@code 0.03}. */
        String shown() {
            if (isConstant()) {
                return text;
            }
            String name = variable.substring(variable.indexOf(':') + 1);
            return isObservable() ? name.substring(name.indexOf('.') + 1) : name;
        }
    }

    /** {@code left op right}, op one of {@code < <= > >= ==}, as written in the DRL. */
    record Atom(Term left, String op, Term right, String text) {}

    /** A lever the consequence pulls, the value it sets, and the call as written. */
    record LeverCall(Lever lever, Term value, String text) {}

    static final String LEVEL = "level:";
    static final String OBSERVED = "observed:";

    /** The methods that pull a lever, with the value of the ones that take no argument. */
    static final Map<String, Lever> LEVER_METHODS = new LinkedHashMap<>();

    private static final Map<String, Double> FIXED_VALUES = new HashMap<>();

    static {
        lever("chargeFee", Lever.FEE, Double.NaN);
        lever("haltMinting", Lever.MINTING, 0);
        lever("resumeMinting", Lever.MINTING, 1);
        lever("limitRedemptions", Lever.REDEMPTION_LIMIT, Double.NaN);
        lever("gateRedemptions", Lever.REDEMPTION_GATE, Double.NaN);
        lever("liftRedemptionGate", Lever.REDEMPTION_GATE, 1);
        lever("haltRedemptions", Lever.REDEMPTIONS, 0);
        lever("resumeRedemptions", Lever.REDEMPTIONS, 1);
        lever("buyBack", Lever.BUYBACK, Double.NaN);
        lever("rebalanceToCash", Lever.GOLD_SALE, Double.NaN);
        lever("rebalanceToGold", Lever.GOLD_PURCHASE, Double.NaN);
        lever("topUpFromTreasury", Lever.TOP_UP, Double.NaN);
        lever("chargeStabilityFee", Lever.STABILITY_FEE, Double.NaN);
        lever("setCeiling", Lever.DEBT_CEILING, Double.NaN);
        lever("setLiquidationAt", Lever.LIQUIDATION_RATIO, Double.NaN);
        lever("pauseNewDebt", Lever.NEW_DEBT, 0);
        lever("resumeNewDebt", Lever.NEW_DEBT, 1);
        lever("shutDown", Lever.SHUTDOWN, 1);
    }

    private static void lever(String method, Lever lever, double fixed) {
        LEVER_METHODS.put(method, lever);
        if (!Double.isNaN(fixed)) {
            FIXED_VALUES.put(method, fixed);
        }
    }

    private static final Pattern LEVER_CALL =
            Pattern.compile("(\\$[\\w$]+)\\s*\\.\\s*(" + String.join("|", LEVER_METHODS.keySet()) + ")\\s*\\(");
    private static final Pattern BINDING = Pattern.compile("^(\\$[\\w$]+)\\s*:\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");
    private static final Pattern QUIET =
            Pattern.compile("//[^\\n]*|/\\*.*?\\*/|\"(?:[^\"\\\\\\n]|\\\\.)*\"", Pattern.DOTALL);
    private static final List<String> OPERATORS = List.of("<=", ">=", "==", "!=", "<", ">");
    private static final int MAX_CONJUNCTIONS = 64;

    /** Whether a fact type is one of the day's facts (observables), not a policy fact (levels). */
    static boolean isDay(String type) {
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return simple.equals("TokenDay") || simple.equals("DebtDay");
    }

    /** The rules of a text that compiled, in declaration order. */
    static List<RuleAnatomy> of(RuleText text) {
        List<RuleDescr> rules = RuleDeclarations.parse(text).getRules().stream()
                .filter(rule -> !(rule instanceof QueryDescr))
                .toList();
        List<RuleAnatomy> anatomies = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            RuleDescr rule = rules.get(i);
            int end = i + 1 < rules.size()
                    ? rules.get(i + 1).getLine() - 1
                    : text.drl().lineCount();
            anatomies.add(new Reader(text, rule, end).read());
        }
        return List.copyOf(anatomies);
    }

    /** Where a piece of this rule's DRL is written in the source; the rule's declaration if it is not found. */
    SourceSpan locate(String snippet) {
        String wanted = snippet.strip();
        for (int drlLine = line; drlLine <= Math.min(end, text.drl().lineCount()) && !wanted.isEmpty(); drlLine++) {
            int found = text.drl().line(drlLine).indexOf(wanted);
            if (found >= 0) {
                return text.toSource(SourceSpan.at(text.drl(), drlLine, found + 1, wanted.length()));
            }
        }
        return declaration();
    }

    SourceSpan declaration() {
        return text.declaration(line, 1, name);
    }

    /** The text with comments and strings blanked, offsets kept. */
    static String quiet(String drl) {
        StringBuilder blanked = new StringBuilder(drl);
        Matcher quiet = QUIET.matcher(drl);
        while (quiet.find()) {
            for (int i = quiet.start(); i < quiet.end(); i++) {
                if (blanked.charAt(i) != '\n') {
                    blanked.setCharAt(i, ' ');
                }
            }
        }
        return blanked.toString();
    }

    /** Reads one rule. */
    private static final class Reader {
        private final RuleText text;
        private final RuleDescr rule;
        private final int end;
        /** A binding's variable to what it stands for: a level, an observable, or a fact of a type. */
        private final Map<String, String> bindings = new HashMap<>();

        private final Map<String, String> factTypes = new HashMap<>();
        private boolean opaque;

        Reader(RuleText text, RuleDescr rule, int end) {
            this.text = text;
            this.rule = rule;
            this.end = end;
        }

        RuleAnatomy read() {
            List<List<Atom>> conditions = new ArrayList<>();
            conditions.add(List.of());
            AndDescr lhs = rule.getLhs();
            List<PatternDescr> patterns = new ArrayList<>();
            for (BaseDescr descr : lhs == null ? List.<BaseDescr>of() : lhs.getDescrs()) {
                if (descr instanceof PatternDescr pattern && pattern.getSource() == null) {
                    patterns.add(pattern);
                    if (pattern.getIdentifier() != null) {
                        factTypes.put(pattern.getIdentifier(), simple(pattern.getObjectType()));
                    }
                } else {
                    opaque = true;
                }
            }
            // bindings first, so that a constraint may read a variable bound in a later pattern
            for (PatternDescr pattern : patterns) {
                for (String expression : expressions(pattern)) {
                    Matcher binding = BINDING.matcher(expression.strip());
                    if (binding.matches()) {
                        Term bound = term(binding.group(2), simple(pattern.getObjectType()));
                        if (bound != null && bound.variable() != null) {
                            bindings.put(binding.group(1), bound.variable());
                        }
                    }
                }
            }
            for (PatternDescr pattern : patterns) {
                for (String expression : expressions(pattern)) {
                    if (BINDING.matcher(expression.strip()).matches()) {
                        continue;
                    }
                    List<List<Atom>> disjuncts = disjuncts(expression, simple(pattern.getObjectType()));
                    if (disjuncts == null) {
                        opaque = true;
                        continue;
                    }
                    List<List<Atom>> product = new ArrayList<>();
                    for (List<Atom> left : conditions) {
                        for (List<Atom> right : disjuncts) {
                            List<Atom> both = new ArrayList<>(left);
                            both.addAll(right);
                            product.add(List.copyOf(both));
                        }
                    }
                    conditions = product;
                    if (conditions.size() > MAX_CONJUNCTIONS) {
                        opaque = true;
                        conditions = List.of(List.of());
                    }
                }
            }
            String consequence =
                    rule.getConsequence() == null ? "" : rule.getConsequence().toString();
            List<LeverCall> levers = levers(quiet(consequence));
            StringBuilder body = new StringBuilder();
            for (int drlLine = rule.getLine();
                    drlLine <= Math.min(end, text.drl().lineCount());
                    drlLine++) {
                body.append(text.drl().line(drlLine)).append('\n');
            }
            return new RuleAnatomy(
                    text,
                    rule.getName(),
                    rule.getLine(),
                    end,
                    opaque ? null : List.copyOf(conditions),
                    levers,
                    consequence,
                    quiet(body.toString()));
        }

        private static List<String> expressions(PatternDescr pattern) {
            List<String> expressions = new ArrayList<>();
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expression) {
                    expressions.add(expression.getExpression());
                } else {
                    expressions.add(constraint.getText() == null ? "?" : constraint.getText());
                }
            }
            return expressions;
        }

        private List<LeverCall> levers(String consequence) {
            List<LeverCall> calls = new ArrayList<>();
            Matcher call = LEVER_CALL.matcher(consequence);
            while (call.find()) {
                String argument = parenthesised(consequence, call.end() - 1);
                String method = call.group(2);
                Term value = FIXED_VALUES.containsKey(method)
                        ? Term.constant(FIXED_VALUES.get(method), method + "()")
                        : term(argument, null);
                int close = call.end() + argument.length() + 1;
                calls.add(new LeverCall(
                        LEVER_METHODS.get(method),
                        value,
                        consequence.substring(call.start(), Math.min(consequence.length(), close))));
            }
            return List.copyOf(calls);
        }

        /** A constraint expression as a disjunction of conjunctions, or null outside the fragment. */
        private List<List<Atom>> disjuncts(String expression, String type) {
            List<List<Atom>> result = new ArrayList<>();
            for (String disjunct : split(expression, "||")) {
                List<Atom> conjunction = new ArrayList<>();
                for (String part : split(disjunct, "&&")) {
                    String atom = unwrap(part.strip());
                    if (atom.contains("||") || atom.contains("&&")) {
                        List<List<Atom>> nested = disjuncts(atom, type);
                        if (nested == null || nested.size() != 1) {
                            return null;
                        }
                        conjunction.addAll(nested.get(0));
                        continue;
                    }
                    Atom parsed = atom(atom, type);
                    if (parsed == null && !isInequality(atom)) {
                        return null;
                    }
                    if (parsed != null) {
                        conjunction.add(parsed);
                    }
                }
                result.add(conjunction);
            }
            return result;
        }

        /** {@code a != b}: it only keeps a rule from firing when its lever is already set, so it bounds nothing. */
        private static boolean isInequality(String atom) {
            int[] op = operator(atom);
            return op != null && atom.startsWith("!=", op[0]);
        }

        private Atom atom(String atom, String type) {
            int[] op = operator(atom);
            if (op == null) {
                boolean negated = atom.startsWith("!");
                String name = negated ? atom.substring(1).strip() : atom;
                if (!IDENTIFIER.matcher(name).matches()) {
                    return null;
                }
                Term flag = term(name, type);
                if (flag == null || flag.isConstant()) {
                    return null;
                }
                return new Atom(flag, "==", Term.constant(negated ? 0 : 1, negated ? "false" : "true"), atom);
            }
            String operator = atom.substring(op[0], op[0] + op[1]);
            if (operator.equals("!=")) {
                return null;
            }
            Term left = term(atom.substring(0, op[0]), type);
            Term right = term(atom.substring(op[0] + op[1]), type);
            if (left == null || right == null || (left.isConstant() && right.isConstant())) {
                return null;
            }
            return new Atom(left, operator, right, atom);
        }

        /** A term: a number (literal arithmetic such as {@code 3 / 100.0}), a level, an observable. */
        Term term(String raw, String type) {
            String s = raw.strip();
            if (s.isEmpty()) {
                return null;
            }
            Double value = Arithmetic.evaluate(s);
            if (value != null) {
                return Term.constant(value, s);
            }
            if (s.equals("true") || s.equals("false")) {
                return Term.constant(s.equals("true") ? 1 : 0, s);
            }
            if (s.startsWith("$")) {
                int dot = s.indexOf('.');
                String variable = dot < 0 ? s : s.substring(0, dot).strip();
                if (dot < 0) {
                    String bound = bindings.get(variable);
                    return bound == null ? null : new Term(bound, Double.NaN, s);
                }
                String fact = factTypes.get(variable);
                String property = property(s.substring(dot + 1).strip());
                if (fact == null || property == null) {
                    return null;
                }
                return new Term(variableOf(fact, property), Double.NaN, s);
            }
            if (type == null) {
                return null;
            }
            Matcher call = Pattern.compile("^([a-z]\\w*)\\s*\\((.*)\\)$", Pattern.DOTALL)
                    .matcher(s);
            if (call.matches()) {
                // goldMoveOver( $days ): one observable per argument, named by the level it reads
                StringBuilder key = new StringBuilder(call.group(1)).append('(');
                String argument = call.group(2).strip();
                if (!argument.isEmpty()) {
                    Term inner = term(argument, type);
                    if (inner == null) {
                        return null;
                    }
                    key.append(inner.isConstant() ? inner.text() : inner.variable());
                }
                return new Term(variableOf(type, key.append(')').toString()), Double.NaN, s);
            }
            if (IDENTIFIER.matcher(s).matches() && Character.isLowerCase(s.charAt(0))) {
                return new Term(variableOf(type, s), Double.NaN, s);
            }
            return null;
        }

        private static String variableOf(String type, String property) {
            return (isDay(type) ? OBSERVED : LEVEL) + type + "." + property;
        }

        private static String property(String access) {
            Matcher getter =
                    Pattern.compile("^(get|is)([A-Z]\\w*)\\s*\\(\\s*\\)$").matcher(access);
            if (getter.matches()) {
                return Character.toLowerCase(getter.group(2).charAt(0))
                        + getter.group(2).substring(1);
            }
            return IDENTIFIER.matcher(access).matches() ? access : null;
        }

        private static String simple(String type) {
            return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
        }
    }

    /** The first comparison operator outside parentheses: {start, length}; null if none. */
    static int[] operator(String atom) {
        int depth = 0;
        for (int i = 0; i < atom.length(); i++) {
            char c = atom.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0) {
                for (String op : OPERATORS) {
                    if (atom.startsWith(op, i)) {
                        return new int[] {i, op.length()};
                    }
                }
            }
        }
        return null;
    }

    /** Parts of an expression separated by {@code separator} outside parentheses. */
    static List<String> split(String expression, String separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && expression.startsWith(separator, i)) {
                parts.add(expression.substring(start, i));
                start = i + separator.length();
                i += separator.length() - 1;
            }
        }
        parts.add(expression.substring(start));
        return parts;
    }

    /** An expression without the parentheses around all of it. */
    static String unwrap(String expression) {
        String s = expression;
        while (s.startsWith("(") && s.endsWith(")") && parenthesised(s, 0).length() == s.length() - 2) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    /** The text inside the parentheses that open at {@code open}. */
    static String parenthesised(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return text.substring(open + 1, i);
            }
        }
        return text.substring(Math.min(text.length(), open + 1));
    }
}
