package io.gramkit.rules;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.model.settings.Bounds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The review {@code gram rules check} and {@code gram check} make of rules that compile, before
 * anything runs: what a careless edit leaves behind that Drools accepts but a run would find late,
 * or never. A consequence that updates a fact (R150), a rule that pulls no lever (R151), two rules
 * that can apply together and set one lever to different values (R152), bands of a tiered lever's
 * observable that no rule covers (R153, a warning), a literal where a policy level exists (R154, a
 * warning), a division by zero or by a level that may be zero (R155). Levels range over their
 * declared bounds (the settings catalogue), with the orderings the language checks.
 */
final class RuleReview {
    /** Levers set in tiers by one observable, whose uncovered bands are worth a warning. */
    private static final Set<Lever> TIERED = Set.of(Lever.FEE, Lever.STABILITY_FEE);

    private static final Pattern FACT_CHANGE = Pattern.compile(
            "(?:(?<![\\w$.])|(?<=drools\\.))(update|modify|insert|insertLogical|delete|retract)\\s*\\(");
    private static final Pattern DIVISOR = Pattern.compile(
            "(?<![/*])/(?![/*])\\s*(\\$[\\w$]+(?:\\s*\\.\\s*\\w+(?:\\s*\\(\\s*\\))?)?|\\d[\\d.]*(?:[eE][-+]?\\d+)?[dDfF]?)");

    private final List<Diagnostic> found = new ArrayList<>();

    private RuleReview() {}

    /** The problems of rule texts that compiled, in reading order. */
    static List<Diagnostic> of(List<RuleText> texts) {
        List<RuleAnatomy> rules = new ArrayList<>();
        for (RuleText text : texts) {
            rules.addAll(RuleAnatomy.of(text));
        }
        return review(rules);
    }

    static List<Diagnostic> review(List<RuleAnatomy> rules) {
        RuleReview review = new RuleReview();
        for (RuleAnatomy rule : rules) {
            review.factChanges(rule);
            review.levers(rule);
            review.divisions(rule);
            if (!rule.text().name().endsWith(PolicyDrl.FILE_SUFFIX)) {
                review.literals(rule);
            }
        }
        review.conflicts(rules);
        for (Lever lever : Lever.ALL) {
            if (TIERED.contains(lever)) {
                review.bands(rules, lever);
            }
        }
        return review.found.stream().distinct().sorted(Diagnostic.READING_ORDER).toList();
    }

    private void factChanges(RuleAnatomy rule) {
        Matcher change = FACT_CHANGE.matcher(RuleAnatomy.quiet(rule.consequence()));
        if (change.find()) {
            found.add(Diagnostic.error(
                    RuleCode.FACT_CHANGED,
                    rule.locate(change.group(1)),
                    "rule '" + rule.name() + "' calls '" + change.group(1)
                            + "' in its consequence: rules only read the day's facts and decide levers; a changed"
                            + " fact makes the rules match again within the day; pull a lever"
                            + " ($token.chargeFee(...)) instead"));
        }
    }

    private void levers(RuleAnatomy rule) {
        if (rule.levers().isEmpty()) {
            found.add(Diagnostic.error(
                    RuleCode.NO_LEVER,
                    rule.declaration(),
                    "rule '" + rule.name() + "' pulls no lever: its consequence calls none of "
                            + String.join(", ", RuleAnatomy.LEVER_METHODS.keySet())
                            + "; a rule that changes nothing does nothing in a run (a decision table's ACTION cell"
                            + " or a .dslr consequence sentence may be missing)"));
        }
    }

    private void divisions(RuleAnatomy rule) {
        Matcher division = DIVISOR.matcher(rule.body());
        while (division.find()) {
            String divisor = division.group(1).replaceAll("\\s+", "");
            String why = null;
            Double value = Arithmetic.evaluate(divisor);
            if (value != null) {
                why = value == 0 ? "the literal " + divisor + " is zero" : null;
            } else {
                String level = levelOf(rule, divisor);
                Bounds bounds = level == null ? null : LevelRanges.bounds(level);
                if (bounds != null && bounds.contains(0)) {
                    why = "the policy level " + level + " may be zero (it ranges over "
                            + bounds.describe(io.gramkit.model.settings.Measure.PLAIN) + ")";
                }
            }
            if (why != null) {
                found.add(
                        Diagnostic.error(
                                RuleCode.DIVISION_BY_ZERO,
                                rule.locate(division.group()),
                                "rule '" + rule.name() + "' divides by '"
                                        + division.group(1).strip() + "': " + why
                                        + "; multiply the other side instead, or add a condition that the divisor is above zero"));
            }
        }
    }

    /** The level a divisor reads ({@code $policy.floor}, {@code $floor}), or null. */
    private static String levelOf(RuleAnatomy rule, String divisor) {
        for (List<RuleAnatomy.Atom> conjunction :
                rule.conditions() == null ? List.<List<RuleAnatomy.Atom>>of() : rule.conditions()) {
            for (RuleAnatomy.Atom atom : conjunction) {
                for (RuleAnatomy.Term term : List.of(atom.left(), atom.right())) {
                    if (term.isLevel() && term.text().replaceAll("\\s+", "").equals(divisor)) {
                        return term.shown();
                    }
                }
            }
        }
        for (RuleAnatomy.LeverCall call : rule.levers()) {
            if (call.value() != null
                    && call.value().isLevel()
                    && call.value().text().replaceAll("\\s+", "").equals(divisor)) {
                return call.value().shown();
            }
        }
        Matcher binding =
                Pattern.compile("(\\$[\\w$]+)\\s*:\\s*([A-Z]\\w*)\\s*\\(").matcher(rule.body());
        String variable = divisor.contains(".") ? divisor.substring(0, divisor.indexOf('.')) : divisor;
        while (binding.find()) {
            if (binding.group(1).equals(variable) && divisor.contains(".")) {
                String property = divisor.substring(divisor.indexOf('.') + 1).replaceAll("^get|\\(\\)$", "");
                property = property.isEmpty()
                        ? property
                        : Character.toLowerCase(property.charAt(0)) + property.substring(1);
                return binding.group(2) + "." + property;
            }
        }
        Matcher field =
                Pattern.compile(Pattern.quote(variable) + "\\s*:\\s*(\\w+)").matcher(rule.body());
        Matcher pattern = Pattern.compile("([A-Z]\\w*)\\s*\\(([^()]*" + Pattern.quote(variable) + "\\s*:[^()]*)\\)")
                .matcher(rule.body());
        if (!divisor.contains(".") && field.find() && pattern.find()) {
            return pattern.group(1) + "." + field.group(1);
        }
        return null;
    }

    private void literals(RuleAnatomy rule) {
        if (rule.conditions() == null) {
            return;
        }
        Set<String> reported = new HashSet<>();
        for (List<RuleAnatomy.Atom> conjunction : rule.conditions()) {
            for (RuleAnatomy.Atom atom : conjunction) {
                RuleAnatomy.Term observed = atom.left().isObservable() ? atom.left() : atom.right();
                RuleAnatomy.Term literal = atom.left().isConstant() ? atom.left() : atom.right();
                if (!observed.isObservable()
                        || !literal.isConstant()
                        || atom.op().equals("==")) {
                    continue;
                }
                String observable = observed.variable().substring(RuleAnatomy.OBSERVED.length());
                String level = LevelRanges.levelWithValue(observable, literal.constant());
                if (level != null && reported.add(atom.text())) {
                    found.add(Diagnostic.warning(
                            RuleCode.LITERAL_THRESHOLD,
                            rule.locate(atom.text()),
                            "rule '" + rule.name() + "' compares " + observed.shown() + " with the literal "
                                    + literal.text() + ", the reference value of the policy level " + level
                                    + "; read the level (" + level.substring(0, level.indexOf('.')) + "( ... )"
                                    + " and $policy." + level.substring(level.indexOf('.') + 1)
                                    + ") so that a scenario's value applies"));
                }
            }
        }
    }

    private void conflicts(List<RuleAnatomy> rules) {
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                conflict(rules.get(i), rules.get(j));
            }
        }
    }

    private void conflict(RuleAnatomy first, RuleAnatomy second) {
        if (first.conditions() == null || second.conditions() == null) {
            return;
        }
        for (RuleAnatomy.LeverCall a : first.levers()) {
            for (RuleAnatomy.LeverCall b : second.levers()) {
                if (a.lever() != b.lever() || sameValue(a.value(), b.value())) {
                    continue;
                }
                String together = together(first, second);
                if (together != null) {
                    found.add(Diagnostic.error(
                                    RuleCode.LEVER_CONFLICT,
                                    second.locate(b.text()),
                                    "rules '" + first.name() + "' and '" + second.name()
                                            + "' can apply on one path-day (" + together + ") and set the "
                                            + a.lever().label() + " to different values (" + shown(a.value())
                                            + " and " + shown(b.value())
                                            + "); make their conditions exclusive (one rule's 'above' the other's"
                                            + " 'at most')")
                            .withNote(first.locate(a.text()), "'" + first.name() + "' sets it here"));
                    return;
                }
            }
        }
    }

    private static boolean sameValue(RuleAnatomy.Term a, RuleAnatomy.Term b) {
        if (a == null || b == null) {
            return true; // a value the review cannot read: the run checks it
        }
        if (a.isConstant() && b.isConstant()) {
            return a.constant() == b.constant();
        }
        return a.variable() != null && a.variable().equals(b.variable());
    }

    private static String shown(RuleAnatomy.Term value) {
        return value.isConstant() ? value.text() : value.shown();
    }

    /** Where two rules' conditions hold together, in words; null if they never do. */
    private static String together(RuleAnatomy first, RuleAnatomy second) {
        for (List<RuleAnatomy.Atom> a : first.conditions()) {
            for (List<RuleAnatomy.Atom> b : second.conditions()) {
                List<RuleAnatomy.Atom> both = new ArrayList<>(a);
                both.addAll(b);
                DifferenceConstraints constraints = constraints(both);
                if (constraints.satisfiable()) {
                    return witness(constraints, both);
                }
            }
        }
        return null;
    }

    static DifferenceConstraints constraints(List<RuleAnatomy.Atom> atoms) {
        DifferenceConstraints constraints = new DifferenceConstraints();
        Set<String> variables = new LinkedHashSet<>();
        for (RuleAnatomy.Atom atom : atoms) {
            add(constraints, atom);
            for (RuleAnatomy.Term term : List.of(atom.left(), atom.right())) {
                if (!term.isConstant()) {
                    variables.add(term.variable());
                }
            }
        }
        LevelRanges.constrain(constraints, variables);
        return constraints;
    }

    private static void add(DifferenceConstraints constraints, RuleAnatomy.Atom atom) {
        RuleAnatomy.Term left = atom.left();
        RuleAnatomy.Term right = atom.right();
        if (right.isConstant()) {
            constraints.compare(left.variable(), atom.op(), DifferenceConstraints.ZERO, right.constant());
        } else if (left.isConstant()) {
            constraints.compare(DifferenceConstraints.ZERO, atom.op(), right.variable(), -left.constant());
        } else {
            constraints.compare(left.variable(), atom.op(), right.variable(), 0);
        }
    }

    private static String witness(DifferenceConstraints constraints, List<RuleAnatomy.Atom> atoms) {
        Set<String> observables = new LinkedHashSet<>();
        for (RuleAnatomy.Atom atom : atoms) {
            for (RuleAnatomy.Term term : List.of(atom.left(), atom.right())) {
                if (term.isObservable() && !atom.right().text().matches("true|false")) {
                    observables.add(term.variable());
                }
            }
        }
        List<String> parts = new ArrayList<>();
        for (String observable : observables) {
            double[] range = constraints.range(observable);
            String name = observable.substring(observable.indexOf('.') + 1);
            parts.add(name + " " + interval(range[0], range[1] != 0, range[2], range[3] != 0));
        }
        return parts.isEmpty() ? "their conditions hold together" : "both hold for " + String.join(", ", parts);
    }

    static String interval(double low, boolean lowOpen, double high, boolean highOpen) {
        return (lowOpen || Double.isInfinite(low) ? "(" : "[") + number(low) + ", " + number(high)
                + (highOpen || Double.isInfinite(high) ? ")" : "]");
    }

    private static String number(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return PolicyDrl.number(value).replaceAll("\\.0$", "");
    }

    /** One rule's band of the observable, levels at their reference values. */
    private record Band(
            RuleAnatomy rule,
            double low,
            boolean lowOpen,
            String lowText,
            double high,
            boolean highOpen,
            String highText,
            boolean lowLevel,
            boolean highLevel) {}

    private void bands(List<RuleAnatomy> rules, Lever lever) {
        List<RuleAnatomy> setting = rules.stream()
                .filter(rule -> rule.levers().stream().anyMatch(call -> call.lever() == lever))
                .toList();
        if (setting.size() < 2 || setting.stream().anyMatch(rule -> rule.conditions() == null)) {
            return;
        }
        String observable = null;
        List<Band> bands = new ArrayList<>();
        Map<String, Double> references = LevelRanges.references();
        for (RuleAnatomy rule : setting) {
            for (List<RuleAnatomy.Atom> conjunction : rule.conditions()) {
                Band band = new Band(
                        rule, Double.NEGATIVE_INFINITY, true, "", Double.POSITIVE_INFINITY, true, "", false, false);
                for (RuleAnatomy.Atom atom : conjunction) {
                    boolean flag = atom.right().text().matches("true|false");
                    boolean leftObserved = atom.left().isObservable();
                    RuleAnatomy.Term observed = leftObserved ? atom.left() : atom.right();
                    RuleAnatomy.Term other = leftObserved ? atom.right() : atom.left();
                    if (flag || !observed.isObservable() || other.isObservable()) {
                        continue;
                    }
                    if (observable == null) {
                        observable = observed.variable();
                    } else if (!observable.equals(observed.variable())) {
                        return; // tiers by more than one observable: not a band structure the review reads
                    }
                    double value;
                    if (other.isConstant()) {
                        value = other.constant();
                    } else {
                        Double reference = references.get(other.shown());
                        if (reference == null) {
                            return;
                        }
                        value = reference;
                    }
                    String op = leftObserved ? atom.op() : flip(atom.op());
                    band = narrow(band, op, value, atom.text(), other.isLevel());
                }
                bands.add(band);
            }
        }
        if (observable == null) {
            return;
        }
        bands.sort(Comparator.comparingDouble(Band::low).thenComparing(band -> band.lowOpen() ? 1 : 0));
        double reached = Double.NEGATIVE_INFINITY;
        boolean reachedIncluded = false;
        Band last = null;
        for (Band band : bands) {
            boolean gap = band.low() > reached
                    || (band.low() == reached && !reachedIncluded && band.lowOpen() && !Double.isInfinite(reached));
            if (gap && !(last != null && last.highLevel() && band.lowLevel())) {
                report(lever, observable, last, band, reached, reachedIncluded, band.low(), !band.lowOpen());
            }
            if (band.high() > reached || (band.high() == reached && !band.highOpen())) {
                reached = band.high();
                reachedIncluded = !band.highOpen();
                last = band;
            }
        }
        if (reached != Double.POSITIVE_INFINITY) {
            report(lever, observable, last, null, reached, reachedIncluded, Double.POSITIVE_INFINITY, false);
        }
    }

    private void report(
            Lever lever,
            String observable,
            Band below,
            Band above,
            double low,
            boolean lowOpen,
            double high,
            boolean highOpen) {
        Band at = below != null ? below : above;
        if (at == null) {
            return;
        }
        String name = observable.substring(observable.indexOf('.') + 1);
        String where = below != null ? below.highText() : above.lowText();
        SourceSpan span = at.rule().locate(where);
        found.add(Diagnostic.warning(
                RuleCode.UNCOVERED_BAND,
                span,
                "no rule sets the " + lever.label() + " for " + name + " in " + interval(low, lowOpen, high, highOpen)
                        + " (policy levels at their reference values): the lever stays where it was there; if that"
                        + " is not meant, move a tier's bound to meet its neighbour (a band between two policy levels,"
                        + " such as the calm and the wide discount, is taken as hysteresis)"));
    }

    private static Band narrow(Band band, String op, double value, String text, boolean level) {
        return switch (op) {
            case ">", ">=" ->
                value > band.low() || (value == band.low() && op.equals(">"))
                        ? new Band(
                                band.rule(),
                                value,
                                op.equals(">"),
                                text,
                                band.high(),
                                band.highOpen(),
                                band.highText(),
                                level,
                                band.highLevel())
                        : band;
            case "<", "<=" ->
                value < band.high() || (value == band.high() && op.equals("<"))
                        ? new Band(
                                band.rule(),
                                band.low(),
                                band.lowOpen(),
                                band.lowText(),
                                value,
                                op.equals("<"),
                                text,
                                band.lowLevel(),
                                level)
                        : band;
            case "==" -> new Band(band.rule(), value, false, text, value, false, text, level, level);
            default -> band;
        };
    }

    private static String flip(String op) {
        return switch (op) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            case ">=" -> "<=";
            default -> op;
        };
    }
}
