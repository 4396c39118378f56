package io.gramkit;

import io.gramkit.analysis.DailyBands;
import io.gramkit.analysis.DailyCsv;
import io.gramkit.analysis.InputFile;
import io.gramkit.analysis.Manifest;
import io.gramkit.analysis.OutputFolder;
import io.gramkit.analysis.PathsCsv;
import io.gramkit.analysis.Summary;
import io.gramkit.analysis.SummaryCsv;
import io.gramkit.analysis.SummaryText;
import io.gramkit.interpreter.PathOutcomes;
import io.gramkit.interpreter.RunResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A finished run: its summary, daily bands, per-path outcomes, and the files it can write. */
public final class GramRun {
    /** The files {@link #writeTo} writes, in order. */
    public static final List<String> FILES = List.of("paths.csv", "summary.csv", "daily.csv", "manifest.json");

    private final RunResult result;
    private final DailyBands bands;
    private final Summary summary;
    private final InputFile scenarioInput;
    private final Optional<InputFile> goldInput;

    GramRun(RunResult result, DailyBands bands, InputFile scenarioInput, Optional<InputFile> goldInput) {
        this.result = result;
        this.bands = bands;
        this.summary = Summary.of(result);
        this.scenarioInput = scenarioInput;
        this.goldInput = goldInput;
    }

    public RunResult result() {
        return result;
    }

    public Summary summary() {
        return summary;
    }

    public DailyBands dailyBands() {
        return bands;
    }

    public PathOutcomes outcomes() {
        return result.outcomes();
    }

    public Manifest manifest() {
        return Manifest.of(result, scenarioInput, goldInput);
    }

    /** The summary as printed by {@code gram run}. */
    public String summaryText() {
        return SummaryText.render(summary, result.threads(), result.elapsed().toNanos() / 1e9);
    }

    /**
     * Writes paths.csv, summary.csv, daily.csv and manifest.json into {@code folder}, which
     * appears complete or not at all; an existing folder is replaced only when {@code force}.
     */
    public Path writeTo(Path folder, boolean force) throws IOException {
        OutputFolder output = new OutputFolder(folder, force)
                .add("paths.csv", out -> PathsCsv.write(result.outcomes(), out))
                .add("summary.csv", out -> SummaryCsv.write(summary, out))
                .add("daily.csv", out -> DailyCsv.write(bands, out));
        Manifest manifest = manifest();
        output.addIndex("manifest.json", hashes -> {
            List<InputFile> outputs = new ArrayList<>();
            for (String name : FILES) {
                if (hashes.containsKey(name)) {
                    outputs.add(new InputFile(name, hashes.get(name)));
                }
            }
            return manifest.toJson(outputs);
        });
        output.publish();
        return output.target();
    }
}
