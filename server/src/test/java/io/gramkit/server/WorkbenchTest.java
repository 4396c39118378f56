package io.gramkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gramkit.server.web.SecurityHeaders;
import io.gramkit.server.web.Workbench;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbench's page and assets, the security headers on every kind of response, and the two
 * endpoints the workbench added (format, compare), over real HTTP on loopback.
 */
class WorkbenchTest {
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static Path data;
    private static GramServer server;
    private static Client client;
    /** Two runs of reference-v1, 150 paths, seed 11: one on the reference rules, one with a changed rule set. */
    private static String runA;

    private static String runB;

    @BeforeAll
    static void start() throws Exception {
        data = Files.createTempDirectory("gram-workbench-test");
        ServerConfig config = ServerConfig.defaults()
                .withPort(0)
                .withData(data)
                .withLibrary(Repo.root())
                .withLimits(1, 10, 50_000, 256 * 1024);
        server = GramServer.start(config, new PrintStream(LOG, true, StandardCharsets.UTF_8));
        client = new Client(server.port(), server.token());
        runA = submit(Map.of("library", "reference-v1", "paths", 150, "seed", 11));
        runB = submit(Map.of("library", "reference-v1", "paths", 150, "seed", 11));
        client.awaitFinal(runA, Duration.ofMinutes(3));
        client.awaitFinal(runB, Duration.ofMinutes(3));
    }

    private static String submit(Map<String, Object> body) throws IOException, InterruptedException {
        HttpResponse<String> response = client.post("/api/v1/runs", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return Client.json(response).get("id").textValue();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        Folders.deleteTree(data);
    }

    // ---- the page

    @Test
    void thePageAndItsAssetsAreServedWithoutAToken() throws Exception {
        Client anonymous = client.withToken(null);
        HttpResponse<String> page = anonymous.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<title>Gram workbench</title>");
        for (String asset : Workbench.assets()) {
            HttpResponse<String> response = anonymous.get(Workbench.ASSETS + asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
        }
        assertThat(anonymous.get("/workbench/secrets.txt").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/workbench/../api/v1/runs").statusCode()).isNotEqualTo(200);
    }

    /** Every src and href of the page names the service's own files; no text names another origin. */
    @Test
    void thePageAndItsAssetsReferenceNoOtherOrigin() throws Exception {
        Client anonymous = client.withToken(null);
        String page = anonymous.get("/").body();
        Matcher reference = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(page);
        List<String> references = new ArrayList<>();
        while (reference.find()) {
            references.add(reference.group(1));
        }
        assertThat(references).isNotEmpty();
        for (String target : references) {
            if (target.equals("data:,")) {
                continue; // the empty favicon: no request at all
            }
            assertThat(target).as("a path on this service").startsWith("/").doesNotStartWith("//");
            assertThat(anonymous.get(target).statusCode()).as(target).isEqualTo(200);
        }
        List<String> texts = new ArrayList<>(List.of(page));
        for (String asset : Workbench.assets()) {
            texts.add(anonymous.get(Workbench.ASSETS + asset).body());
        }
        for (String text : texts) {
            assertThat(text)
                    .doesNotContainPattern("(?i)https?:")
                    .doesNotContainPattern("(?i)(src|href|url)\\s*[=(]\\s*[\"']?//")
                    .doesNotContainPattern("(?i)@import")
                    .doesNotContainPattern("(?i)ws(s)?:");
        }
        // The page uses no inline script or style the policy would have to admit.
        assertThat(page)
                .doesNotContainPattern("<script>")
                .doesNotContainPattern("<style")
                .doesNotContain("style=");
    }

    // ---- headers on every response

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        Client anonymous = client.withToken(null);
        List<HttpResponse<?>> responses = new ArrayList<>();
        responses.add(anonymous.get("/"));
        for (String asset : Workbench.assets()) {
            responses.add(anonymous.get(Workbench.ASSETS + asset));
        }
        responses.add(anonymous.get("/healthz"));
        responses.add(anonymous.get("/readyz"));
        responses.add(anonymous.get("/metrics"));
        responses.add(anonymous.get("/api/v1/runs")); // 401
        responses.add(client.get("/api/v1/nowhere")); // 404
        responses.add(client.get("/favicon.ico"));
        responses.add(client.get("/api/v1/openapi.json"));
        responses.add(client.get("/api/v1/runs"));
        responses.add(client.get("/api/v1/runs/" + runA));
        responses.add(client.get("/api/v1/runs/" + runA + "/files"));
        responses.add(client.get("/api/v1/runs/" + runA + "/files/summary.csv"));
        responses.add(client.get("/api/v1/runs/" + runA + "/files/report.html"));
        responses.add(client.get("/api/v1/runs/" + runA + "/events")); // 406 without Accept
        responses.add(client.delete("/api/v1/runs/" + runA)); // 409
        responses.add(client.get("/api/v1/library/scenarios"));
        responses.add(client.get("/api/v1/library/scenarios/reference-v1"));
        responses.add(client.get("/api/v1/library/rules"));
        responses.add(client.post("/api/v1/check", Map.of("library", "reference-v1")));
        responses.add(client.post("/api/v1/check", "{not json")); // 400
        responses.add(client.post("/api/v1/check", "{\"scenario\": \"" + "x".repeat(300 * 1024) + "\"}")); // 413
        responses.add(client.post("/api/v1/format", Map.of("scenario", "scenario \"x\" {")));
        HttpResponse<Stream<String>> events = client.stream("/api/v1/runs/" + runA + "/events");
        events.body().close();
        responses.add(events);
        for (HttpResponse<?> response : responses) {
            String what = response.request().method() + " " + response.uri().getPath() + " " + response.statusCode();
            HttpHeaders headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .as(what)
                    .hasValueSatisfying(policy -> assertThat(policy)
                            .contains("default-src 'none'")
                            .contains("script-src 'self'")
                            .contains("img-src 'self' data:")
                            .contains("frame-ancestors 'none'")
                            .doesNotContain("unsafe-inline")
                            .doesNotContain("unsafe-eval"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(what).contains("no-referrer");
            assertThat(headers.firstValue("X-Frame-Options")).as(what).contains("DENY");
            assertThat(headers.allValues("Content-Security-Policy")).as(what).hasSize(1);
        }
    }

    @Test
    void theReportIsAdmittedItsOwnStyleBlockByHashAndNothingElse() throws Exception {
        HttpResponse<String> report = client.get("/api/v1/runs/" + runA + "/files/report.html");
        String policy = report.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(report.body());
        assertThat(style.find()).isTrue();
        String hash = java.util.Base64.getEncoder()
                .encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
        assertThat(policy).contains("style-src 'self' 'sha256-" + hash + "'");
        assertThat(SecurityHeaders.policy()).contains("style-src 'self'").doesNotContain("sha256");
    }

    // ---- format

    @Test
    void formatReturnsTheCanonicalTextAndIsIdempotent() throws Exception {
        String text = client.get("/api/v1/library/scenarios/reference-v1").body();
        String squeezed = text.replace("\n\n", "\n");
        JsonNode once = Client.json(client.post("/api/v1/format", Map.of("scenario", squeezed, "name", "r.gram")));
        String formatted = once.get("scenario").textValue();
        JsonNode twice = Client.json(client.post("/api/v1/format", Map.of("scenario", formatted, "name", "r.gram")));
        assertThat(twice.get("scenario").textValue()).isEqualTo(formatted);
        // The library's scenarios are kept formatted, so formatting one gives it back.
        JsonNode library = Client.json(client.post("/api/v1/format", Map.of("scenario", text)));
        assertThat(library.get("scenario").textValue()).isEqualTo(text);
    }

    @Test
    void formatRefusesTextThatDoesNotParseWithDiagnostics() throws Exception {
        HttpResponse<String> response =
                client.post("/api/v1/format", Map.of("scenario", "scenario \"x\" {\n  horizon ]\n", "name", "x.gram"));
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode first = Client.json(response).get("diagnostics").get(0);
        assertThat(first.get("file").textValue()).isEqualTo("x.gram");
        assertThat(first.get("line").intValue()).isEqualTo(2);
    }

    // ---- compare

    /**
     * A run compared with an identical one (same scenario, seed 11, 150 paths): every path is the
     * same in both, so every difference and its paired standard error are exactly 0, while two
     * independent runs would have an error above 0 on every metric that varies; and column A holds
     * the very figures of A's metrics.csv (runs are deterministic).
     */
    @Test
    void compareOfIdenticalRunsHasZeroPairedDifferencesAndAsFiguresAreItsFiles() throws Exception {
        HttpResponse<String> response = client.post("/api/v1/compare", Map.of("a", runA, "b", runB));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode queued = Client.json(response);
        assertThat(queued.get("kind").textValue()).isEqualTo("compare");
        String id = queued.get("id").textValue();
        JsonNode done = client.awaitFinal(id, Duration.ofMinutes(3));
        assertThat(done.get("status").textValue()).as(done.toString()).isEqualTo("done");
        assertThat(done.get("summary").get("same_gold").booleanValue()).isTrue();
        JsonNode files =
                Client.json(client.get("/api/v1/runs/" + id + "/files")).get("files");
        assertThat(files.toString()).contains("compare.json", "compare.csv", "columns.csv");
        JsonNode body = Client.json(client.get("/api/v1/runs/" + id + "/files/compare.json"));
        assertThat(body.get("paths").intValue()).isEqualTo(150);
        assertThat(body.get("seed").longValue()).isEqualTo(11);
        assertThat(body.get("same_gold").booleanValue()).isTrue();
        Map<String, Double> metricsA = metricsCsv(
                client.get("/api/v1/runs/" + runA + "/files/metrics.csv").body());
        int compared = 0;
        boolean someVary = false;
        for (JsonNode row : body.get("rows")) {
            String metric = row.get("metric").textValue();
            if (row.get("a").isNull()) {
                continue;
            }
            assertThat(row.get("difference").doubleValue()).as(metric).isEqualTo(0.0);
            assertThat(row.get("standard_error").doubleValue()).as(metric).isEqualTo(0.0);
            assertThat(row.get("b").doubleValue())
                    .as(metric)
                    .isEqualTo(row.get("a").doubleValue());
            someVary |= row.get("standard_error_if_independent").doubleValue() > 0;
            if (metricsA.containsKey(metric)) {
                assertThat(row.get("a").doubleValue())
                        .as(metric)
                        .isCloseTo(metricsA.get(metric), org.assertj.core.data.Offset.offset(1e-9));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(5);
        assertThat(someVary).isTrue();
    }

    @Test
    void compareNeedsTwoFinishedRuns() throws Exception {
        HttpResponse<String> unknown =
                client.post("/api/v1/compare", Map.of("a", runA, "b", "00000000-0000-0000-0000-000000000000"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        HttpResponse<String> bad = client.post("/api/v1/compare", Map.of("a", runA));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Client.json(bad).get("diagnostics").get(0).get("code").textValue())
                .isEqualTo("S301");
        HttpResponse<String> extra = client.post("/api/v1/compare", Map.of("a", runA, "b", runB, "c", 1));
        assertThat(extra.statusCode()).isEqualTo(400);
        assertThat(Client.json(extra).get("error").textValue()).contains("unknown field 'c'");
        assertThat(client.withToken(null)
                        .post("/api/v1/compare", Map.of("a", runA, "b", runB))
                        .statusCode())
                .isEqualTo(401);
    }

    private static Map<String, Double> metricsCsv(String csv) {
        Map<String, Double> values = new HashMap<>();
        for (String line : csv.lines().toList()) {
            String[] cells = line.split(",", -1);
            if (cells.length > 1 && !cells[0].equals("metric") && !cells[1].isEmpty()) {
                try {
                    values.put(cells[0], Double.parseDouble(cells[1]));
                } catch (NumberFormatException e) {
                    // a quoted metric name holding a comma: not needed here
                }
            }
        }
        return values;
    }
}
