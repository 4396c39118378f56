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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/v1/compare}: two finished runs side by side with their paired differences, as a
 * queued job of kind {@code compare} (it runs two simulations: as heavy as two runs). The
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
     * Checks that both runs can be compared and describes the {@code compare} job: 409 when a run
     * is not done, or is not a single run.
     */
    static JobRunner.Prepared prepare(Job a, Job b) {
        for (Job job : List.of(a, b)) {
            if (job.status() != JobStatus.DONE) {
                throw new HttpResponseException(
                        409,
                        "run " + job.id() + " is " + job.status().label() + "; only finished runs can be compared");
            }
            if (!job.kind().equals(JobRunner.RUN)) {
                throw new HttpResponseException(
                        409, "job " + job.id() + " is a " + job.kind() + "; only runs of one scenario can be compared");
            }
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("a", a.id());
        settings.put("b", b.id());
        return new JobRunner.Prepared(JobRunner.COMPARE, settings, 2 * a.paths(), List.of());
    }

    /**
     * Runs a {@code compare} job: A's scenario again as A ran, then B's on A's seed and paths, and
     * publishes {@code compare.json} (the rows below), {@code compare.csv} and {@code columns.csv}.
     */
    static RunJob.Outcome execute(
            Job job, Path folder, JobRunner runner, Library library, int threads, RunProgress progress)
            throws IOException {
        JsonNode settings = Json.MAPPER.readTree(job.settings());
        Job a = run(runner, settings.get("a").textValue());
        Job b = run(runner, settings.get("b").textValue());
        RunProgress staged = StagedProgress.of(2, progress);
        GramScenario scenarioA = RunJob.scenario(a, runner.jobFolder(a.id()), library)
                .withThreads(threads)
                .withProgress(staged);
        GramScenario scenarioB = RunJob.scenario(b, runner.jobFolder(b.id()), library)
                .withThreads(threads)
                .withProgress(staged);
        GramComparison compared = GramComparison.of(scenarioA, scenarioB);
        Map<String, Object> body = body(a, b, compared);
        Path staging = Results.staging(folder);
        compared.writeTo(staging, true);
        Results.write(staging, "compare.json", Json.write(body));
        Results.publish(folder);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("paths", body.get("paths"));
        summary.put("seed", body.get("seed"));
        summary.put("same_gold", body.get("same_gold"));
        long steps = 0;
        for (var run : List.of(compared.a(), compared.b())) {
            steps += (long) run.outcomes().size() * run.result().scenario().horizonDays();
        }
        return new RunJob.Outcome(summary, steps);
    }

    private static Job run(JobRunner runner, String id) {
        return runner.find(id).orElseThrow(() -> new IllegalStateException("run " + id + " of the comparison is gone"));
    }

    private static Map<String, Object> body(Job a, Job b, GramComparison compared) {
        Comparison comparison = compared.comparison();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("a", side(a, comparison.nameA()));
        body.put("b", side(b, comparison.nameB()));
        body.put("paths", comparison.paths());
        body.put("seed", comparison.seed());
        body.put("same_gold", compared.sameGold());
        body.put("rows", rows(comparison));
        return body;
    }

    /** A comparison's rows as JSON objects (also the rows of a rules diff). */
    static List<Map<String, Object>> rows(Comparison comparison) {
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
        return rows;
    }

    private static Map<String, Object> side(Job job, String label) {
        Map<String, Object> side = new LinkedHashMap<>();
        side.put("id", job.id());
        side.put("scenario", label);
        return side;
    }

    /** NaN (a metric undefined on every path) is JSON null. */
    static Double number(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
