package io.gramkit.server.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where job records live, so that no job is lost when a replica stops. Each state change is one
 * conditional update, so two workers (or a worker and a cancel), in one process or in several
 * replicas on one database, can never both win. The embedded {@link JdbcJobStore} is the default;
 * the same class serves a shared PostgreSQL.
 */
public interface JobStore extends AutoCloseable {

    void insert(Job job);

    Optional<Job> find(String id);

    /** The latest {@code limit} jobs, newest first. */
    List<Job> recent(int limit);

    /** The latest {@code limit} jobs of {@code team}, newest first. */
    List<Job> recent(int limit, String team);

    /** Jobs with {@code status}, oldest first. */
    List<Job> withStatus(JobStatus status);

    int count(JobStatus status);

    /** Queued to running, one more attempt; false if the job was not queued (cancelled meanwhile). */
    boolean claim(String id, Instant started);

    /**
     * Claims the oldest queued job for {@code replica}, with a lease until {@code leaseUntil}: one
     * transaction that locks the row it takes and skips rows other replicas hold, so each job is
     * claimed by exactly one replica. Empty when nothing is queued.
     */
    Optional<Job> claimNext(String replica, Instant started, Instant leaseUntil);

    /** Extends the leases of every job {@code replica} runs; returns how many it holds. */
    int renewLeases(String replica, Instant leaseUntil);

    /** Running jobs whose lease ran out before {@code now} (or that have none), oldest first. */
    List<Job> expired(Instant now);

    /**
     * Running back to queued if its lease ran out before {@code cutoff} (or it is leased by
     * {@code replica}, a previous life of this replica); the attempt stays counted.
     */
    boolean requeueOrphan(String id, Instant cutoff, String replica);

    /** Running to interrupted on the same condition as {@link #requeueOrphan}. */
    boolean interruptOrphan(String id, Instant cutoff, String replica, Instant finished, String error);

    void progress(String id, double progress);

    /** Running (or queued) to a final status. */
    void finish(String id, JobStatus status, Instant finished, Optional<String> summary, Optional<String> error);

    /** Running to a final status, only while {@code replica} still holds the lease. */
    boolean finishLeased(
            String id,
            String replica,
            JobStatus status,
            Instant finished,
            Optional<String> summary,
            Optional<String> error);

    /** Queued to cancelled; false if the job was not queued. */
    boolean cancelQueued(String id, Instant finished);

    /** Marks a running job to be cancelled by whichever replica runs it; false if it is not running. */
    boolean requestCancel(String id);

    /** The running jobs of {@code replica} that a cancel reached. */
    List<String> cancelsRequested(String replica);

    /**
     * Running back to queued, to run again from the start; {@code refund} takes back the attempt
     * (a shutdown that stopped it, not a crash).
     */
    void requeue(String id, boolean refund);

    /** What {@code owner} has queued or running, for quotas. */
    Usage usage(String owner);

    /** Up to {@code limit} jobs that ended before {@code cutoff}, oldest first: due for deletion. */
    List<String> finishedBefore(Instant cutoff, int limit);

    /** Deletes an ended job's record; false if there is none or it has not ended. */
    boolean delete(String id);

    /** Runs and paths queued or running. */
    record Usage(int runs, long paths) {}

    /** Whether other processes may use the same database (a shared server rather than an embedded file). */
    boolean shared();

    @Override
    void close();
}
