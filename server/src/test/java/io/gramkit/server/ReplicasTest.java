package io.gramkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two service processes on one real PostgreSQL and one shared job files folder: every job is
 * started exactly once (their logs say who started what), and {@code kill -9} of the replica
 * running a job loses nothing: the other re-queues it when its lease runs out and runs it.
 */
class ReplicasTest {
    @TempDir
    Path shared;

    private final List<Process> processes = new ArrayList<>();
    private final List<String> started = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (Process process : processes) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process start(String url, String name, int[] port) throws IOException {
        Path data = Files.createDirectories(shared.resolve("data-" + name));
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ServerMain.class.getName());
        builder.environment().put("GRAM_PORT", "0");
        builder.environment().put("GRAM_DATA", data.toString());
        builder.environment().put("GRAM_LIBRARY", Repo.root().toString());
        builder.environment().put("GRAM_DATABASE_URL", url);
        builder.environment().put("GRAM_DATABASE_USER", "gram");
        builder.environment().put("GRAM_JOB_FILES", shared.resolve("jobs").toString());
        builder.environment().put("GRAM_REPLICA_ID", name);
        builder.environment().put("GRAM_LEASE_SECONDS", "3");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        processes.add(process);
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.contains("\"event\":\"listening\"")) {
                        String u = Json.MAPPER.readTree(line).get("url").textValue();
                        listening.complete(Integer.parseInt(u.substring(u.lastIndexOf(':') + 1)));
                    } else if (line.contains("\"event\":\"job_started\"")) {
                        started.add(Json.MAPPER.readTree(line).get("job").textValue());
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
            listening.completeExceptionally(new IllegalStateException("the service ended before it listened"));
        });
        reader.setDaemon(true);
        reader.start();
        try {
            port[0] = listening.get(90, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("replica " + name + " did not start", e);
        }
        return process;
    }

    private static String submit(Client client, int paths) throws IOException, InterruptedException {
        var response = client.post("/api/v1/runs", Map.of("library", "reference-v1", "paths", paths, "seed", 3));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return Client.json(response).get("id").textValue();
    }

    @Test
    void twoReplicasRunEachJobOnceAndTakeOverAKilledOnesJob() throws Exception {
        String url = TestPostgres.newDatabase();
        int[] portA = new int[1];
        int[] portB = new int[1];
        Process a = start(url, "replica-a", portA);
        Process b = start(url, "replica-b", portB);
        Client clientA = new Client(
                portA[0],
                Files.readString(shared.resolve("data-replica-a/token")).strip());
        Client clientB = new Client(
                portB[0],
                Files.readString(shared.resolve("data-replica-b/token")).strip());

        List<String> small = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            small.add(submit(i % 2 == 0 ? clientA : clientB, 100));
        }
        for (String id : small) {
            JsonNode run = clientA.awaitFinal(id, Duration.ofMinutes(3));
            assertThat(run.get("status").textValue()).as(run.toString()).isEqualTo("done");
            assertThat(run.get("attempts").intValue()).isEqualTo(1);
        }
        // Each job was started by exactly one replica, once.
        assertThat(started).containsExactlyInAnyOrderElementsOf(small);

        String long1 = submit(clientA, 5_000);
        JsonNode running = clientA.awaitRunning(long1, Duration.ofMinutes(2));
        String holder = running.get("replica").textValue();
        Process victim = holder.equals("replica-a") ? a : b;
        Client survivor = holder.equals("replica-a") ? clientB : clientA;
        victim.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL

        JsonNode finished = survivor.awaitFinal(long1, Duration.ofMinutes(3));
        assertThat(finished.get("status").textValue()).as(finished.toString()).isEqualTo("done");
        assertThat(finished.get("attempts").intValue()).isEqualTo(2);
        assertThat(finished.get("replica").textValue()).isNotEqualTo(holder);
        assertThat(finished.get("summary").get("paths").intValue()).isEqualTo(5_000);
    }
}
