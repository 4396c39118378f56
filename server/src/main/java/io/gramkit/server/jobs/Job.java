package io.gramkit.server.jobs;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One job's record as the store keeps it. Its input and result files live in its folder under the
 * data folder; the record holds what is small: settings and summary as JSON text.
 *
 * @param kind     what it runs ({@code run} for now; compare, reverse and rule diffs follow)
 * @param attempts how many times a worker has started it
 * @param settings the request's settings as JSON (name, paths, seed, library)
 * @param summary  summary.csv as a JSON object, once done
 * @param error    why it failed, as JSON ({@code message}, {@code diagnostics}), once failed
 */
public record Job(
        String id,
        String kind,
        JobStatus status,
        double progress,
        Instant submitted,
        Optional<Instant> started,
        Optional<Instant> finished,
        int attempts,
        String settings,
        Optional<String> summary,
        Optional<String> error) {

    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(settings, "settings");
        if (progress < 0 || progress > 1) {
            throw new IllegalArgumentException("progress must be in [0, 1], got " + progress);
        }
    }

    /** A new job, waiting in the queue. */
    public static Job queued(String id, String kind, Instant submitted, String settings) {
        return new Job(
                id,
                kind,
                JobStatus.QUEUED,
                0,
                submitted,
                Optional.empty(),
                Optional.empty(),
                0,
                settings,
                Optional.empty(),
                Optional.empty());
    }
}
