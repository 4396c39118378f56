package io.gramkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finished jobs expire after the retention: their record and their folder are deleted (at start,
 * then hourly); younger jobs, and every job when the retention is 0, are kept.
 */
class RetentionTest {
    @TempDir
    Path data;

    private GramServer start(int retentionDays) throws Exception {
        ServerConfig config = ServerConfig.defaults()
                .withPort(0)
                .withData(data)
                .withLibrary(Repo.root())
                .withRetentionDays(retentionDays);
        return GramServer.start(config, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    }

    private String run(Client client) throws Exception {
        String id = Client.json(client.post("/api/v1/runs", Map.of("library", "reference-v1", "paths", 40)))
                .get("id")
                .textValue();
        assertThat(client.awaitFinal(id, Duration.ofMinutes(2)).get("status").textValue())
                .isEqualTo("done");
        return id;
    }

    /** Moves a job's end back in time, as if it had finished {@code days} ago. */
    private void finishedDaysAgo(String id, int days) throws Exception {
        String url = "jdbc:h2:file:" + data.resolve("db").resolve("jobs").toAbsolutePath();
        try (Connection db = DriverManager.getConnection(url, "gram", "");
                PreparedStatement update = db.prepareStatement("UPDATE jobs SET finished = ? WHERE id = ?")) {
            update.setLong(1, Instant.now().minus(Duration.ofDays(days)).toEpochMilli());
            update.setString(2, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void jobsOlderThanTheRetentionAreDeletedWithTheirFilesAndYoungerOnesKept() throws Exception {
        String old;
        String young;
        try (GramServer server = start(30)) {
            Client client = new Client(server.port(), server.token());
            old = run(client);
            young = run(client);
        }
        finishedDaysAgo(old, 31);
        finishedDaysAgo(young, 29);

        // Retention 0 keeps everything.
        try (GramServer server = start(0)) {
            Client client = new Client(server.port(), server.token());
            assertThat(client.get("/api/v1/runs/" + old).statusCode()).isEqualTo(200);
        }
        assertThat(data.resolve("jobs").resolve(old)).isDirectory();

        try (GramServer server = start(30)) {
            Client client = new Client(server.port(), server.token());
            assertThat(client.get("/api/v1/runs/" + old).statusCode()).isEqualTo(404);
            assertThat(Files.exists(data.resolve("jobs").resolve(old))).isFalse();
            assertThat(client.get("/api/v1/runs/" + young).statusCode()).isEqualTo(200);
            assertThat(client.get("/api/v1/runs/" + young + "/files/summary.csv")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(Client.json(client.get("/api/v1/runs")).get("runs")).hasSize(1);
        }
    }
}
