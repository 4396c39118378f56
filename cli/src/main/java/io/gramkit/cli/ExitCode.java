package io.gramkit.cli;

/** The command line's exit codes, documented in the README. */
final class ExitCode {
    /** The command did what was asked. */
    static final int OK = 0;
    /** {@code gram fmt --check}: a file is not in canonical form. */
    static final int NOT_FORMATTED = 1;
    /** A scenario, rule, data file or option was wrong; the message says where. */
    static final int BAD_INPUT = 2;
    /** The kit failed: a bug to report, with the message printed. */
    static final int INTERNAL = 3;

    private ExitCode() {}
}
