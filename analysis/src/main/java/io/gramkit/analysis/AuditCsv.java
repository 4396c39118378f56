package io.gramkit.analysis;

import io.gramkit.interpreter.AuditRecord;
import io.gramkit.interpreter.AuditTrail;
import io.gramkit.interpreter.LeverChanges;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The audit trail's two files: audit.csv, every rule firing on the sampled paths with the facts
 * it matched and the lever it set (value before and after), in order of path, day and rule; and
 * rule-changes.csv, over all paths, the path-days on which each rule changed each lever.
 */
public final class AuditCsv {
    public static final String AUDIT_FILE = "audit.csv";
    public static final String RULE_CHANGES_FILE = "rule-changes.csv";
    public static final List<String> AUDIT_COLUMNS =
            List.of("path", "day", "rule", "rule_file", "rule_line", "lever", "before", "after", "changed", "matched");
    public static final List<String> RULE_CHANGES_COLUMNS = List.of("rule", "lever", "path_days");

    private AuditCsv() {}

    public static void writeAudit(AuditTrail trail, Writer out) throws IOException {
        Csv.row(out, AUDIT_COLUMNS.toArray(String[]::new));
        for (AuditRecord r : trail.records()) {
            Csv.row(
                    out,
                    Integer.toString(r.path()),
                    Integer.toString(r.day()),
                    r.ruleName(),
                    r.ruleFile(),
                    Integer.toString(r.ruleLine()),
                    r.lever(),
                    number(r.before()),
                    number(r.after()),
                    r.setLever() ? (r.changed() ? "1" : "0") : "",
                    r.matched());
        }
    }

    public static void writeRuleChanges(AuditTrail trail, Writer out) throws IOException {
        Csv.row(out, RULE_CHANGES_COLUMNS.toArray(String[]::new));
        for (LeverChanges changes : trail.leverChanges()) {
            Csv.row(out, changes.rule(), changes.lever(), Long.toString(changes.pathDays()));
        }
    }

    /**
     * A lever value as written: empty for none, whole numbers without a decimal point (minting 1
     * or 0), others as Java prints a double (parses back to the same double).
     */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** The dictionary entries of both files, for columns.csv. */
    public static void describe(List<ColumnDictionary.Entry> out) {
        String f = AUDIT_FILE;
        column(out, f, "path", "sampled path number, from 0", "");
        column(
                out,
                f,
                "day",
                "the day whose end-of-day state the rule read; what it set applies from the next day",
                "day");
        column(out, f, "rule", "the rule's name", "");
        column(out, f, "rule_file", "the rule file declaring it, named as in manifest.json", "");
        column(out, f, "rule_line", "line of the rule's declaration in that file", "line");
        column(out, f, "lever", "the lever the rule set (fee, minting, ...); empty when the firing set none", "");
        column(
                out,
                f,
                "before",
                "the lever's value in force when the rule ran; empty with no lever",
                "per lever: fee fraction, minting 1 allowed or 0 halted");
        column(
                out,
                f,
                "after",
                "the value the rule set, in force from the next day; empty with no lever",
                "per lever: fee fraction, minting 1 allowed or 0 halted");
        column(
                out,
                f,
                "changed",
                "1 if after differs from before, 0 if the rule set the value already in force; empty with no lever",
                "1 or 0");
        column(
                out,
                f,
                "matched",
                "the facts the rule matched as Type(name=value ...), properties in order of name, facts joined by '; '",
                "");
        f = RULE_CHANGES_FILE;
        column(out, f, "rule", "the rule's name, in rule order", "");
        column(out, f, "lever", "a lever (fee, minting, ...)", "");
        column(out, f, "path_days", "path-days over all paths on which the rule changed this lever", "path-days");
    }

    private static void column(
            List<ColumnDictionary.Entry> out, String file, String name, String meaning, String unit) {
        out.add(new ColumnDictionary.Entry(file, name, "column", meaning, unit));
    }
}
