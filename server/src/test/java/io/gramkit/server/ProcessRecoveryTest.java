package io.gramkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service as a process of its own ({@link ServerMain}, configured by the environment), killed
 * with SIGKILL or stopped with SIGTERM mid-run and started again on the same data folder.
 */
class ProcessRecoveryTest {
    private Path data;
    private Process process;

    @BeforeEach
    void folder() throws IOException {
        data = Files.createTempDirectory("gram-recovery-test");
    }

    @AfterEach
    void cleanUp() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
        Folders.deleteTree(data);
    }

    /** Starts the service on a free port; returns a client once it listens. */
    private Client start(long drainSeconds) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ServerMain.class.getName());
        builder.environment().put("GRAM_PORT", "0");
        builder.environment().put("GRAM_DATA", data.toString());
        builder.environment().put("GRAM_LIBRARY", Repo.root().toString());
        builder.environment().put("GRAM_WORKERS", "1");
        builder.environment().put("GRAM_DRAIN_SECONDS", Long.toString(drainSeconds));
        builder.redirectErrorStream(true);
        process = builder.start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.contains("\"event\":\"listening\"")) {
                        String url = Json.MAPPER.readTree(line).get("url").textValue();
                        // Keep draining the output so the process never blocks on a full pipe.
                        Thread drain = new Thread(() -> {
                            try {
                                out.lines().forEach(ignored -> {});
                            } catch (java.io.UncheckedIOException e) {
                                // the process was killed
                            }
                        });
                        drain.setDaemon(true);
                        drain.start();
                        return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
                    }
                }
                throw new IllegalStateException("the service ended before it listened");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try {
            int listening = port.get(90, TimeUnit.SECONDS);
            return new Client(listening, Files.readString(data.resolve("token")).strip());
        } catch (Exception e) {
            throw new AssertionError("the service did not start", e);
        }
    }

    private static String submit(Client client, int paths) throws IOException, InterruptedException {
        var response = client.post("/api/v1/runs", Map.of("library", "reference-v1", "paths", paths, "seed", 11));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return Client.json(response).get("id").textValue();
    }

    @Test
    void killDashNineLosesNothingAndResumesTheRunInFlight() throws Exception {
        Client client = start(20);
        String finished = submit(client, 300);
        assertThat(client.awaitFinal(finished, Duration.ofMinutes(2))
                        .get("status")
                        .textValue())
                .isEqualTo("done");
        Map<String, String> filesBefore = hashes(finished);

        String inFlight = submit(client, 5_000);
        String waiting = submit(client, 200);
        client.awaitRunning(inFlight, Duration.ofMinutes(2));
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs

        client = start(20);
        // The finished run and its files are as they were.
        JsonNode done = Client.json(client.get("/api/v1/runs/" + finished));
        assertThat(done.get("status").textValue()).isEqualTo("done");
        assertThat(hashes(finished)).isEqualTo(filesBefore);
        // The run in flight starts again from the beginning, then the one that waited runs.
        JsonNode resumed = client.awaitFinal(inFlight, Duration.ofMinutes(3));
        assertThat(resumed.get("status").textValue()).as(resumed.toString()).isEqualTo("done");
        assertThat(resumed.get("attempts").intValue()).isEqualTo(2);
        assertThat(resumed.get("summary").get("paths").intValue()).isEqualTo(5_000);
        JsonNode queued = client.awaitFinal(waiting, Duration.ofMinutes(2));
        assertThat(queued.get("status").textValue()).isEqualTo("done");
        assertThat(queued.get("attempts").intValue()).isEqualTo(1);
        // Nothing half-written is left behind.
        try (Stream<Path> files = Files.walk(data.resolve("jobs"))) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.contains("partial") || name.contains("staging"));
        }
    }

    @Test
    void sigtermPutsTheRunningRunBackInTheQueue() throws Exception {
        Client client = start(0);
        String running = submit(client, 5_000);
        client.awaitRunning(running, Duration.ofMinutes(2));
        process.destroy(); // SIGTERM: the shutdown hook drains (0 s here), then re-queues
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        client = start(0);
        JsonNode finished = client.awaitFinal(running, Duration.ofMinutes(3));
        assertThat(finished.get("status").textValue()).isEqualTo("done");
        // A shutdown is not a crash: the stopped attempt is not counted.
        assertThat(finished.get("attempts").intValue()).isEqualTo(1);
    }

    private Map<String, String> hashes(String id) throws IOException {
        Path results = data.resolve("jobs").resolve(id).resolve("results");
        Map<String, String> hashes = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path file : files.sorted().toList()) {
                hashes.put(file.getFileName().toString(), sha256(Files.readAllBytes(file)));
            }
        }
        assertThat(hashes).containsKeys("paths.csv", "manifest.json", "report.html");
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
