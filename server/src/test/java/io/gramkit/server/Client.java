package io.gramkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A plain HTTP client for the service on loopback, as a user's script would be. */
final class Client {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String token;

    Client(int port, String token) {
        this.base = "http://127.0.0.1:" + port;
        this.token = token;
    }

    Client withToken(String other) {
        return new Client(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), other);
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> http(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return http.send(request(path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(
                request(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, Object> body) throws IOException, InterruptedException {
        return post(path, Json.write(body));
    }

    HttpResponse<java.util.stream.Stream<String>> stream(String path) throws IOException, InterruptedException {
        return http.send(
                request(path).header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.MAPPER.readTree(response.body());
    }

    /** Polls a run until its status is final; fails after {@code timeout}. */
    JsonNode awaitFinal(String id, Duration timeout) throws IOException, InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode run = json(get("/api/v1/runs/" + id));
            String status = run.get("status").textValue();
            if (!status.equals("queued") && !status.equals("running")) {
                return run;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("run " + id + " still " + status + " after " + timeout + ": " + run);
            }
            Thread.sleep(100);
        }
    }

    /** Polls a run until it is running with some progress. */
    JsonNode awaitRunning(String id, Duration timeout) throws IOException, InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode run = json(get("/api/v1/runs/" + id));
            if (run.get("status").textValue().equals("running")
                    && run.get("progress").doubleValue() > 0) {
                return run;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("run " + id + " not running after " + timeout + ": " + run);
            }
            Thread.sleep(50);
        }
    }
}
