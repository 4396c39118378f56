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
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The job kinds beyond a single run, over real HTTP on loopback: sweeps, reverse stress tests and
 * rules diffs as queued jobs (status, files, refusals with diagnostics, 401, 413), and the
 * warnings of a run's scenario in its submit response and status.
 */
class JobKindsTest {
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static Path data;
    private static GramServer server;
    private static Client client;

    @BeforeAll
    static void start() throws IOException {
        data = Files.createTempDirectory("gram-kinds-test");
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

    private static String reference() throws IOException {
        return Files.readString(Repo.root().resolve("scenario-library/reference-v1.gram"));
    }

    private static JsonNode accepted(HttpResponse<String> response, String kind) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode job = Client.json(response);
        assertThat(job.get("kind").textValue()).isEqualTo(kind);
        assertThat(job.get("status").textValue()).isEqualTo("queued");
        return job;
    }

    private static JsonNode done(JsonNode queued) throws IOException, InterruptedException {
        JsonNode done = client.awaitFinal(queued.get("id").textValue(), Duration.ofMinutes(3));
        assertThat(done.get("status").textValue()).as(done.toString()).isEqualTo("done");
        assertThat(done.get("progress").doubleValue()).isEqualTo(1.0);
        return done;
    }

    private static List<String> files(String id) throws IOException, InterruptedException {
        List<String> names = new ArrayList<>();
        Client.json(client.get("/api/v1/runs/" + id + "/files"))
                .get("files")
                .forEach(name -> names.add(name.textValue()));
        return names;
    }

    private static String code(HttpResponse<String> response) throws IOException {
        return Client.json(response).get("diagnostics").get(0).get("code").textValue();
    }

    // ---- sweeps

    /** A scenario with a sweep was refused with S301; now it is a job of its own kind with every point's files. */
    @Test
    void aSweepRunsEveryPointAndServesEachPointsFiles() throws Exception {
        String swept = reference().replace("  seed 20260101\n", "  seed 20260101\n  sweep fee in 0.25%, 1%\n");
        JsonNode queued = accepted(
                client.post("/api/v1/runs", Map.of("scenario", swept, "name", "swept.gram", "paths", 100, "seed", 3)),
                "sweep");
        String id = queued.get("id").textValue();
        JsonNode done = done(queued);
        assertThat(done.get("summary").get("points").intValue()).isEqualTo(2);
        assertThat(files(id)).contains("grid.csv", "manifest.json", "points/001/summary.csv", "points/002/metrics.csv");
        String grid = client.get("/api/v1/runs/" + id + "/files/grid.csv").body();
        assertThat(grid.lines().count()).isEqualTo(3); // a header and one row per point
        HttpResponse<String> point = client.get("/api/v1/runs/" + id + "/files/points/002/summary.csv");
        assertThat(point.statusCode()).isEqualTo(200);
        assertThat(point.body()).contains("paths");
        assertThat(client.get("/api/v1/runs/" + id + "/files/points/../../input/swept.gram")
                        .statusCode())
                .isIn(400, 404);
    }

    // ---- reverse stress tests

    @Test
    void aReverseStressTestScansTheGridAndPublishesItsAnswer() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("library", "reference-v1");
        body.put("paths", 100);
        body.put("seed", 5);
        body.put("shock", "Two-day drop");
        body.put("until", "share_max_discount_above_10pct >= 50%");
        body.put("from", "0%");
        body.put("to", 0.4);
        body.put("steps", 2);
        body.put("bisections", 1);
        JsonNode queued = accepted(client.post("/api/v1/reverse", body), "reverse");
        String id = queued.get("id").textValue();
        JsonNode done = done(queued);
        assertThat(done.get("settings").get("shock").textValue()).isEqualTo("Two-day drop");
        assertThat(files(id)).containsExactly("reverse.json");
        JsonNode answer = Client.json(client.get("/api/v1/runs/" + id + "/files/reverse.json"));
        assertThat(answer.get("shock").textValue()).isEqualTo("Two-day drop");
        assertThat(answer.get("paths").intValue()).isEqualTo(100);
        assertThat(answer.get("seed").longValue()).isEqualTo(5);
        JsonNode grid = answer.get("grid");
        assertThat(grid).hasSize(3);
        assertThat(grid.get(0).get("size").doubleValue()).isEqualTo(0.0);
        assertThat(grid.get(2).get("size").doubleValue()).isEqualTo(0.4);
        // Each crossing costs one bisection run beyond the grid's three.
        assertThat(answer.get("runs").intValue())
                .isEqualTo(3 + answer.get("crossings").size());
        assertThat(done.get("summary").get("runs").intValue())
                .isEqualTo(answer.get("runs").intValue());
    }

    /** A reverse test is stopped between two simulated days, like a run, and keeps no files. */
    @Test
    void aRunningReverseTestCanBeCancelled() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(Map.of(
                "library",
                "reference-v1",
                "paths",
                20_000,
                "shock",
                "Two-day drop",
                "until",
                "share_max_discount_above_10pct >= 50%"));
        String id = accepted(client.post("/api/v1/reverse", body), "reverse")
                .get("id")
                .textValue();
        client.awaitRunning(id, Duration.ofMinutes(3));
        assertThat(client.delete("/api/v1/runs/" + id).statusCode()).isEqualTo(202);
        JsonNode ended = client.awaitFinal(id, Duration.ofMinutes(1));
        assertThat(ended.get("status").textValue()).isEqualTo("cancelled");
        assertThat(files(id)).isEmpty();
    }

    @Test
    void aBadReverseRequestIs400WithDiagnostics() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(Map.of(
                "library", "reference-v1", "paths", 100, "shock", "Two-day drop", "until", "no_such_metric >= 1"));
        HttpResponse<String> metric = client.post("/api/v1/reverse", body);
        assertThat(metric.statusCode()).isEqualTo(400);
        assertThat(Client.json(metric).get("diagnostics").get(0).get("message").textValue())
                .contains("no_such_metric");

        body.put("until", "share_max_discount_above_10pct >= 50%");
        body.put("shock", "No such shock");
        HttpResponse<String> shock = client.post("/api/v1/reverse", body);
        assertThat(shock.statusCode()).isEqualTo(400);
        assertThat(code(shock)).isEqualTo("S301");
        assertThat(Client.json(shock).get("error").textValue()).contains("'Two-day drop'");

        body.put("shock", "Two-day drop");
        body.put("steps", 1000);
        HttpResponse<String> steps = client.post("/api/v1/reverse", body);
        assertThat(steps.statusCode()).isEqualTo(400);
        assertThat(Client.json(steps).get("error").textValue())
                .contains("'steps' must be a whole number from 1 to 100");

        body.put("steps", 2);
        body.put("to", 1.5);
        HttpResponse<String> drop = client.post("/api/v1/reverse", body);
        assertThat(drop.statusCode()).isEqualTo(400);
        assertThat(Client.json(drop).get("error").textValue()).contains("below 100%");

        body.remove("to");
        body.remove("until");
        HttpResponse<String> missing = client.post("/api/v1/reverse", body);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(Client.json(missing).get("error").textValue()).contains("'until' is required");

        HttpResponse<String> unknown =
                client.post("/api/v1/reverse", Map.of("library", "reference-v1", "shock", "x", "until", "y", "z", 1));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Client.json(unknown).get("error").textValue()).contains("unknown field 'z'");
        assertThat(client.withToken(null).post("/api/v1/reverse", body).statusCode())
                .isEqualTo(401);
    }

    // ---- rules diffs

    /**
     * The reference rules against an uploaded copy of themselves: both runs are the same path for
     * path, so every paired difference is exactly 0 and each rule changed levers as often in both.
     */
    @Test
    void aRulesDiffOfTheReferenceRulesAndTheirUploadedCopyFindsNoDifference() throws Exception {
        Map<String, String> copy = new LinkedHashMap<>();
        for (String name : List.of("minting.drl", "redemption-fee.drl")) {
            copy.put(
                    name,
                    Files.readString(Repo.root().resolve("rules/reference").resolve(name)));
        }
        JsonNode queued = accepted(
                client.post(
                        "/api/v1/rules-diff",
                        Map.of(
                                "library",
                                "reference-v1",
                                "paths",
                                120,
                                "seed",
                                9,
                                "rules_a",
                                List.of("reference"),
                                "rules_b",
                                copy)),
                "rules-diff");
        String id = queued.get("id").textValue();
        JsonNode done = done(queued);
        assertThat(done.get("summary").get("paths").intValue()).isEqualTo(120);
        assertThat(files(id)).containsExactly("compare.csv", "rules-diff.json");
        JsonNode diff = Client.json(client.get("/api/v1/runs/" + id + "/files/rules-diff.json"));
        assertThat(diff.get("rules_b").toString()).contains("rules-b/minting.drl");
        int compared = 0;
        for (JsonNode row : diff.get("rows")) {
            if (!row.get("difference").isNull()) {
                assertThat(row.get("difference").doubleValue())
                        .as(row.get("metric").textValue())
                        .isEqualTo(0.0);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(5);
        assertThat(diff.get("rule_changes")).isNotEmpty();
        for (JsonNode change : diff.get("rule_changes")) {
            assertThat(change.get("in").textValue()).isEqualTo("both");
            assertThat(change.get("b")).isEqualTo(change.get("a"));
        }
    }

    @Test
    void aBadRulesDiffIs400WithDiagnostics() throws Exception {
        HttpResponse<String> outside = client.post(
                "/api/v1/rules-diff",
                Map.of("library", "reference-v1", "rules_a", List.of("../../etc"), "rules_b", List.of("reference")));
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(code(outside)).isEqualTo("S101");

        HttpResponse<String> escape = client.post(
                "/api/v1/rules-diff",
                Map.of(
                        "library",
                        "reference-v1",
                        "rules_a",
                        List.of("reference"),
                        "rules_b",
                        Map.of("evil.drl", "package mine;\nrule \"x\"\nwhen\nthen\n  System.exit(1);\nend\n")));
        assertThat(escape.statusCode()).isEqualTo(400);
        JsonNode refused = Client.json(escape).get("diagnostics").get(0);
        assertThat(refused.get("code").textValue()).isEqualTo("S201");
        assertThat(refused.get("file").textValue()).isEqualTo("rules-b/evil.drl");
        assertThat(refused.get("line").intValue()).isEqualTo(5);

        HttpResponse<String> name = client.post(
                "/api/v1/rules-diff",
                Map.of("library", "reference-v1", "rules_a", List.of("reference"), "rules_b", Map.of("../x.drl", "")));
        assertThat(name.statusCode()).isEqualTo(400);
        assertThat(code(name)).isEqualTo("S102");

        HttpResponse<String> broken = client.post(
                "/api/v1/rules-diff",
                Map.of(
                        "library",
                        "reference-v1",
                        "rules_a",
                        List.of("reference"),
                        "rules_b",
                        Map.of("broken.drl", "package mine;\nrule \"x\"\nwhen\n  $d : TokenDay(\nthen\nend\n")));
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(Client.json(broken).get("diagnostics").get(0).get("file").textValue())
                .isEqualTo("rules-b/broken.drl");

        HttpResponse<String> missing =
                client.post("/api/v1/rules-diff", Map.of("library", "reference-v1", "rules_a", List.of("reference")));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(Client.json(missing).get("error").textValue()).contains("'rules_b' is required");
        assertThat(client.withToken(null)
                        .post("/api/v1/rules-diff", Map.of("library", "reference-v1"))
                        .statusCode())
                .isEqualTo(401);
    }

    // ---- every new job route

    @Test
    void bodiesOverTheLimitAre413OnEveryJobRoute() throws Exception {
        String huge = "{\"scenario\": \"" + "x".repeat(300 * 1024) + "\"}";
        for (String route : List.of("/api/v1/reverse", "/api/v1/rules-diff", "/api/v1/compare")) {
            // The service reads and drops a refused body (up to 16 MB), so the client reads the 413.
            HttpResponse<String> response = client.withToken(server.token()).post(route, huge);
            assertThat(response.statusCode()).as(route).isEqualTo(413);
        }
    }

    // ---- warnings

    /** A shock after the horizon is a warning of gram check; the run goes ahead and says so. */
    @Test
    void aRunsWarningsAreInItsSubmitResponseAndStatus() throws Exception {
        String late = reference().replace("over 2 days at day 10", "over 2 days at day 400");
        HttpResponse<String> submitted =
                client.post("/api/v1/runs", Map.of("scenario", late, "name", "late.gram", "paths", 50));
        JsonNode queued = accepted(submitted, "run");
        JsonNode warning = queued.get("warnings").get(0);
        assertThat(warning.get("severity").textValue()).isEqualTo("warning");
        assertThat(warning.get("file").textValue()).isEqualTo("late.gram");
        assertThat(warning.get("message").textValue()).contains("after the horizon");
        JsonNode checked = Client.json(client.post("/api/v1/check", Map.of("scenario", late, "name", "late.gram")));
        assertThat(checked.get("diagnostics")).isEqualTo(queued.get("warnings"));
        JsonNode done = done(queued);
        assertThat(done.get("warnings")).isEqualTo(queued.get("warnings"));

        HttpResponse<String> clean = client.post("/api/v1/runs", Map.of("library", "reference-v1", "paths", 50));
        assertThat(Client.json(clean).get("warnings")).isEmpty();
    }
}
