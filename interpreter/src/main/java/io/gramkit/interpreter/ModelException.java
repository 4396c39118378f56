package io.gramkit.interpreter;

/**
 * The model reached a state its equations do not allow (cash below -1e-6 USD, a rule conflict):
 * a problem of the scenario's inputs, reported with the path and day where it happened.
 */
public final class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Cash ended a day below -1e-6 USD. */
    public static final String NEGATIVE_CASH = "M101";
    /** Two rules set one lever to different values on one path-day. */
    public static final String RULE_CONFLICT = "M102";

    private final String code;
    private final int path;
    private final int day;

    public ModelException(String code, int path, int day, String message) {
        super("path " + path + ", day " + day + ": " + message, null, false, false);
        this.code = code;
        this.path = path;
        this.day = day;
    }

    /** The stable diagnostic code, catalogued in docs/model.md. */
    public String code() {
        return code;
    }

    public int path() {
        return path;
    }

    public int day() {
        return day;
    }
}
