package io.gramkit.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.gramkit.GramRules;
import io.gramkit.GramScenario;
import io.gramkit.RunProgress;
import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.server.jobs.Job;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /api/v1/rules-diff}: a scenario under rule set A and under rule set B on common
 * random numbers, as {@code gram rules diff} runs it ({@link GramRules#diff}), as a queued job of
 * kind {@code rules-diff}. Each rule set is either a list of paths in the rule library (files or
 * folders, {@code ["reference"]}) or the request's own {@code .drl} files ({@code {"fees.drl":
 * "..."}}), which pass the {@link DrlSandbox} first. Both sets are compiled before the job is
 * queued. Its results are {@code rules-diff.json} and {@code compare.csv}.
 */
final class RulesDiffJob {
    static final Set<String> FIELDS = Set.of("rules_a", "rules_b");
    private static final String PLAIN_DRL = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.drl";
    private static final int MAX_RULE_FILE_BYTES = 64 * 1024;

    /** One side's rule set as the request gave it: library paths, or uploaded files by name. */
    record RuleSet(String side, List<String> library, Map<String, String> files) {
        boolean uploaded() {
            return !files.isEmpty();
        }
    }

    private RulesDiffJob() {}

    /** The two rule sets of a request body (the scenario's fields are read by {@link Submission}). */
    static List<RuleSet> read(byte[] body, Library library) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new BadRequest(ServiceCode.BAD_SETTING.request("the body is not JSON"));
        }
        List<Diagnostic> problems = new ArrayList<>();
        List<RuleSet> sets = new ArrayList<>();
        for (String side : List.of("rules_a", "rules_b")) {
            sets.add(ruleSet(side, root.get(side), library, problems));
        }
        if (!problems.isEmpty()) {
            throw new BadRequest(problems);
        }
        return sets;
    }

    private static RuleSet ruleSet(String side, JsonNode value, Library library, List<Diagnostic> problems) {
        List<String> paths = new ArrayList<>();
        Map<String, String> files = new LinkedHashMap<>();
        if (value != null && value.isArray() && !value.isEmpty()) {
            List<String> known = library.ruleFiles();
            for (JsonNode path : value) {
                String p = path.isTextual() ? path.textValue() : "";
                boolean inLibrary = !p.isEmpty()
                        && !p.contains("..")
                        && !p.startsWith("/")
                        && ((known.contains(p) && p.endsWith(".drl"))
                                || known.stream().anyMatch(file -> file.startsWith(p + "/")));
                if (inLibrary) {
                    paths.add(p);
                } else {
                    problems.add(ServiceCode.PATH_OUTSIDE.request("'" + side + "' names " + path
                            + ", which is no rule file or folder of the rule library (GET /api/v1/library/rules)"));
                }
            }
        } else if (value != null && value.isObject() && !value.isEmpty()) {
            for (Map.Entry<String, JsonNode> file : value.properties()) {
                if (!file.getKey().matches(PLAIN_DRL)) {
                    problems.add(ServiceCode.BAD_FILE_NAME.request("the file name '" + file.getKey() + "' in '" + side
                            + "' must be a plain name ending in .drl"));
                } else if (!file.getValue().isTextual()) {
                    problems.add(ServiceCode.BAD_SETTING.request(
                            "the file '" + file.getKey() + "' in '" + side + "' must be text"));
                } else if (file.getValue().textValue().getBytes(StandardCharsets.UTF_8).length > MAX_RULE_FILE_BYTES) {
                    problems.add(ServiceCode.BAD_SETTING.request(
                            "the file '" + file.getKey() + "' in '" + side + "' is over 64 KiB"));
                } else {
                    files.put(file.getKey(), file.getValue().textValue());
                }
            }
        } else {
            problems.add(ServiceCode.BAD_SETTING.request("'" + side + "' is required: a list of rule library paths"
                    + " ([\"reference\"]) or the rule set's own .drl files ({\"fees.drl\": \"...\"})"));
        }
        return new RuleSet(side, paths, files);
    }

    /**
     * Lays out and checks the scenario as for a run; writes uploaded rule sets to
     * {@code input/rules-a/} and {@code input/rules-b/} after the sandbox admits them; compiles
     * both sets.
     */
    static JobRunner.Prepared prepare(
            JobRunner runner, Library library, Submission submission, List<RuleSet> sets, Path input)
            throws IOException {
        JobRunner.Prepared run = runner.prepareRun(submission, input);
        if (!run.kind().equals(JobRunner.RUN)) {
            throw new BadRequest(ServiceCode.BAD_SETTING.request(
                    "the scenario has sweeps; a rules diff runs one scenario under two rule sets"));
        }
        Workspace workspace = Workspace.existing(input, library);
        List<Diagnostic> refused = new ArrayList<>();
        Map<String, Object> settings = new LinkedHashMap<>(submission.settings());
        List<List<Path>> sources = new ArrayList<>();
        for (RuleSet set : sets) {
            List<String> relative = new ArrayList<>();
            if (set.uploaded()) {
                String folder = set.side().replace('_', '-');
                Files.createDirectories(input.resolve(folder));
                for (Map.Entry<String, String> file : set.files().entrySet()) {
                    String shown = folder + "/" + file.getKey();
                    refused.addAll(DrlSandbox.check(new SourceFile(shown, file.getValue())));
                    Files.writeString(
                            input.resolve(shown),
                            file.getValue(),
                            StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE_NEW);
                    relative.add(shown);
                }
            } else {
                set.library().forEach(p -> relative.add(Library.RULES + "/" + p));
            }
            settings.put(set.side(), relative);
            sources.add(relative.stream().map(input::resolve).toList());
        }
        if (Checker.hasErrors(refused)) {
            throw new BadRequest(refused);
        }
        List<Diagnostic> warnings = new ArrayList<>(run.warnings());
        for (List<Path> source : sources) {
            try {
                warnings.addAll(GramRules.check(source).warnings());
            } catch (InputException e) {
                throw new BadRequest(Checker.sorted(e.diagnostics(), workspace));
            }
        }
        return new JobRunner.Prepared(
                JobRunner.RULES_DIFF, settings, 2 * run.paths(), Checker.sorted(warnings, workspace));
    }

    /** Runs the scenario under both rule sets and publishes {@code rules-diff.json} and {@code compare.csv}. */
    static RunJob.Outcome execute(Job job, Path folder, Library library, int threads, RunProgress progress)
            throws IOException {
        JsonNode settings = Json.MAPPER.readTree(job.settings());
        Path input = folder.resolve(RunJob.INPUT);
        List<Path> rulesA = paths(settings.get("rules_a"), input);
        List<Path> rulesB = paths(settings.get("rules_b"), input);
        GramScenario scenario =
                RunJob.scenario(job, folder, library).withThreads(threads).withProgress(StagedProgress.of(2, progress));
        GramRules.Diff diff = GramRules.diff(scenario, rulesA, rulesB);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scenario", scenario.scenario().name());
        body.put("rules_a", settings.get("rules_a"));
        body.put("rules_b", settings.get("rules_b"));
        body.put("paths", diff.comparison().paths());
        body.put("seed", diff.comparison().seed());
        body.put("rows", RunComparison.rows(diff.comparison()));
        List<Map<String, Object>> changes = new ArrayList<>();
        for (GramRules.RuleRow row : diff.ruleChanges()) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("rule", row.rule());
            change.put("in", row.inBoth() ? "both" : row.a().isPresent() ? "a" : "b");
            change.put("a", row.a().isPresent() ? row.a().getAsLong() : null);
            change.put("b", row.b().isPresent() ? row.b().getAsLong() : null);
            changes.add(change);
        }
        body.put("rule_changes", changes);
        StringWriter csv = new StringWriter();
        diff.comparison().writeCsv(csv);
        Path staging = Results.staging(folder);
        Results.write(staging, "rules-diff.json", Json.write(body));
        Results.write(staging, "compare.csv", csv.toString());
        Results.publish(folder);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("paths", diff.comparison().paths());
        summary.put("seed", diff.comparison().seed());
        summary.put("rules_changed", changes.size());
        long steps = 0;
        for (var run : List.of(diff.a(), diff.b())) {
            steps += (long) run.outcomes().size() * run.result().scenario().horizonDays();
        }
        return new RunJob.Outcome(summary, steps);
    }

    private static List<Path> paths(JsonNode relative, Path input) {
        List<Path> paths = new ArrayList<>();
        relative.forEach(p -> paths.add(input.resolve(p.textValue())));
        return paths;
    }
}
