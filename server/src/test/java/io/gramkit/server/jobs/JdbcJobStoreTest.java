package io.gramkit.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded job store: each transition happens once, and records survive reopening. */
class JdbcJobStoreTest {
    @TempDir
    Path folder;

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void aJobIsClaimedOnceAndFinishedOnce() {
        try (JdbcJobStore store = JdbcJobStore.embedded(folder)) {
            store.insert(Job.queued("a", "run", T0, "{\"name\":\"q.gram\"}"));
            assertThat(store.claim("a", T0.plusSeconds(1))).isTrue();
            assertThat(store.claim("a", T0.plusSeconds(2))).isFalse();
            assertThat(store.cancelQueued("a", T0.plusSeconds(2))).isFalse();
            store.progress("a", 0.5);
            assertThat(store.find("a").orElseThrow().progress()).isEqualTo(0.5);
            store.finish("a", JobStatus.DONE, T0.plusSeconds(3), Optional.of("{\"paths\":10}"), Optional.empty());
            Job done = store.find("a").orElseThrow();
            assertThat(done.status()).isEqualTo(JobStatus.DONE);
            assertThat(done.progress()).isEqualTo(1.0);
            assertThat(done.attempts()).isEqualTo(1);
            assertThat(done.started()).contains(T0.plusSeconds(1));
            assertThat(done.finished()).contains(T0.plusSeconds(3));
            assertThat(done.summary()).contains("{\"paths\":10}");
            // A final job stays final.
            store.finish("a", JobStatus.FAILED, T0.plusSeconds(4), Optional.empty(), Optional.of("{}"));
            store.requeue("a", false);
            assertThat(store.find("a").orElseThrow().status()).isEqualTo(JobStatus.DONE);
        }
    }

    @Test
    void requeueingRefundsTheAttemptOnlyWhenAsked() {
        try (JdbcJobStore store = JdbcJobStore.embedded(folder)) {
            store.insert(Job.queued("a", "run", T0, "{}"));
            store.claim("a", T0);
            store.requeue("a", true);
            assertThat(store.find("a").orElseThrow().attempts()).isZero();
            store.claim("a", T0);
            store.requeue("a", false);
            Job again = store.find("a").orElseThrow();
            assertThat(again.attempts()).isEqualTo(1);
            assertThat(again.status()).isEqualTo(JobStatus.QUEUED);
            assertThat(again.started()).isEmpty();
            assertThat(store.cancelQueued("a", T0)).isTrue();
            assertThat(store.find("a").orElseThrow().status()).isEqualTo(JobStatus.CANCELLED);
        }
    }

    @Test
    void recordsSurviveReopeningInSubmissionOrder() {
        try (JdbcJobStore store = JdbcJobStore.embedded(folder)) {
            store.insert(Job.queued("late", "run", T0.plusSeconds(5), "{}"));
            store.insert(Job.queued("early", "run", T0, "{}"));
            store.insert(Job.queued("running", "run", T0.plusSeconds(1), "{}"));
            store.claim("running", T0.plusSeconds(2));
        }
        try (JdbcJobStore store = JdbcJobStore.embedded(folder)) {
            assertThat(store.withStatus(JobStatus.QUEUED)).extracting(Job::id).containsExactly("early", "late");
            assertThat(store.withStatus(JobStatus.RUNNING)).extracting(Job::id).containsExactly("running");
            assertThat(store.count(JobStatus.QUEUED)).isEqualTo(2);
            assertThat(store.recent(2)).extracting(Job::id).containsExactly("late", "running");
        }
    }
}
