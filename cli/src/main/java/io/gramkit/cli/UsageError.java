package io.gramkit.cli;

/** A request the command line cannot carry out as given (an existing output folder, say). */
final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message, null, false, false);
    }
}
