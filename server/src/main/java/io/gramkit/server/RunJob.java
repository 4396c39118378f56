package io.gramkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.gramkit.Gram;
import io.gramkit.GramRun;
import io.gramkit.GramScenario;
import io.gramkit.RunProgress;
import io.gramkit.server.jobs.Job;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Runs one {@code run} job from its folder: reads the scenario from {@code input/}, runs it
 * through the public API and publishes {@code results/} in one rename, with every file of
 * {@code gram run --out} and {@code report.html}. A crash at any point leaves either no
 * {@code results/} or a complete one.
 */
final class RunJob {
    static final String INPUT = "input";
    static final String RESULTS = "results";
    private static final String STAGING = ".results-staging";

    /** What a finished run reports back. */
    record Outcome(Map<String, Object> summary, long pathSteps) {}

    private RunJob() {}

    static Outcome execute(Job job, Path folder, Library library, int threads, RunProgress progress)
            throws IOException {
        GramScenario scenario = scenario(job, folder, library).withThreads(threads);
        GramRun run = scenario.withProgress(progress).run();
        Path staging = folder.resolve(STAGING);
        clean(folder);
        run.writeTo(staging, true);
        Path report = staging.resolve("report.html");
        Path partial = staging.resolve(".report.html.partial");
        Files.writeString(partial, run.htmlReport(), StandardCharsets.UTF_8);
        move(partial, report);
        move(staging, folder.resolve(RESULTS));
        long steps = (long) run.outcomes().size() * run.result().scenario().horizonDays();
        return new Outcome(SummaryJson.read(folder.resolve(RESULTS).resolve("summary.csv")), steps);
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

    /** Removes what a run cut short left behind: staging folders and an earlier attempt's results. */
    static void clean(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") || name.equals(RESULTS)) {
                    Folders.deleteTree(entry);
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
