package io.gramkit.server.jobs;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One job's record as the store keeps it. Its input and result files live in its folder under the
 * job files folder; the record holds what is small: settings and summary as JSON text.
 *
 * @param kind     what it runs: {@code run}, {@code sweep}, {@code compare}, {@code reverse}, {@code rules-diff}
 * @param attempts how many times a worker has started it
 * @param settings the request's settings as JSON (name, paths, seed, library)
 * @param summary  summary.csv as a JSON object, once done
 * @param error    why it failed, as JSON ({@code message}, {@code diagnostics}), once failed
 * @param team     the team that owns it: only its members (and admins) see it
 * @param owner    the subject who submitted it, for quotas
 * @param paths    how many paths it simulates, for quotas
 * @param replica  the replica that holds its lease while it runs
 * @param warnings what {@code gram check} warns about its scenario, as a JSON array of diagnostics
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
        Optional<String> error,
        String team,
        String owner,
        int paths,
        Optional<String> replica,
        String warnings) {

    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(warnings, "warnings");
        if (progress < 0 || progress > 1) {
            throw new IllegalArgumentException("progress must be in [0, 1], got " + progress);
        }
        if (paths < 0) {
            throw new IllegalArgumentException("paths cannot be negative, got " + paths);
        }
    }

    /** A new job of the local token's team, waiting in the queue. */
    public static Job queued(String id, String kind, Instant submitted, String settings) {
        return queued(id, kind, submitted, settings, "local", "local", 0);
    }

    /** A new job of {@code team}, submitted by {@code owner}, waiting in the queue. */
    public static Job queued(
            String id, String kind, Instant submitted, String settings, String team, String owner, int paths) {
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
                Optional.empty(),
                team,
                owner,
                paths,
                Optional.empty(),
                "[]");
    }

    /** The same record with live progress (a running job's progress is written to the store once a second). */
    public Job withProgress(double live) {
        return new Job(
                id, kind, status, live, submitted, started, finished, attempts, settings, summary, error, team, owner,
                paths, replica, warnings);
    }

    /** The same record with the warnings of its scenario (a JSON array of diagnostics). */
    public Job withWarnings(String json) {
        return new Job(
                id, kind, status, progress, submitted, started, finished, attempts, settings, summary, error, team,
                owner, paths, replica, json);
    }
}
