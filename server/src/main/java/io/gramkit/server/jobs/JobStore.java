package io.gramkit.server.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where job records live, so that no job is lost when the service stops. Each state change is one
 * conditional update, so two workers (or a worker and a cancel) can never both win. The embedded
 * {@link JdbcJobStore} is the default; a shared database (PostgreSQL) implements the same.
 */
public interface JobStore extends AutoCloseable {

    void insert(Job job);

    Optional<Job> find(String id);

    /** The latest {@code limit} jobs, newest first. */
    List<Job> recent(int limit);

    /** Jobs with {@code status}, oldest first. */
    List<Job> withStatus(JobStatus status);

    int count(JobStatus status);

    /** Queued to running, one more attempt; false if the job was not queued (cancelled meanwhile). */
    boolean claim(String id, Instant started);

    void progress(String id, double progress);

    /** Running to a final status. */
    void finish(String id, JobStatus status, Instant finished, Optional<String> summary, Optional<String> error);

    /** Queued to cancelled; false if the job was not queued. */
    boolean cancelQueued(String id, Instant finished);

    /**
     * Running back to queued, to run again from the start; {@code refund} takes back the attempt
     * (a shutdown that stopped it, not a crash).
     */
    void requeue(String id, boolean refund);

    @Override
    void close();
}
