package io.gramkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.server.jobs.JdbcJobStore;
import io.gramkit.server.jobs.Job;
import io.gramkit.server.jobs.JobStatus;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A full queue is 429, and a shutdown with no time to drain puts the running run back in the queue. */
class LimitsTest {

    @Test
    void aFullQueueRefusesAndAShutdownRequeues() throws Exception {
        Path data = Files.createTempDirectory("gram-limits-test");
        try {
            ServerConfig config = ServerConfig.defaults()
                    .withPort(0)
                    .withData(data)
                    .withLibrary(Repo.root())
                    .withLimits(1, 1, 100_000, 1 << 20)
                    .withTimes(600, 0, 2);
            GramServer server = GramServer.start(
                    config, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
            String running;
            String waiting;
            try {
                Client client = new Client(server.port(), server.token());
                running = Client.json(client.post("/api/v1/runs", Map.of("library", "reference-v1", "paths", 50_000)))
                        .get("id")
                        .textValue();
                client.awaitRunning(running, Duration.ofMinutes(2));
                HttpResponse<String> queued =
                        client.post("/api/v1/runs", Map.of("library", "reference-v1", "paths", 100));
                assertThat(queued.statusCode()).isEqualTo(202);
                waiting = Client.json(queued).get("id").textValue();

                HttpResponse<String> refused =
                        client.post("/api/v1/runs", Map.of("library", "reference-v1", "paths", 100));
                assertThat(refused.statusCode()).isEqualTo(429);
                assertThat(refused.headers().firstValue("Retry-After")).isPresent();
                assertThat(Client.json(refused).get("error").textValue()).contains("1 runs are waiting");
            } finally {
                server.close();
            }
            try (JdbcJobStore store = JdbcJobStore.embedded(data.resolve("db"))) {
                Job stopped = store.find(running).orElseThrow();
                assertThat(stopped.status()).isEqualTo(JobStatus.QUEUED);
                assertThat(stopped.attempts()).isZero();
                assertThat(store.find(waiting).orElseThrow().status()).isEqualTo(JobStatus.QUEUED);
                assertThat(store.count(JobStatus.QUEUED)).isEqualTo(2);
            }
            assertThat(data.resolve("jobs").resolve(running).resolve("results")).doesNotExist();
        } finally {
            Folders.deleteTree(data);
        }
    }

    @Test
    void theEnvironmentConfiguresEverySetting() {
        ServerConfig config = ServerConfig.fromEnvironment(Map.ofEntries(
                Map.entry("GRAM_HOST", "0.0.0.0"),
                Map.entry("GRAM_PORT", "9090"),
                Map.entry("GRAM_DATA", "/srv/gram"),
                Map.entry("GRAM_LIBRARY", "/opt/gram"),
                Map.entry("GRAM_WORKERS", "3"),
                Map.entry("GRAM_QUEUE", "7"),
                Map.entry("GRAM_MAX_PATHS", "1000"),
                Map.entry("GRAM_MAX_BODY_BYTES", "4096"),
                Map.entry("GRAM_MAX_RUN_SECONDS", "30"),
                Map.entry("GRAM_DRAIN_SECONDS", "5"),
                Map.entry("GRAM_MAX_ATTEMPTS", "4"),
                Map.entry("GRAM_RETENTION_DAYS", "9")));
        assertThat(config)
                .isEqualTo(new ServerConfig(
                        "0.0.0.0", 9090, Path.of("/srv/gram"), Path.of("/opt/gram"), 3, 7, 1000, 4096, 30, 5, 4, 9));
        assertThat(ServerConfig.fromEnvironment(Map.of())).isEqualTo(ServerConfig.defaults());
    }
}
