package io.gramkit.server;

import io.gramkit.Gram;
import io.gramkit.RunProgress;
import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.InputException;
import io.gramkit.server.auth.AccessDenied;
import io.gramkit.server.auth.Principal;
import io.gramkit.server.jobs.Job;
import io.gramkit.server.jobs.JobStatus;
import io.gramkit.server.jobs.JobStore;
import io.gramkit.server.limits.UserLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The job queue and its workers. The store is the truth: a job is written as queued before the
 * request is answered, claimed by one worker of one replica in one transaction (with a lease the
 * replica renews every second), and finished in another. Workers take the oldest queued job from
 * the store, so every replica on a shared database serves one queue. Runs whose replica died
 * (lease run out; with the embedded database, every run in flight at start) are resumed from the
 * start (runs are deterministic, so a resumed run writes the same files) until they have had
 * {@code maxAttempts} starts, then marked interrupted. A run is stopped between simulated days,
 * never by interrupting its thread, so the database and files are never cut mid-write.
 */
final class JobRunner implements AutoCloseable {
    static final String RUN = "run";
    static final String SWEEP = "sweep";
    static final String COMPARE = "compare";
    static final String REVERSE = "reverse";
    static final String RULES_DIFF = "rules-diff";
    private static final Duration PROGRESS_WRITES = Duration.ofSeconds(1);
    /** How often idle workers look for queued jobs that another replica accepted. */
    private static final Duration POLL = Duration.ofMillis(500);

    private static final Duration HEARTBEAT = Duration.ofSeconds(1);
    /** How often expired jobs are looked for (and once at start). */
    private static final Duration RETENTION_SWEEP = Duration.ofHours(1);

    private final ServerConfig config;
    private final TeamConfig team;
    private final Path jobFiles;
    private final JobStore store;
    private final Library library;
    private final ServiceMetrics metrics;
    private final JsonLog log;
    /** Released on each submit, so an idle worker of this replica starts it without waiting for a poll. */
    private final Semaphore wake = new Semaphore(0);

    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final List<Thread> workers = new ArrayList<>();
    private final Object admission = new Object();
    private volatile boolean accepting = true;
    private volatile boolean stopping;

    /** A run in flight: how far it is, and whether it should stop. */
    private static final class Running {
        volatile double progress;
        volatile boolean cancelled;
        /** Stopped by a shutdown: back to the queue rather than cancelled. */
        volatile boolean requeue;

        final long deadline;

        Running(long deadline) {
            this.deadline = deadline;
        }
    }

    /** The queue is full, or every checker busy: the client should try again later (429). */
    static final class QueueFull extends RuntimeException {
        private static final long serialVersionUID = 1L;

        QueueFull(String message) {
            super(message);
        }
    }

    /** The service is shutting down and takes no more work (503). */
    static final class NotAccepting extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotAccepting() {
            super("the service is shutting down; submit again once it is back");
        }
    }

    /** A run stopped for taking longer than the service allows. */
    private static final class TimedOut extends CancellationException {
        private static final long serialVersionUID = 1L;

        TimedOut(String message) {
            super(message);
        }
    }

    JobRunner(
            ServerConfig config,
            TeamConfig team,
            JobStore store,
            Library library,
            ServiceMetrics metrics,
            JsonLog log) {
        this.config = config;
        this.team = team;
        this.jobFiles = team.jobFilesUnder(config.data());
        this.store = store;
        this.library = library;
        this.metrics = metrics;
        this.log = log;
        metrics.gauges(() -> store.count(JobStatus.QUEUED), running::size);
    }

    Path jobFolder(String id) {
        return jobFiles.resolve(id);
    }

    /** Recovers what the last process left, then starts the workers. */
    void start() throws IOException {
        recover();
        expire(Instant.now());
        for (int i = 0; i < config.workers(); i++) {
            Thread worker = new Thread(this::work, "gram-job-worker-" + (i + 1));
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        Thread heartbeat = new Thread(this::beat, "gram-job-heartbeat");
        heartbeat.setDaemon(true);
        workers.add(heartbeat);
        heartbeat.start();
    }

    /**
     * At start: runs left in flight by a dead process. An embedded database is this process's
     * alone, so all of them; a shared one, only those whose lease ran out or that carry this
     * replica's own name (the others belong to live replicas).
     */
    private void recover() throws IOException {
        Instant cutoff = store.shared() ? Instant.now() : Instant.ofEpochMilli(Long.MAX_VALUE);
        reap(store.withStatus(JobStatus.RUNNING), cutoff);
        int queued = store.count(JobStatus.QUEUED);
        if (queued > 0) {
            log.info("jobs_recovered", "queued", queued);
        }
    }

    /** Puts orphaned runs back in the queue, or marks them interrupted after {@code maxAttempts} starts. */
    private void reap(List<Job> candidates, Instant cutoff) throws IOException {
        Instant now = Instant.now();
        for (Job job : candidates) {
            if (job.attempts() < config.maxAttempts()) {
                if (store.requeueOrphan(job.id(), cutoff, team.replica())) {
                    RunJob.clean(jobFolder(job.id()));
                    wake.release();
                    log.warn(
                            "job_resumed",
                            "job",
                            job.id(),
                            "attempt",
                            job.attempts() + 1,
                            "reason",
                            "the replica running it stopped during the run",
                            "replica",
                            job.replica().orElse(""));
                }
            } else if (store.interruptOrphan(
                    job.id(),
                    cutoff,
                    team.replica(),
                    now,
                    error(
                            "the service stopped during this run " + job.attempts() + " times; it is not started again",
                            List.of()))) {
                log.warn("job_interrupted", "job", job.id(), "attempts", job.attempts());
            }
        }
    }

    /**
     * Deletes the jobs that ended more than {@code retentionDays} before {@code now}: their folder
     * first, then their record. A crash between the two leaves a record without files (its file
     * list is empty), which the next sweep deletes; never files without a record.
     */
    void expire(Instant now) throws IOException {
        if (config.retentionDays() == 0) {
            return;
        }
        Instant cutoff = now.minus(Duration.ofDays(config.retentionDays()));
        List<String> due;
        do {
            due = store.finishedBefore(cutoff, 100);
            for (String id : due) {
                Folders.deleteTree(jobFolder(id));
                store.delete(id);
                log.info("job_expired", "job", id, "retention_days", config.retentionDays());
            }
        } while (due.size() == 100);
    }

    /**
     * Once a second: renews the leases of this replica's runs, passes on cancels that reached
     * another replica, and re-queues the runs of replicas whose leases ran out.
     */
    private void beat() {
        Instant lastSweep = Instant.now();
        while (!stopping) {
            try {
                Instant now = Instant.now();
                if (now.isAfter(lastSweep.plus(RETENTION_SWEEP))) {
                    lastSweep = now;
                    expire(now);
                }
                store.renewLeases(team.replica(), now.plus(team.lease()));
                for (String id : store.cancelsRequested(team.replica())) {
                    Running live = running.get(id);
                    if (live != null) {
                        live.cancelled = true;
                    }
                }
                reap(store.expired(now), now);
            } catch (RuntimeException | IOException e) {
                log.error("heartbeat_failed", "error", e.toString());
            }
            try {
                Thread.sleep(Math.min(HEARTBEAT.toMillis(), team.lease().toMillis() / 3));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * What a request laid out and checked in its job's {@code input/} folder: the job's kind, the
     * settings its record keeps, the paths it simulates (for quotas) and what {@code gram check}
     * warns about its scenario.
     */
    record Prepared(String kind, Map<String, Object> settings, int paths, List<Diagnostic> warnings) {}

    /** Lays a request's files out in a job's {@code input/} folder and checks them; refuses with {@link BadRequest}. */
    @FunctionalInterface
    interface Preparation {
        Prepared prepare(Path input) throws IOException;
    }

    /** Checks a run request (a single scenario or a sweep) and queues it. */
    Job submit(Submission submission, String requestId, Principal who) throws IOException {
        return submit(input -> prepareRun(submission, input), requestId, who);
    }

    /** A run's or a sweep's files laid out and checked as {@code gram check} would. */
    Prepared prepareRun(Submission submission, Path input) throws IOException {
        Workspace workspace = Workspace.create(input, library);
        Checker.lay(submission, workspace);
        List<Diagnostic> found = Checker.check(submission, workspace);
        if (Checker.hasErrors(found)) {
            throw new BadRequest(found);
        }
        var grid = Gram.parseGrid(submission.name(), submission.scenario(), workspace.scenarios());
        int perPoint = submission.paths().orElse(grid.points().get(0).scenario().paths());
        boolean sweep = grid.grid().isSweep();
        return new Prepared(
                sweep ? SWEEP : RUN,
                submission.settings(),
                perPoint * grid.points().size(),
                found);
    }

    /**
     * Prepares a job and queues it: the job's folder holds its files before its record is written,
     * and its record is written before the caller answers 202.
     *
     * @throws BadRequest   with the diagnostics when the request or its files are bad
     * @throws QueueFull    when {@code queueCapacity} jobs are waiting
     * @throws NotAccepting during shutdown
     */
    Job submit(Preparation preparation, String requestId, Principal who) throws IOException {
        if (!accepting) {
            throw new NotAccepting();
        }
        String id = UUID.randomUUID().toString();
        Path folder = jobFolder(id);
        try {
            Prepared prepared = preparation.prepare(folder.resolve(RunJob.INPUT));
            synchronized (admission) {
                if (!accepting) {
                    throw new NotAccepting();
                }
                if (store.count(JobStatus.QUEUED) >= config.queueCapacity()) {
                    throw new QueueFull(config.queueCapacity() + " runs are waiting already; try again later");
                }
                withinQuota(who, prepared.paths());
                Job job = Job.queued(
                                id,
                                prepared.kind(),
                                Instant.now(),
                                Json.write(prepared.settings()),
                                who.team(),
                                who.subject(),
                                prepared.paths())
                        .withWarnings(Json.write(DiagnosticJson.of(prepared.warnings().stream()
                                .filter(d -> !d.isError())
                                .toList())));
                store.insert(job);
                wake.release();
                log.info(
                        "job_queued",
                        "job",
                        id,
                        "kind",
                        prepared.kind(),
                        "request_id",
                        requestId,
                        "scenario",
                        String.valueOf(prepared.settings().getOrDefault("name", "")),
                        "team",
                        who.team(),
                        "owner",
                        who.subject());
                return job;
            }
        } catch (RuntimeException | IOException e) {
            Folders.deleteTree(folder);
            throw e;
        }
    }

    /**
     * Refuses a run beyond the submitter's quotas (429): runs queued or running, and their paths,
     * counted in the store, so over every replica.
     */
    private void withinQuota(Principal who, int paths) {
        UserLimits limits = team.limits();
        if (limits.maxActiveRuns() == 0 && limits.maxActivePaths() == 0) {
            return;
        }
        JobStore.Usage used = store.usage(who.subject());
        if (limits.maxActiveRuns() > 0 && used.runs() >= limits.maxActiveRuns()) {
            throw AccessDenied.tooMany(
                    "you have " + used.runs() + " runs queued or running; the most is " + limits.maxActiveRuns()
                            + ": wait for one to finish",
                    30);
        }
        if (limits.maxActivePaths() > 0 && used.paths() + paths > limits.maxActivePaths()) {
            throw AccessDenied.tooMany(
                    "this run's " + paths + " paths and the " + used.paths()
                            + " of your runs queued or running exceed the most you may have at once ("
                            + limits.maxActivePaths() + ")",
                    30);
        }
    }

    /** The job's record, with the live progress of a running one. */
    Optional<Job> find(String id) {
        Optional<Job> job = store.find(id);
        Running live = running.get(id);
        if (job.isPresent() && live != null && job.get().status() == JobStatus.RUNNING) {
            return Optional.of(job.get().withProgress(live.progress));
        }
        return job;
    }

    /** The latest runs {@code who} may see: their team's, or everyone's for an admin. */
    List<Job> recent(int limit, Principal who) {
        return who.admin() ? store.recent(limit) : store.recent(limit, who.team());
    }

    /** What a cancel did. */
    enum Cancelled {
        NOW,
        STOPPING,
        ALREADY_FINAL,
        NOT_FOUND
    }

    Cancelled cancel(String id) {
        Optional<Job> job = store.find(id);
        if (job.isEmpty()) {
            return Cancelled.NOT_FOUND;
        }
        if (store.cancelQueued(id, Instant.now())) {
            log.info("job_cancelled", "job", id, "while", "queued");
            return Cancelled.NOW;
        }
        Running live = running.get(id);
        if (live != null) {
            live.cancelled = true;
            return Cancelled.STOPPING;
        }
        if (store.requestCancel(id)) {
            return Cancelled.STOPPING; // running on another replica, whose heartbeat stops it
        }
        return store.find(id).map(j -> j.status().isFinal()).orElse(true)
                ? Cancelled.ALREADY_FINAL
                : Cancelled.STOPPING;
    }

    int queued() {
        return store.count(JobStatus.QUEUED);
    }

    int active() {
        return running.size();
    }

    boolean accepting() {
        return accepting;
    }

    private void work() {
        while (!stopping) {
            Optional<Job> claimed;
            try {
                Instant now = Instant.now();
                claimed = store.claimNext(team.replica(), now, now.plus(team.lease()));
            } catch (RuntimeException e) {
                log.error("claim_failed", "error", e.toString());
                claimed = Optional.empty();
            }
            if (claimed.isEmpty()) {
                try {
                    wake.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    return;
                }
                continue;
            }
            String id = claimed.get().id();
            if (stopping) {
                store.requeue(id, true); // claimed as the shutdown began: the next start runs it
                return;
            }
            execute(id);
        }
    }

    private void execute(String id) {
        Running live = new Running(System.nanoTime() + TimeUnit.SECONDS.toNanos(config.maxRunSeconds()));
        running.put(id, live);
        long begun = System.nanoTime();
        String outcome = "failed";
        long steps = 0;
        String kind = RUN;
        log.info("job_started", "job", id, "replica", team.replica());
        try {
            Job job = store.find(id).orElseThrow();
            kind = job.kind();
            RunJob.Outcome result = work(job).execute(job, jobFolder(id), library, threadsPerRun(), progress(id, live));
            steps = result.pathSteps();
            finish(id, JobStatus.DONE, Instant.now(), Optional.of(Json.write(result.summary())), Optional.empty());
            outcome = "done";
        } catch (TimedOut e) {
            finish(
                    id,
                    JobStatus.FAILED,
                    Instant.now(),
                    Optional.empty(),
                    Optional.of(error(e.getMessage(), List.of())));
        } catch (CancellationException e) {
            if (live.requeue) {
                store.requeue(id, true);
                outcome = "requeued";
            } else {
                finish(id, JobStatus.CANCELLED, Instant.now(), Optional.empty(), Optional.empty());
                outcome = "cancelled";
            }
        } catch (InputException e) {
            Workspace workspace = Workspace.existing(jobFolder(id).resolve(RunJob.INPUT), library);
            finish(
                    id,
                    JobStatus.FAILED,
                    Instant.now(),
                    Optional.empty(),
                    Optional.of(error("the run stopped on bad input", Checker.sorted(e.diagnostics(), workspace))));
        } catch (RuntimeException | IOException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            log.error("job_error", "job", id, "error", e.toString(), "trace", trace.toString());
            finish(
                    id,
                    JobStatus.FAILED,
                    Instant.now(),
                    Optional.empty(),
                    Optional.of(error(
                            "internal error in the service; its log has the details (job " + id + ")", List.of())));
        } finally {
            running.remove(id);
            Duration took = Duration.ofNanos(System.nanoTime() - begun);
            metrics.run(kind, outcome, took, steps);
            log.info("job_finished", "job", id, "outcome", outcome, "seconds", took.toMillis() / 1000.0);
        }
    }

    /** What runs a job of each kind. */
    @FunctionalInterface
    interface Work {
        RunJob.Outcome execute(Job job, Path folder, Library library, int threads, RunProgress progress)
                throws IOException;
    }

    private Work work(Job job) {
        return switch (job.kind()) {
            case RUN -> RunJob::execute;
            case SWEEP -> RunJob::executeSweep;
            case COMPARE ->
                (j, folder, lib, threads, progress) -> RunComparison.execute(j, folder, this, lib, threads, progress);
            case REVERSE -> ReverseJob::execute;
            case RULES_DIFF -> RulesDiffJob::execute;
            default -> throw new IllegalStateException("a job of an unknown kind '" + job.kind() + "'");
        };
    }

    /** Finishes a run of this replica's; a run whose lease was lost meanwhile belongs to another now. */
    private void finish(
            String id, JobStatus status, Instant finished, Optional<String> summary, Optional<String> error) {
        if (!store.finishLeased(id, team.replica(), status, finished, summary, error)) {
            log.warn("job_lease_lost", "job", id, "outcome", status.label());
        }
    }

    private RunProgress progress(String id, Running live) {
        long[] lastWrite = {System.nanoTime()};
        return (day, horizon) -> {
            live.progress = horizon == 0 ? 1.0 : (double) day / horizon;
            if (live.cancelled) {
                throw new CancellationException("cancelled");
            }
            long now = System.nanoTime();
            if (now > live.deadline) {
                throw new TimedOut("the run took longer than this service allows (" + config.maxRunSeconds() + " s)");
            }
            if (now - lastWrite[0] > PROGRESS_WRITES.toNanos()) {
                lastWrite[0] = now;
                store.progress(id, live.progress);
            }
        };
    }

    private int threadsPerRun() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / config.workers());
    }

    static String error(String message, List<Diagnostic> diagnostics) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("diagnostics", DiagnosticJson.of(diagnostics));
        return Json.write(error);
    }

    /**
     * Stops taking work, lets running jobs finish for up to {@code drainSeconds}, then stops the
     * rest between two days and puts them back in the queue; queued jobs stay queued for the next
     * start.
     */
    @Override
    public void close() {
        synchronized (admission) {
            accepting = false;
        }
        long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(config.drainSeconds());
        stopping = true;
        waitForRuns(drainUntil);
        for (Map.Entry<String, Running> live : running.entrySet()) {
            live.getValue().requeue = true;
            live.getValue().cancelled = true;
            log.info("job_requeued", "job", live.getKey(), "reason", "shutdown");
        }
        waitForRuns(System.nanoTime() + TimeUnit.SECONDS.toNanos(30));
        for (Thread worker : workers) {
            try {
                worker.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void waitForRuns(long until) {
        while (!running.isEmpty() && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * The names of a finished job's files, sorted; empty before it has any. A sweep's points are
     * in folders: their files are named by their path ({@code points/001/summary.csv}).
     */
    List<String> files(String id) {
        Path results = jobFolder(id).resolve(RunJob.RESULTS);
        if (!Files.isDirectory(results)) {
            return List.of();
        }
        try (var entries = Files.walk(results)) {
            return entries.filter(Files::isRegularFile)
                    .map(path -> results.relativize(path).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith(".") && !name.contains("/."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A finished job's file, if {@code name} is one of {@link #files}. */
    Optional<Path> file(String id, String name) {
        return files(id).contains(name)
                ? Optional.of(jobFolder(id).resolve(RunJob.RESULTS).resolve(name))
                : Optional.empty();
    }
}
