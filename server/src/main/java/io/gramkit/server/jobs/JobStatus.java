package io.gramkit.server.jobs;

import java.util.Locale;

/** Where a job is in its life; the last four are final. */
public enum JobStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED,
    /** The service stopped during the run more often than it may be resumed. */
    INTERRUPTED;

    /** The word the API and the database use. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static JobStatus of(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    public boolean isFinal() {
        return this != QUEUED && this != RUNNING;
    }
}
