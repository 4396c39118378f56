package io.gramkit.rules;

import io.gramkit.diagnostic.DiagnosticCode;
import io.gramkit.diagnostic.Severity;

/**
 * The problems of rule files, with stable codes: {@code R10x} for finding the files, {@code R11x}
 * for compiling them, {@code R12x} for what they declare, {@code R13x} for running them, {@code R15x} for the review
 * {@code gram rules check} makes of rules that compile. Listed in
 * docs/rules.md; a code, once published, keeps its meaning.
 */
public enum RuleCode implements DiagnosticCode {
    UNREADABLE("R101", "a rule file or folder that does not exist or cannot be read"),
    NO_RULES("R102", "a rule folder, or a set of rule files, with no rules in it"),
    NOT_A_RULE_FILE("R103", "a file in a rule folder that would not be loaded (not DRL, not a note)"),
    NESTED_FOLDER("R104", "a folder inside a rule folder (rule folders are not searched recursively)"),
    MISSING_MAPPING("R105", "a .dslr file whose .dsl mapping is not there"),
    UNUSED_MAPPING("R106", "a .dsl mapping in a rule folder that no .dslr file uses"),
    NOTE_WITH_RULES("R107", "a note (.txt, .md) in a rule folder that holds rule text, which a run would pass over"),
    SYNTAX("R110", "DRL that does not parse"),
    UNKNOWN_FIELD("R111", "a condition or consequence that names a field a fact does not have"),
    UNKNOWN_TYPE("R112", "a fact type or import that does not exist"),
    COMPILE("R113", "any other error Drools reports when compiling the rules"),
    DSL_MAPPING("R114", "a .dsl mapping that does not parse"),
    DSL_EXPANSION("R115", "a line of a .dslr file that no entry of its mapping expands"),
    DECISION_TABLE("R116", "a .drl.csv file that is not a decision table Drools can read"),
    TABLE_SHAPE(
            "R117",
            "a decision table whose columns or rows cannot make a working rule (no ACTION column, a missing or extra cell)"),
    DUPLICATE_RULE("R120", "two rules with one name (counts and conflicts are reported by name)"),
    INVALID_DECISION("R130", "a rule set a lever to a value the model cannot take (a fee outside [0, 1))"),
    CONSEQUENCE_FAILED("R131", "a rule's condition or consequence failed while the rules ran"),
    RUNAWAY("R132", "rules that keep firing within one day (a consequence updates a fact they match)"),
    DEPRECATED_FIELD(
            "R140", Severity.WARNING, "a rule reads a deprecated TokenDay property (a warning: the rules still run)"),
    FACT_CHANGED("R150", "a consequence that updates, modifies, inserts or retracts a fact"),
    NO_LEVER("R151", "a rule whose consequence pulls no lever"),
    LEVER_CONFLICT(
            "R152",
            "two rules that can apply on one path-day and set one lever to different values (overlapping tiers)"),
    UNCOVERED_BAND("R153", Severity.WARNING, "a band of a tiered lever's observable that no rule covers (a warning)"),
    LITERAL_THRESHOLD(
            "R154",
            Severity.WARNING,
            "a literal threshold equal to the reference value of a policy level the rule could read (a warning)"),
    DIVISION_BY_ZERO("R155", "a division by a literal zero or by a policy level whose declared range includes zero");

    private final String code;
    private final Severity severity;
    private final String meaning;

    RuleCode(String code, String meaning) {
        this(code, Severity.ERROR, meaning);
    }

    RuleCode(String code, Severity severity, String meaning) {
        this.code = code;
        this.severity = severity;
        this.meaning = meaning;
    }

    @Override
    public String code() {
        return code;
    }

    /** Every problem of a rule file is an error, except the warnings (R140, R153, R154). */
    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
