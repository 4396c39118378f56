package io.gramkit.interpreter;

/**
 * One line of the audit trail: a rule that fired on a sampled path-day, the facts it matched, and
 * one lever it set (the value the lever had before the rule ran and the value the rule set). A
 * firing that set two levers gives two records; a firing that set none gives one record with no
 * lever ({@code lever} empty, {@code before} and {@code after} NaN).
 *
 * @param rule     index of the rule in {@link ResponseRules#ruleNames()}
 * @param ruleName the rule's name
 * @param ruleFile the file declaring the rule, named as in the run's manifest
 * @param ruleLine the line of its declaration (0 when unknown)
 * @param lever    the lever's name ({@code fee}, {@code minting}, ...), or empty
 * @param matched  the facts the rule matched, as {@code Type(name=value ...)} joined by {@code "; "}
 */
public record AuditRecord(
        int path,
        int day,
        int rule,
        String ruleName,
        String ruleFile,
        int ruleLine,
        String lever,
        double before,
        double after,
        String matched) {

    /** Whether the rule set a lever, whether or not that changed its value. */
    public boolean setLever() {
        return !lever.isEmpty();
    }

    /** Whether the rule moved the lever to another value (compared as the run compares: 0.0 == -0.0). */
    public boolean changed() {
        return setLever() && before != after;
    }
}
