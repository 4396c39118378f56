package io.gramkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.gramkit.Gram;
import io.gramkit.GramGrid;
import io.gramkit.GramGridRun;
import io.gramkit.GramRun;
import io.gramkit.GramScenario;
import io.gramkit.RunProgress;
import io.gramkit.server.jobs.Job;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs one {@code run} or {@code sweep} job from its folder: reads the scenario from
 * {@code input/}, runs it through the public API and publishes {@code results/} whole
 * ({@link Results}). A run's results are every file of {@code gram run --out} and
 * {@code report.html}; a sweep's those of {@code gram run --out} on a grid: {@code grid.csv}, each
 * point's files under {@code points/NNN/} and a {@code manifest.json}.
 */
final class RunJob {
    static final String INPUT = "input";
    static final String RESULTS = Results.RESULTS;

    /** What a finished job reports back: its summary for the record, and the path-days it simulated. */
    record Outcome(Map<String, Object> summary, long pathSteps) {}

    private RunJob() {}

    static Outcome execute(Job job, Path folder, Library library, int threads, RunProgress progress)
            throws IOException {
        GramScenario scenario = scenario(job, folder, library).withThreads(threads);
        GramRun run = scenario.withProgress(progress).run();
        Path staging = Results.staging(folder);
        run.writeTo(staging, true);
        Results.write(staging, "report.html", run.htmlReport());
        Path results = Results.publish(folder);
        long steps = (long) run.outcomes().size() * run.result().scenario().horizonDays();
        return new Outcome(SummaryJson.read(results.resolve("summary.csv")), steps);
    }

    /** A sweep: every point of the grid in turn, with the same seed and paths (as {@code gram run} does). */
    static Outcome executeSweep(Job job, Path folder, Library library, int threads, RunProgress progress)
            throws IOException {
        GramGrid grid = grid(job, folder, library).withThreads(threads);
        GramGridRun run = grid.withProgress(StagedProgress.of(grid.points().size(), progress))
                .run();
        Path staging = Results.staging(folder);
        run.writeTo(staging, true);
        Results.publish(folder);
        long steps = 0;
        for (GramRun point : run.runs()) {
            steps += (long) point.outcomes().size() * point.result().scenario().horizonDays();
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("points", run.runs().size());
        summary.put("axes", grid.axes().size());
        return new Outcome(summary, steps);
    }

    /** The job's scenario as it ran: read from its {@code input/} folder, with the request's paths and seed. */
    static GramScenario scenario(Job job, Path folder, Library library) throws IOException {
        JsonNode settings = Json.MAPPER.readTree(job.settings());
        String name = settings.get("name").textValue();
        Workspace workspace = Workspace.existing(folder.resolve(INPUT), library);
        String text = Files.readString(workspace.scenarios().resolve(name), StandardCharsets.UTF_8);
        GramScenario scenario = Gram.parse(name, text, workspace.scenarios());
        if (settings.has("paths")) {
            scenario = scenario.withPaths(settings.get("paths").intValue());
        }
        if (settings.has("seed")) {
            scenario = scenario.withSeed(settings.get("seed").longValue());
        }
        return scenario;
    }

    private static GramGrid grid(Job job, Path folder, Library library) throws IOException {
        JsonNode settings = Json.MAPPER.readTree(job.settings());
        String name = settings.get("name").textValue();
        Workspace workspace = Workspace.existing(folder.resolve(INPUT), library);
        String text = Files.readString(workspace.scenarios().resolve(name), StandardCharsets.UTF_8);
        GramGrid grid = Gram.parseGrid(name, text, workspace.scenarios());
        if (settings.has("paths")) {
            grid = grid.withPaths(settings.get("paths").intValue());
        }
        if (settings.has("seed")) {
            grid = grid.withSeed(settings.get("seed").longValue());
        }
        return grid;
    }

    /** Removes what a job cut short left behind: staging folders and an earlier attempt's results. */
    static void clean(Path folder) throws IOException {
        Results.clean(folder);
    }
}
