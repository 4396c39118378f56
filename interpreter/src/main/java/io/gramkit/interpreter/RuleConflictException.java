package io.gramkit.interpreter;

import io.gramkit.diagnostic.SourceSpan;

/**
 * Two rules set the same lever to different values on one path-day. Rule order and salience
 * never settle such a conflict: it is an error in the rules. Carries where both rules are declared
 * so the report can point at each.
 */
public final class RuleConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String firstRule;
    private final String secondRule;
    private final transient SourceSpan firstSpan;
    private final transient SourceSpan secondSpan;
    private final String secondValue;
    private final String lever;
    private final int path;
    private final int day;
    private final String clash;

    public RuleConflictException(
            String firstRule,
            SourceSpan firstSpan,
            String secondRule,
            SourceSpan secondSpan,
            String lever,
            String firstValue,
            String secondValue,
            int path,
            int day) {
        super(
                clash(firstRule, secondRule, lever, firstValue, secondValue) + " on path " + path + ", day " + day,
                null,
                false,
                false);
        this.clash = clash(firstRule, secondRule, lever, firstValue, secondValue);
        this.firstRule = firstRule;
        this.secondRule = secondRule;
        this.firstSpan = firstSpan;
        this.secondSpan = secondSpan;
        this.secondValue = secondValue;
        this.lever = lever;
        this.path = path;
        this.day = day;
    }

    private static String clash(
            String firstRule, String secondRule, String lever, String firstValue, String secondValue) {
        return "rules '" + firstRule + "' and '" + secondRule + "' set the " + lever + " to different values ("
                + firstValue + " and " + secondValue + ")";
    }

    /** What clashed, without the path and day. */
    public String clash() {
        return clash;
    }

    public String firstRule() {
        return firstRule;
    }

    public String secondRule() {
        return secondRule;
    }

    /** Where the first rule is declared. */
    public SourceSpan firstSpan() {
        return firstSpan;
    }

    /** Where the second rule is declared. */
    public SourceSpan secondSpan() {
        return secondSpan;
    }

    /** The value the second rule set, as the message shows it. */
    public String secondValue() {
        return secondValue;
    }

    public String lever() {
        return lever;
    }

    public int path() {
        return path;
    }

    public int day() {
        return day;
    }
}
