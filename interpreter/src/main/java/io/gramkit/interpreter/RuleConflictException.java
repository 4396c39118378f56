package io.gramkit.interpreter;

/**
 * Two rules set the same lever to different values on one path-day. Rule order and salience
 * never settle such a conflict: it is an error in the rules.
 */
public final class RuleConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String firstRule;
    private final String secondRule;
    private final String lever;
    private final int path;
    private final int day;
    private final String clash;

    public RuleConflictException(
            String firstRule,
            String secondRule,
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
