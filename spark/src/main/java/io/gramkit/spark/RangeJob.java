package io.gramkit.spark;

import io.gramkit.GramScenario;
import io.gramkit.analysis.RunObservers;
import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.dsl.ConditionReader;
import io.gramkit.dsl.ScenarioLoader;
import io.gramkit.interpreter.PathRange;
import io.gramkit.interpreter.gold.StochasticGold;
import io.gramkit.model.Scenario;
import io.gramkit.model.SweepGrid;
import io.gramkit.model.policy.ReportRequest;
import io.gramkit.rules.DroolsRules;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an executor needs to run a range of a scenario's paths, as plain text: the scenario file's
 * text (executors read it again, imports and sweeps included, and pick the grid point whose model
 * is the driver's, checked by a fingerprint), the path count and seed, and the rules as the DRL the
 * driver compiled, and what the run observes (the report's quantiles, and its conditions as written,
 * read again). Each executor JVM compiles the rules once per content hash and keeps them. A range
 * comes back as its outcomes and what its own observers saw ({@link RunObservers#watch}).
 */
final class RangeJob implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Compiled rules by the hash of their DRL, one build per executor JVM. */
    private static final Map<String, DroolsRules> RULES = new ConcurrentHashMap<>();
    /** Rebuilt scenarios by fingerprint. */
    private static final Map<String, Scenario> SCENARIOS = new ConcurrentHashMap<>();

    private final String sourceName;
    private final String sourceText;
    /** The scenario file's absolute path (for its imports), or null for notebook text. */
    private final String sourceFile;

    private final String baseDirectory;
    private final int paths;
    private final long seed;
    private final List<String> drlNames;
    private final List<String> drlTexts;
    private final String rulesHash;
    private final String fingerprint;

    private final List<Double> quantiles;
    /** The report's conditions as written: those measured on any day, then those whose days are counted. */
    private final List<String> probabilities;

    private final List<String> dayCounts;

    private RangeJob(
            String sourceName,
            String sourceText,
            String sourceFile,
            String baseDirectory,
            int paths,
            long seed,
            List<String> drlNames,
            List<String> drlTexts,
            String fingerprint,
            ReportRequest request) {
        this.sourceName = sourceName;
        this.sourceText = sourceText;
        this.sourceFile = sourceFile;
        this.baseDirectory = baseDirectory;
        this.paths = paths;
        this.seed = seed;
        this.drlNames = List.copyOf(drlNames);
        this.drlTexts = List.copyOf(drlTexts);
        this.rulesHash = sha256(String.join("\u0000", drlNames) + "\u0001" + String.join("\u0000", drlTexts));
        this.fingerprint = fingerprint;
        this.quantiles = List.copyOf(request.quantiles());
        this.probabilities = request.probabilities().stream()
                .map(ReportRequest.Measured::text)
                .toList();
        this.dayCounts =
                request.dayCounts().stream().map(ReportRequest.Measured::text).toList();
    }

    static RangeJob of(GramScenario point, Scenario toRun, DroolsRules rules, ReportRequest request) {
        GramScenario.Source source = point.source();
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (DroolsRules.Drl drl : rules.drl()) {
            names.add(drl.name());
            texts.add(drl.text());
        }
        return new RangeJob(
                toRun.span().file().name(),
                source.content(),
                source.file().map(Path::toString).orElse(null),
                Path.of("").toAbsolutePath().toString(),
                toRun.paths(),
                toRun.seed(),
                names,
                texts,
                fingerprint(toRun),
                request);
    }

    /** Runs paths {@code from .. to-1} in this JVM. */
    RangeResult run(int from, int to) {
        Scenario scenario = SCENARIOS.computeIfAbsent(fingerprint, key -> rebuild());
        DroolsRules rules = RULES.computeIfAbsent(rulesHash, key -> {
            List<DroolsRules.Drl> files = new ArrayList<>();
            for (int i = 0; i < drlNames.size(); i++) {
                files.add(new DroolsRules.Drl(drlNames.get(i), drlTexts.get(i)));
            }
            return DroolsRules.ofDrl(files);
        });
        RunObservers.Watch watch =
                new RunObservers(paths, request(scenario), scenario.debt().isPresent()).watch(from, to);
        PathRange range = PathRange.run(scenario, rules, StochasticGold.of(scenario), from, to, watch);
        return new RangeResult(range, watch.observations());
    }

    /** A range's outcomes and what its observers saw. */
    record RangeResult(PathRange range, RunObservers.RangeObservations observations) implements Serializable {}

    /** The driver's report request, its conditions read again from their text. */
    private ReportRequest request(Scenario scenario) {
        return new ReportRequest(scenario.report().span(), quantiles, conditions(probabilities), conditions(dayCounts));
    }

    private static List<ReportRequest.Measured> conditions(List<String> texts) {
        List<ReportRequest.Measured> conditions = new ArrayList<>();
        for (String text : texts) {
            Diagnostics diagnostics = new Diagnostics();
            conditions.add(ConditionReader.read(new SourceFile("report condition", text), diagnostics)
                    .orElseThrow(() -> new IllegalStateException(
                            "the report condition '" + text + "' does not read again: " + diagnostics.sorted())));
        }
        return conditions;
    }

    /** The driver's model, read again from the scenario's text. */
    private Scenario rebuild() {
        SourceFile source = new SourceFile(sourceName, sourceText);
        SweepGrid grid = sourceFile != null
                ? ScenarioLoader.loadGridAt(source, Path.of(sourceFile))
                : ScenarioLoader.loadGrid(source, Path.of(baseDirectory), warning -> {});
        for (SweepGrid.Point point : grid.points()) {
            Scenario candidate = point.scenario().withPaths(paths).withSeed(seed);
            if (fingerprint(candidate).equals(fingerprint)) {
                return candidate;
            }
        }
        throw new IllegalStateException("the scenario read again from " + sourceName
                + " is not the one the driver runs (was it changed in code, or its file edited?):"
                + " the Spark engine runs scenarios as their text describes them");
    }

    /** The model's every setting but its rule files (shipped as DRL), hashed. */
    static String fingerprint(Scenario scenario) {
        return sha256(scenario.withRules(List.of()).toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
