package io.gramkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.server.jobs.JdbcJobStore;
import io.gramkit.server.jobs.Job;
import io.gramkit.server.jobs.JobStatus;
import io.gramkit.server.jobs.JobStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Claims and leases on both databases the service runs on: the embedded H2 file and a real
 * PostgreSQL server ({@link TestPostgres}). Each "replica" here is a store with its own
 * connection, as each service process has.
 */
class SharedJobStoreTest {
    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

    @TempDir
    Path folder;

    private Supplier<JdbcJobStore> database(String kind) {
        if (kind.equals("h2")) {
            return () -> JdbcJobStore.embedded(folder);
        }
        String url = TestPostgres.newDatabase();
        return () -> JdbcJobStore.open(url, "gram", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theOldestQueuedJobIsClaimedWithALease(String kind) {
        try (JdbcJobStore store = database(kind).get()) {
            store.insert(Job.queued("late", "run", T0.plusSeconds(5), "{}", "risk", "ann", 100));
            store.insert(Job.queued("early", "run", T0, "{}", "risk", "ann", 200));
            Job first =
                    store.claimNext("a", T0.plusSeconds(10), T0.plusSeconds(40)).orElseThrow();
            assertThat(first.id()).isEqualTo("early");
            assertThat(first.status()).isEqualTo(JobStatus.RUNNING);
            assertThat(first.attempts()).isEqualTo(1);
            assertThat(first.replica()).contains("a");
            assertThat(first.team()).isEqualTo("risk");
            assertThat(store.usage("ann")).isEqualTo(new JobStore.Usage(2, 300));
            assertThat(store.claimNext("b", T0.plusSeconds(10), T0.plusSeconds(40)))
                    .map(Job::id)
                    .contains("late");
            assertThat(store.claimNext("b", T0.plusSeconds(10), T0.plusSeconds(40)))
                    .isEmpty();
            assertThat(store.recent(10, "risk")).hasSize(2);
            assertThat(store.recent(10, "treasury")).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aJobWhoseLeaseRanOutIsRequeuedAndItsOldReplicaCannotFinishIt(String kind) {
        try (JdbcJobStore store = database(kind).get()) {
            store.insert(Job.queued("j", "run", T0, "{}"));
            store.claimNext("a", T0, T0.plusSeconds(30));
            // Renewed at +20 s until +50 s: not expired at +40 s.
            assertThat(store.renewLeases("a", T0.plusSeconds(50))).isEqualTo(1);
            assertThat(store.expired(T0.plusSeconds(40))).isEmpty();
            // Replica a stops renewing; at +60 s the lease has run out.
            assertThat(store.expired(T0.plusSeconds(60))).extracting(Job::id).containsExactly("j");
            assertThat(store.requeueOrphan("j", T0.plusSeconds(40), "b")).isFalse();
            assertThat(store.requeueOrphan("j", T0.plusSeconds(60), "b")).isTrue();
            Job requeued = store.find("j").orElseThrow();
            assertThat(requeued.status()).isEqualTo(JobStatus.QUEUED);
            assertThat(requeued.attempts()).isEqualTo(1); // a crash counts
            assertThat(requeued.replica()).isEmpty();

            assertThat(store.claimNext("b", T0.plusSeconds(61), T0.plusSeconds(91)))
                    .isPresent();
            // a comes back from a long pause: the run is b's now.
            assertThat(store.finishLeased(
                            "j", "a", JobStatus.DONE, T0.plusSeconds(62), Optional.of("{}"), Optional.empty()))
                    .isFalse();
            assertThat(store.requestCancel("j")).isTrue();
            assertThat(store.cancelsRequested("a")).isEmpty();
            assertThat(store.cancelsRequested("b")).containsExactly("j");
            assertThat(store.finishLeased(
                            "j", "b", JobStatus.CANCELLED, T0.plusSeconds(63), Optional.empty(), Optional.empty()))
                    .isTrue();
            Job cancelled = store.find("j").orElseThrow();
            assertThat(cancelled.status()).isEqualTo(JobStatus.CANCELLED);
            assertThat(cancelled.attempts()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aReplicaRestartedUnderItsOwnNameTakesItsJobsBackAtOnce(String kind) {
        try (JdbcJobStore store = database(kind).get()) {
            store.insert(Job.queued("j", "run", T0, "{}"));
            store.claimNext("pod-0", T0, T0.plusSeconds(30));
            assertThat(store.requeueOrphan("j", T0.plusSeconds(1), "pod-1")).isFalse();
            assertThat(store.interruptOrphan("j", T0.plusSeconds(1), "pod-0", T0.plusSeconds(1), "{}"))
                    .isTrue();
            assertThat(store.find("j").orElseThrow().status()).isEqualTo(JobStatus.INTERRUPTED);
        }
    }

    /**
     * Four replicas, each with its own connection, claim 40 jobs at once: each job is claimed
     * exactly once, and all are claimed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void concurrentReplicasClaimEachJobExactlyOnce(String kind) throws Exception {
        Supplier<JdbcJobStore> open = database(kind);
        List<JdbcJobStore> replicas = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            replicas.add(open.get());
        }
        try {
            for (int i = 0; i < 40; i++) {
                replicas.get(0).insert(Job.queued(String.format("job-%02d", i), "run", T0.plusMillis(i), "{}"));
            }
            ConcurrentHashMap<String, String> claimedBy = new ConcurrentHashMap<>();
            List<String> twice = java.util.Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                JdbcJobStore replica = replicas.get(r);
                String name = "replica-" + r;
                done.add(pool.submit(() -> {
                    for (Optional<Job> job = replica.claimNext(name, T0, T0.plusSeconds(30));
                            job.isPresent();
                            job = replica.claimNext(name, T0, T0.plusSeconds(30))) {
                        if (claimedBy.putIfAbsent(job.get().id(), name) != null) {
                            twice.add(job.get().id());
                        }
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertThat(twice).isEmpty();
            assertThat(claimedBy).hasSize(40);
            assertThat(replicas.get(0).count(JobStatus.RUNNING)).isEqualTo(40);
            assertThat(replicas.get(0).withStatus(JobStatus.RUNNING))
                    .allSatisfy(job -> assertThat(job.attempts()).isEqualTo(1));
        } finally {
            replicas.forEach(JdbcJobStore::close);
        }
    }
}
