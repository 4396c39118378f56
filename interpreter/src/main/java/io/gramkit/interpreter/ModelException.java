package io.gramkit.interpreter;

/**
 * The model reached a state its equations do not allow (cash below -1e-6 USD, a rule conflict):
 * a problem of the scenario's inputs, reported with the path and day where it happened.
 */
public final class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int path;
    private final int day;

    public ModelException(int path, int day, String message) {
        super("path " + path + ", day " + day + ": " + message, null, false, false);
        this.path = path;
        this.day = day;
    }

    public int path() {
        return path;
    }

    public int day() {
        return day;
    }
}
