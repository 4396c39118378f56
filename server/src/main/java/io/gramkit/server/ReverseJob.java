package io.gramkit.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.gramkit.Gram;
import io.gramkit.GramMetrics;
import io.gramkit.GramReverse;
import io.gramkit.GramScenario;
import io.gramkit.RunProgress;
import io.gramkit.analysis.Condition;
import io.gramkit.analysis.Crossing;
import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.InputException;
import io.gramkit.model.Shock;
import io.gramkit.server.jobs.Job;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /api/v1/reverse}: a reverse stress test as a queued job of kind {@code reverse}, as
 * {@code gram reverse} runs it ({@link GramReverse}): the smallest size of a named shock at which
 * a condition on a metric holds, scanned on a grid of sizes on common random numbers and refined
 * by bisection. Its result is {@code reverse.json}.
 */
final class ReverseJob {
    static final Set<String> FIELDS = Set.of("shock", "until", "from", "to", "steps", "bisections");
    static final int MAX_STEPS = 100;
    static final int MAX_BISECTIONS = 20;

    /** A reverse request's own settings, checked. */
    record Search(String shock, String until, double from, double to, int steps, int bisections) {
        Map<String, Object> settings() {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("shock", shock);
            settings.put("until", until);
            settings.put("from", from);
            settings.put("to", to);
            settings.put("steps", steps);
            settings.put("bisections", bisections);
            return settings;
        }
    }

    private ReverseJob() {}

    /** The reverse test's own fields of a request body (the run's fields are read by {@link Submission}). */
    static Search read(byte[] body) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new BadRequest(ServiceCode.BAD_SETTING.request("the body is not JSON"));
        }
        List<Diagnostic> problems = new ArrayList<>();
        String shock = text(root, "shock", problems);
        String until = text(root, "until", problems);
        double from = size(root, "from", 0.0, problems);
        double to = size(root, "to", 0.5, problems);
        int steps = whole(root, "steps", 20, 1, MAX_STEPS, problems);
        int bisections = whole(root, "bisections", 6, 0, MAX_BISECTIONS, problems);
        if (problems.isEmpty() && !(from >= 0 && to > from)) {
            problems.add(ServiceCode.BAD_SETTING.request(
                    "'from' and 'to' must satisfy 0 <= from < to, got from " + from + " and to " + to));
        }
        if (!problems.isEmpty()) {
            throw new BadRequest(problems);
        }
        return new Search(shock, until, from, to, steps, bisections);
    }

    /** Lays out and checks the scenario as for a run, then the condition and the shock. */
    static JobRunner.Prepared prepare(JobRunner runner, Submission submission, Search search, Path input)
            throws IOException {
        JobRunner.Prepared run = runner.prepareRun(submission, input);
        if (!run.kind().equals(JobRunner.RUN)) {
            throw new BadRequest(ServiceCode.BAD_SETTING.request(
                    "the scenario has sweeps; a reverse stress test resizes one shock of one scenario"));
        }
        try {
            GramMetrics.condition("until", search.until());
        } catch (InputException e) {
            throw new BadRequest(e.diagnostics());
        }
        GramScenario scenario = Gram.parse(submission.name(), submission.scenario(), input.resolve(Library.SCENARIOS));
        Optional<Shock> shock = scenario.scenario().gold().shocks().stream()
                .filter(s -> s.name().equals(search.shock()))
                .findFirst();
        if (shock.isEmpty() || !(shock.get() instanceof Shock.Move move)) {
            throw new BadRequest(ServiceCode.BAD_SETTING.request("'shock' must name a drop or a rise of the"
                    + " scenario; it has: "
                    + scenario.scenario().gold().shocks().stream()
                            .filter(s -> s instanceof Shock.Move)
                            .map(s -> "'" + s.name() + "'")
                            .toList()));
        }
        if (move.totalReturn() < 0 && !(search.to() < 1)) {
            throw new BadRequest(ServiceCode.BAD_SETTING.request(
                    "a drop must stay below 100%: 'to' must be below 1, got " + search.to()));
        }
        Map<String, Object> settings = new LinkedHashMap<>(submission.settings());
        settings.putAll(search.settings());
        return new JobRunner.Prepared(JobRunner.REVERSE, settings, run.paths() * (search.steps() + 1), run.warnings());
    }

    /** Runs the search and publishes {@code reverse.json}. */
    static RunJob.Outcome execute(Job job, Path folder, Library library, int threads, RunProgress progress)
            throws IOException {
        JsonNode settings = Json.MAPPER.readTree(job.settings());
        int steps = settings.get("steps").intValue();
        Condition condition =
                GramMetrics.condition("until", settings.get("until").textValue());
        GramScenario scenario = RunJob.scenario(job, folder, library)
                .withThreads(threads)
                .withProgress(StagedProgress.of(steps + 1, progress));
        GramReverse.Result result = GramReverse.search(
                scenario,
                settings.get("shock").textValue(),
                condition,
                settings.get("from").doubleValue(),
                settings.get("to").doubleValue(),
                steps,
                settings.get("bisections").intValue());
        Map<String, Object> body = body(scenario, result);
        Path staging = Results.staging(folder);
        Results.write(staging, "reverse.json", Json.write(body));
        Results.publish(folder);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("breaking_size", result.breakingSize().orElse(null));
        summary.put("crossings", result.crossings().size());
        summary.put("runs", result.runs());
        long steps0 = (long) result.runs()
                * scenario.scenario().paths()
                * scenario.scenario().horizonDays();
        return new RunJob.Outcome(summary, steps0);
    }

    private static Map<String, Object> body(GramScenario scenario, GramReverse.Result r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scenario", scenario.scenario().name());
        body.put("shock", r.shock());
        Map<String, Object> condition = new LinkedHashMap<>();
        condition.put("metric", r.condition().metric().name());
        condition.put("op", r.condition().op());
        condition.put("value", r.condition().threshold());
        condition.put("written", r.condition().written());
        body.put("until", condition);
        body.put("paths", scenario.scenario().paths());
        body.put("seed", scenario.scenario().seed());
        body.put("runs", r.runs());
        List<Map<String, Object>> grid = new ArrayList<>();
        for (GramReverse.Point p : r.grid()) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("size", p.size());
            point.put("metric", RunComparison.number(p.metric().value()));
            point.put("standard_error", RunComparison.number(p.metric().standardError()));
            point.put("ci95_low", RunComparison.number(p.metric().low()));
            point.put("ci95_high", RunComparison.number(p.metric().high()));
            point.put("holds", p.holds());
            grid.add(point);
        }
        body.put("grid", grid);
        List<Map<String, Object>> crossings = new ArrayList<>();
        for (Crossing c : r.crossings()) {
            Map<String, Object> crossing = new LinkedHashMap<>();
            crossing.put("below", c.below());
            crossing.put("above", c.above());
            crossing.put("starts", c.starts());
            crossing.put("size", c.size());
            crossing.put("metric", RunComparison.number(c.metricAtSize()));
            crossing.put("ci95_low", RunComparison.number(c.lowAtSize()));
            crossing.put("ci95_high", RunComparison.number(c.highAtSize()));
            crossing.put("uncertainty", RunComparison.number(c.uncertainty()));
            crossings.add(crossing);
        }
        body.put("crossings", crossings);
        body.put("breaking_size", r.breakingSize().orElse(null));
        body.put(
                "holds_at_smallest_size",
                r.breakingSize().isPresent() && r.breaking().isEmpty());
        return body;
    }

    private static String text(JsonNode root, String field, List<Diagnostic> problems) {
        JsonNode value = root == null ? null : root.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            problems.add(ServiceCode.BAD_SETTING.request("'" + field + "' is required: a string"));
            return "";
        }
        return value.textValue();
    }

    /** A size as a fraction (0.2) or a percentage string ("20%"), as {@code gram reverse --from} takes. */
    private static double size(JsonNode root, String field, double fallback, List<Diagnostic> problems) {
        JsonNode value = root == null ? null : root.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual()) {
            String text = value.textValue().trim();
            boolean percent = text.endsWith("%");
            try {
                return new BigDecimal(percent ? text.substring(0, text.length() - 1) : text)
                        .movePointLeft(percent ? 2 : 0)
                        .doubleValue();
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problems.add(
                ServiceCode.BAD_SETTING.request("'" + field + "' must be a size such as 0.2 or \"20%\", got " + value));
        return fallback;
    }

    private static int whole(JsonNode root, String field, int fallback, int min, int max, List<Diagnostic> problems) {
        JsonNode value = root == null ? null : root.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            problems.add(ServiceCode.BAD_SETTING.request(
                    "'" + field + "' must be a whole number from " + min + " to " + max + ", got " + value));
            return fallback;
        }
        return value.intValue();
    }
}
