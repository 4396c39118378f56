package io.gramkit.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.gramkit.GramComparison;
import io.gramkit.GramScenario;
import io.gramkit.RunProgress;
import io.gramkit.analysis.Comparison;
import io.gramkit.analysis.Estimate;
import io.gramkit.server.jobs.Job;
import io.gramkit.server.jobs.JobStatus;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * {@code POST /api/v1/compare}: two finished runs side by side with their paired differences. The
 * kit's comparison ({@link GramComparison}) pairs path by path, so it needs both runs' per-path
 * results in memory: it runs A's scenario again as A ran, then B's with A's seed and paths (common
 * random numbers: path i of both sees the same gold stream). Runs are deterministic, so A's
 * figures are the ones its files hold; B's are its own when it ran with A's seed and paths.
 */
final class RunComparison {
    private static final Set<String> FIELDS = Set.of("a", "b");

    private RunComparison() {}

    /** The ids of the two runs a request body names. */
    record Request(String a, String b) {}

    static Request read(byte[] body) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new BadRequest(ServiceCode.BAD_SETTING.request("the body is not JSON"));
        }
        if (root == null || !root.isObject()) {
            throw new BadRequest(ServiceCode.BAD_SETTING.request("the body must be a JSON object"));
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                throw new BadRequest(ServiceCode.BAD_SETTING.request(
                        "unknown field '" + field.getKey() + "'; expected one of: a, b"));
            }
        }
        for (String field : List.of("a", "b")) {
            if (!root.path(field).isTextual()) {
                throw new BadRequest(
                        ServiceCode.BAD_SETTING.request("'" + field + "' must be the id of a finished run (a string)"));
            }
        }
        return new Request(root.get("a").textValue(), root.get("b").textValue());
    }

    /**
     * Compares finished runs {@code a} and {@code b}, stopping with 503 after {@code maxSeconds}.
     *
     * @throws HttpResponseException 409 when a run is not done
     */
    static Map<String, Object> compare(Job a, Job b, JobRunner runner, Library library, int threads, long maxSeconds)
            throws IOException {
        for (Job job : List.of(a, b)) {
            if (job.status() != JobStatus.DONE) {
                throw new HttpResponseException(
                        409,
                        "run " + job.id() + " is " + job.status().label() + "; only finished runs can be compared");
            }
        }
        RunProgress deadline = deadline(maxSeconds);
        GramScenario scenarioA = RunJob.scenario(a, runner.jobFolder(a.id()), library)
                .withThreads(threads)
                .withProgress(deadline);
        GramScenario scenarioB = RunJob.scenario(b, runner.jobFolder(b.id()), library)
                .withThreads(threads)
                .withProgress(deadline);
        GramComparison compared;
        try {
            compared = GramComparison.of(scenarioA, scenarioB);
        } catch (CancellationException e) {
            throw new HttpResponseException(503, e.getMessage());
        }
        Comparison comparison = compared.comparison();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("a", side(a, comparison.nameA()));
        body.put("b", side(b, comparison.nameB()));
        body.put("paths", comparison.paths());
        body.put("seed", comparison.seed());
        body.put("same_gold", compared.sameGold());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Comparison.Row row : comparison.rows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("metric", row.metric().name());
            r.put("meaning", row.metric().meaning());
            r.put("unit", row.metric().unit());
            r.put("a", number(row.a().value()));
            r.put("b", number(row.b().value()));
            Estimate d = row.difference();
            r.put("difference", number(d.value()));
            r.put("standard_error", number(d.standardError()));
            r.put("ci95_low", number(d.low()));
            r.put("ci95_high", number(d.high()));
            r.put("standard_error_if_independent", number(row.independentStandardError()));
            rows.add(r);
        }
        body.put("rows", rows);
        return body;
    }

    private static Map<String, Object> side(Job job, String label) {
        Map<String, Object> side = new LinkedHashMap<>();
        side.put("id", job.id());
        side.put("scenario", label);
        return side;
    }

    /** NaN (a metric undefined on every path) is JSON null. */
    private static Double number(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static RunProgress deadline(long maxSeconds) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        return (day, horizon) -> {
            if (System.nanoTime() > until) {
                throw new CancellationException(
                        "the comparison took longer than this service allows (" + maxSeconds + " s)");
            }
        };
    }
}
