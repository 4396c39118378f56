package io.gramkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every endpoint over real HTTP on loopback, against a service with the repository's libraries. */
class ApiTest {
    private static Path data;

    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static GramServer server;
    private static Client client;

    @BeforeAll
    static void start() throws IOException {
        data = Files.createTempDirectory("gram-api-test");
        ServerConfig config = ServerConfig.defaults()
                .withPort(0)
                .withData(data)
                .withLibrary(Repo.root())
                .withLimits(1, 10, 50_000, 256 * 1024);
        server = GramServer.start(config, new PrintStream(LOG, true, StandardCharsets.UTF_8));
        client = new Client(server.port(), server.token());
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        Folders.deleteTree(data);
    }

    // ---- operations and authentication

    @Test
    void healthReadinessAndMetricsAreOpen() throws Exception {
        Client anonymous = client.withToken(null);
        assertThat(anonymous.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/readyz").statusCode()).isEqualTo(200);
        client.get("/api/v1/library/scenarios");
        HttpResponse<String> metrics = anonymous.get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains(
                        "gram_http_requests_seconds_count{method=\"GET\",route=\"/api/v1/library/scenarios\",status=\"200\"}")
                .contains("gram_queue_depth")
                .contains("gram_path_steps_total")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void everyOtherEndpointNeedsTheToken() throws Exception {
        for (String path :
                List.of("/api/v1/openapi.json", "/api/v1/runs", "/api/v1/library/scenarios", "/api/v1/nowhere")) {
            HttpResponse<String> missing = client.withToken(null).get(path);
            HttpResponse<String> wrong =
                    client.withToken("not-the-token-at-all").get(path);
            assertThat(missing.statusCode()).as(path).isEqualTo(401);
            assertThat(wrong.statusCode()).as(path).isEqualTo(401);
            assertThat(missing.headers().firstValue("WWW-Authenticate")).contains("Bearer");
            assertThat(Client.json(missing).get("error").textValue()).contains("Authorization: Bearer");
        }
        HttpResponse<String> post = client.withToken(null).post("/api/v1/check", Map.of("library", "reference-v1"));
        assertThat(post.statusCode()).isEqualTo(401);
    }

    @Test
    void theTokenFileIsTheOwnersAlone() throws Exception {
        Path file = data.resolve("token");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(file).strip()).isEqualTo(server.token()).hasSize(64);
    }

    @Test
    void theOpenApiDocumentDescribesEveryRoute() throws Exception {
        JsonNode doc = Client.json(client.get("/api/v1/openapi.json"));
        assertThat(doc.get("openapi").textValue()).startsWith("3.");
        List<String> described = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                described.add(method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
            }
        }
        List<String> served = server.routes().stream()
                .map(r -> r.replaceAll("<(\\w+)>", "{$1}"))
                .toList();
        assertThat(described).containsExactlyInAnyOrderElementsOf(served);
    }

    // ---- check

    @Test
    void checkAcceptsALibraryScenario() throws Exception {
        HttpResponse<String> response = client.post("/api/v1/check", Map.of("library", "reference-v1"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Client.json(response).get("ok").booleanValue()).isTrue();
    }

    @Test
    void checkReportsDiagnosticsWithTheirPlace() throws Exception {
        String broken = library("reference-v1").replaceFirst("reserves ", "reservez ");
        HttpResponse<String> response = client.post("/api/v1/check", Map.of("scenario", broken, "name", "q1.gram"));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = Client.json(response);
        assertThat(body.get("ok").booleanValue()).isFalse();
        JsonNode first = body.get("diagnostics").get(0);
        assertThat(first.get("file").textValue()).isEqualTo("q1.gram");
        assertThat(first.get("severity").textValue()).isEqualTo("error");
        int line = lineOf(broken, "reservez");
        assertThat(first.get("line").intValue()).isEqualTo(line);
        assertThat(first.get("column").intValue()).isPositive();
        assertThat(first.get("code").textValue()).matches("G[0-9]{3}");
    }

    @Test
    void checkNamesRuleFilesAsTheUserKnowsThem() throws Exception {
        String scenario = library("reference-v1").replace("rules \"../rules/reference\"", "rules \"fees.drl\"");
        String drl =
                "package mine.fees;\nimport io.gramkit.rules.TokenDay;\nrule \"Broken\"\nwhen\n  $t : TokenDay( discount > )\nthen\nend\n";
        JsonNode body = Client.json(
                client.post("/api/v1/check", Map.of("scenario", scenario, "rules", Map.of("fees.drl", drl))));
        assertThat(body.get("ok").booleanValue()).isFalse();
        assertThat(body.get("diagnostics").get(0).get("file").textValue()).isEqualTo("fees.drl");
        assertThat(body.toString())
                .doesNotContain(data.toString())
                .doesNotContain(Repo.root().toString());
    }

    @Test
    void badJsonAndUnknownFieldsAre400WithDiagnostics() throws Exception {
        HttpResponse<String> notJson = client.post("/api/v1/check", "{\"scenario\": ");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(Client.json(notJson).get("diagnostics").get(0).get("code").textValue())
                .isEqualTo("S301");
        HttpResponse<String> unknown = client.post("/api/v1/runs", Map.of("library", "reference-v1", "pathz", 10));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Client.json(unknown).get("error").textValue()).contains("unknown field 'pathz'");
        HttpResponse<String> noScenario = client.post("/api/v1/runs", Map.of("library", "no-such-scenario"));
        assertThat(Client.json(noScenario).get("diagnostics").get(0).get("code").textValue())
                .isEqualTo("S103");
    }

    @Test
    void aBadScenarioIsRefusedWith400AndTheSameDiagnosticsAsCheck() throws Exception {
        String broken = library("reference-v1").replaceFirst("reserves ", "reservez ");
        HttpResponse<String> run = client.post("/api/v1/runs", Map.of("scenario", broken, "paths", 100));
        JsonNode checked = Client.json(client.post("/api/v1/check", Map.of("scenario", broken)));
        assertThat(run.statusCode()).isEqualTo(400);
        assertThat(Client.json(run).get("diagnostics")).isEqualTo(checked.get("diagnostics"));
        assertThat(run.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void pathsBeyondTheLimitAre400() throws Exception {
        HttpResponse<String> response = client.post("/api/v1/runs", Map.of("library", "reference-v1", "paths", 50_001));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Client.json(response).get("error").textValue()).contains("from 1 to 50000");
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        String huge = "{\"scenario\": \"" + "x".repeat(300 * 1024) + "\"}";
        HttpResponse<String> response = client.post("/api/v1/check", huge);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Client.json(response).get("error").textValue()).contains("at most");
    }

    @Test
    void unknownRunsFilesAndRoutesAre404() throws Exception {
        assertThat(client.get("/api/v1/runs/00000000-0000-0000-0000-000000000000")
                        .statusCode())
                .isEqualTo(404);
        assertThat(client.get("/api/v1/runs/not-an-id/files/paths.csv").statusCode())
                .isEqualTo(404);
        assertThat(client.get("/api/v1/runs/00000000-0000-0000-0000-000000000000/events")
                        .statusCode())
                .isEqualTo(404);
        assertThat(client.get("/api/v1/nowhere").statusCode()).isEqualTo(404);
        assertThat(client.get("/api/v1/library/scenarios/nothing-like-it").statusCode())
                .isEqualTo(404);
    }

    // ---- runs

    @Test
    void aRunGoesFromQueuedToDoneWithItsFilesAndSummary() throws Exception {
        HttpResponse<String> submitted =
                client.post("/api/v1/runs", Map.of("library", "reference-v1", "paths", 300, "seed", 7));
        assertThat(submitted.statusCode()).isEqualTo(202);
        JsonNode queued = Client.json(submitted);
        String id = queued.get("id").textValue();
        assertThat(queued.get("status").textValue()).isEqualTo("queued");
        assertThat(submitted.headers().firstValue("Location")).contains("/api/v1/runs/" + id);

        JsonNode done = client.awaitFinal(id, Duration.ofMinutes(2));
        assertThat(done.get("status").textValue()).as(done.toString()).isEqualTo("done");
        assertThat(done.get("progress").doubleValue()).isEqualTo(1.0);
        assertThat(done.get("summary").get("paths").intValue()).isEqualTo(300);
        assertThat(done.get("summary").get("seed").longValue()).isEqualTo(7);
        assertThat(done.get("started").textValue()).isNotNull();
        assertThat(done.get("finished").textValue()).isNotNull();

        JsonNode files = Client.json(client.get("/api/v1/runs/" + id + "/files"));
        List<String> names = new ArrayList<>();
        files.get("files").forEach(name -> names.add(name.textValue()));
        assertThat(names).contains("paths.csv", "metrics.csv", "summary.csv", "manifest.json", "report.html");
        HttpResponse<String> paths = client.get("/api/v1/runs/" + id + "/files/paths.csv");
        assertThat(paths.statusCode()).isEqualTo(200);
        assertThat(paths.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        // A header line and one line per path.
        assertThat(paths.body().lines().count()).isEqualTo(301);
        assertThat(client.get("/api/v1/runs/" + id + "/files/report.html").body())
                .contains("<html");
        assertThat(client.get("/api/v1/runs/" + id + "/files/..%2Ftoken").statusCode())
                .isIn(400, 404);
        assertThat(client.get("/api/v1/runs/" + id + "/files/input").statusCode())
                .isEqualTo(404);

        // The same seed and paths through the library give the summary gram run prints.
        assertThat(Client.json(client.get("/api/v1/runs")).get("runs").toString())
                .contains(id);
    }

    @Test
    void progressArrivesAsServerSentEventsUntilTheEnd() throws Exception {
        String id = Client.json(client.post("/api/v1/runs", Map.of("library", "reference-v1", "paths", 2_000)))
                .get("id")
                .textValue();
        HttpResponse<Stream<String>> events = client.stream("/api/v1/runs/" + id + "/events");
        assertThat(events.statusCode()).isEqualTo(200);
        assertThat(events.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<String> lines;
        try (Stream<String> body = events.body()) {
            lines = body.toList();
        }
        List<String> names = lines.stream()
                .filter(l -> l.startsWith("event:"))
                .map(l -> l.substring(6).strip())
                .toList();
        assertThat(names).contains("progress").last().isEqualTo("end");
        String end = lines.get(lines.lastIndexOf("event: end") + 1);
        assertThat(end).startsWith("data:").contains("\"status\":\"done\"");
    }

    @Test
    void cancellingStopsARunningRunAndDropsAQueuedOne() throws Exception {
        String running = Client.json(client.post("/api/v1/runs", Map.of("library", "reference-v1", "paths", 50_000)))
                .get("id")
                .textValue();
        String waiting = Client.json(client.post("/api/v1/runs", Map.of("library", "reference-v1", "paths", 100)))
                .get("id")
                .textValue();
        client.awaitRunning(running, Duration.ofMinutes(2));

        HttpResponse<String> dropped = client.delete("/api/v1/runs/" + waiting);
        assertThat(dropped.statusCode()).isEqualTo(202);
        assertThat(Client.json(dropped).get("status").textValue()).isEqualTo("cancelled");

        assertThat(client.delete("/api/v1/runs/" + running).statusCode()).isEqualTo(202);
        JsonNode stopped = client.awaitFinal(running, Duration.ofMinutes(1));
        assertThat(stopped.get("status").textValue()).isEqualTo("cancelled");
        assertThat(stopped.get("progress").doubleValue()).isLessThan(1.0);
        assertThat(Client.json(client.get("/api/v1/runs/" + running + "/files")).get("files"))
                .isEmpty();
        assertThat(client.delete("/api/v1/runs/" + running).statusCode()).isEqualTo(409);
    }

    // ---- library

    @Test
    void theLibrariesAreListedAndReadable() throws Exception {
        JsonNode scenarios = Client.json(client.get("/api/v1/library/scenarios"));
        assertThat(scenarios.get("scenarios").toString()).contains("\"reference-v1\"");
        assertThat(client.get("/api/v1/library/scenarios/reference-v1").body()).isEqualTo(library("reference-v1"));
        JsonNode rules = Client.json(client.get("/api/v1/library/rules"));
        assertThat(rules.get("files").toString())
                .contains("\"reference/minting.drl\"", "\"library/circuit-breaker.drl\"");
        assertThat(client.get("/api/v1/library/rules/reference/minting.drl").body())
                .isEqualTo(Files.readString(Repo.root().resolve("rules/reference/minting.drl")));
        for (String escape : List.of(
                "/api/v1/library/rules/..%2F..%2Fpom.xml",
                "/api/v1/library/rules/../../pom.xml",
                "/api/v1/library/rules/%2e%2e/%2e%2e/pom.xml",
                "/api/v1/library/scenarios/..%2Fpom.xml")) {
            HttpResponse<String> response = client.get(escape);
            assertThat(response.statusCode()).as(escape).isIn(400, 401, 404);
            assertThat(response.body()).as(escape).doesNotContain("<project");
        }
    }

    // ---- logs

    @Test
    void everyRequestIsLoggedAsJsonWithItsRequestId() throws Exception {
        HttpResponse<String> response = client.http(client.request("/api/v1/library/scenarios")
                .header("X-Request-Id", "trace-me-42")
                .GET()
                .build());
        assertThat(response.headers().firstValue("X-Request-Id")).contains("trace-me-42");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : LOG.toString(StandardCharsets.UTF_8).lines().toList()) {
            lines.add(Json.MAPPER.readTree(line));
        }
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.get("event").textValue()).isEqualTo("request");
            assertThat(line.get("request_id").textValue()).isEqualTo("trace-me-42");
            assertThat(line.get("route").textValue()).isEqualTo("/api/v1/library/scenarios");
            assertThat(line.get("status").intValue()).isEqualTo(200);
        });
        assertThat(lines)
                .allSatisfy(line ->
                        assertThat(line.has("time") && line.has("level")).isTrue());
    }

    static String library(String name) throws IOException {
        return Files.readString(Repo.root().resolve("scenario-library").resolve(name + ".gram"));
    }

    static int lineOf(String text, String word) {
        return text.substring(0, text.indexOf(word)).split("\n", -1).length;
    }
}
