package io.gramkit.rules;

/** The stable diagnostic codes of rule files (R1xx), catalogued in the docs. */
final class RuleCodes {
    /** A rule file or folder that does not exist or cannot be read. */
    static final String UNREADABLE = "R101";
    /** A rule folder, or a set of rule files, with no rules in it. */
    static final String NO_RULES = "R102";
    /** A file in a rule folder that would not be loaded (not DRL, not a note). */
    static final String NOT_A_RULE_FILE = "R103";
    /** A folder inside a rule folder (rule folders are not searched recursively). */
    static final String NESTED_FOLDER = "R104";
    /** A {@code .dslr} file whose {@code .dsl} mapping is not there. */
    static final String MISSING_MAPPING = "R105";
    /** A {@code .dsl} mapping in a rule folder that no {@code .dslr} file uses. */
    static final String UNUSED_MAPPING = "R106";
    /** DRL that does not parse. */
    static final String SYNTAX = "R110";
    /** A condition or consequence that names a field a fact does not have. */
    static final String UNKNOWN_FIELD = "R111";
    /** A fact type or import that does not exist. */
    static final String UNKNOWN_TYPE = "R112";
    /** Any other error Drools reports when compiling the rules. */
    static final String COMPILE = "R113";
    /** A {@code .dsl} mapping that does not parse. */
    static final String DSL_MAPPING = "R114";
    /** A line of a {@code .dslr} file that no entry of its mapping expands. */
    static final String DSL_EXPANSION = "R115";
    /** A {@code .drl.csv} file that is not a decision table Drools can read. */
    static final String DECISION_TABLE = "R116";
    /** Two rules with one name (counts and conflicts are reported by name). */
    static final String DUPLICATE_RULE = "R120";
    /** A rule set a lever to a value the model cannot take (a fee outside [0, 1)). */
    static final String INVALID_DECISION = "R130";
    /** A rule's consequence failed while the rules ran. */
    static final String CONSEQUENCE_FAILED = "R131";
    /** Rules that keep firing within one day (a consequence updates a fact they match). */
    static final String RUNAWAY = "R132";
    /** A rule file that reads a deprecated {@code TokenDay} property (a warning; the rules still run). */
    static final String DEPRECATED_FIELD = "R140";

    private RuleCodes() {}
}
