package io.gramkit;

import io.gramkit.analysis.InputFile;
import io.gramkit.analysis.Metric;
import io.gramkit.analysis.RunObservers;
import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.golddata.DataCode;
import io.gramkit.golddata.GoldPathsFile;
import io.gramkit.interpreter.AuditTrail;
import io.gramkit.interpreter.ModelException;
import io.gramkit.interpreter.ResponseRules;
import io.gramkit.interpreter.RunResult;
import io.gramkit.interpreter.gold.GivenGold;
import io.gramkit.interpreter.gold.GoldSource;
import io.gramkit.interpreter.gold.StochasticGold;
import io.gramkit.model.GoldPrices;
import io.gramkit.model.RuleSource;
import io.gramkit.model.Scenario;
import io.gramkit.model.policy.ReportRequest;
import io.gramkit.rules.DroolsRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A checked scenario with run settings, ready to run. Immutable: each {@code with...} returns a
 * new value, so a notebook can keep a base scenario and try variations of it.
 */
public final class GramScenario {
    private final Scenario scenario;
    private final Source source;
    private final OptionalInt pathsOverride;
    private final int threads;
    private final Optional<Path> goldPaths;
    private final RunProgress progress;
    /** Which paths the audit trail samples; null: no audit trail. */
    private final AuditSample audit;
    /** Metrics asked of the run beyond metrics.csv's own ({@link #withMetrics}). */
    private final List<Metric> asked;
    /** The warnings the scenario's file gave when it was loaded, as {@code gram check} prints them. */
    private final List<Diagnostic> warnings;
    /** Where the paths run: this machine ({@link RunEngine#LOCAL}) or a cluster. */
    private final RunEngine engine;

    /** The paths whose rule firings are recorded: the first {@code firstPaths}, or those listed. */
    private static final class AuditSample {
        private final int firstPaths;
        /** Null: the first {@code firstPaths}. */
        private final int[] listed;

        AuditSample(int firstPaths, int[] listed) {
            this.firstPaths = firstPaths;
            this.listed = listed;
        }

        int[] resolve(int paths) {
            if (listed == null) {
                return java.util.stream.IntStream.range(0, Math.min(firstPaths, paths))
                        .toArray();
            }
            for (int path : listed) {
                if (path >= paths) {
                    throw new AuditPathOutOfRange(
                            "audit path " + path + " is not a path of this run (paths 0.." + (paths - 1) + ")");
                }
            }
            return listed.clone();
        }
    }

    /** An audit path beyond the run's paths, found when the number of paths is known. */
    public static final class AuditPathOutOfRange extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        AuditPathOutOfRange(String message) {
            super(message);
        }
    }

    /** Where the scenario's text came from, for the manifest. */
    public record Source(String name, Optional<Path> file, String text) {
        static Source file(Path file) {
            return new Source(file.toString(), Optional.of(file), "");
        }

        static Source text(String name, String text) {
            return new Source(name, Optional.empty(), text);
        }

        InputFile input() {
            return file.map(InputFile::of).orElseGet(() -> InputFile.ofText(name, text));
        }

        /** The scenario's text, read again from its file if it came from one. */
        public String content() {
            if (file.isEmpty()) {
                return text;
            }
            try {
                return java.nio.file.Files.readString(file.get());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private GramScenario(
            Scenario scenario,
            Source source,
            OptionalInt pathsOverride,
            int threads,
            Optional<Path> goldPaths,
            RunProgress progress,
            AuditSample audit,
            List<Metric> asked,
            List<Diagnostic> warnings,
            RunEngine engine) {
        this.engine = engine;
        this.scenario = scenario;
        this.asked = List.copyOf(asked);
        this.warnings = List.copyOf(warnings);
        this.source = source;
        this.pathsOverride = pathsOverride;
        this.threads = threads;
        this.goldPaths = goldPaths;
        this.progress = progress;
        this.audit = audit;
    }

    static GramScenario of(Scenario scenario, Source source) {
        return of(scenario, source, List.of());
    }

    static GramScenario of(Scenario scenario, Source source, List<Diagnostic> warnings) {
        return new GramScenario(
                scenario,
                source,
                OptionalInt.empty(),
                Runtime.getRuntime().availableProcessors(),
                Optional.empty(),
                RunProgress.NONE,
                null,
                List.of(),
                warnings,
                RunEngine.LOCAL);
    }

    /** Where the scenario came from (its file, or the name of notebook text). */
    public Source source() {
        return source;
    }

    /** The resolved model, every setting explicit. */
    public Scenario scenario() {
        return scenario;
    }

    public GramScenario withPaths(int paths) {
        if (paths <= 0) {
            throw new IllegalArgumentException("paths must be positive, got " + paths);
        }
        return new GramScenario(
                scenario.withPaths(paths),
                source,
                OptionalInt.of(paths),
                threads,
                goldPaths,
                progress,
                audit,
                asked,
                warnings,
                engine);
    }

    /**
     * The scenario with a debt block: a dollar minted against the token as collateral
     * (docs/model.md, "The debt block"). Its rules come from the rule files the scenario names.
     */
    public GramScenario withDebt(io.gramkit.model.debt.DebtSystem debt) {
        return new GramScenario(
                scenario.withDebt(debt),
                source,
                pathsOverride,
                threads,
                goldPaths,
                progress,
                audit,
                asked,
                warnings,
                engine);
    }

    public GramScenario withSeed(long seed) {
        return new GramScenario(
                scenario.withSeed(seed),
                source,
                pathsOverride,
                threads,
                goldPaths,
                progress,
                audit,
                asked,
                warnings,
                engine);
    }

    /** Worker threads; results do not depend on it. Defaults to the number of cores. */
    public GramScenario withThreads(int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("threads must be positive, got " + count);
        }
        return new GramScenario(
                scenario, source, pathsOverride, count, goldPaths, progress, audit, asked, warnings, engine);
    }

    /** Runs with these rule files or folders instead of the ones the scenario names. */
    public GramScenario withRules(List<Path> rules) {
        List<RuleSource> sources = rules.stream()
                .map(path ->
                        new RuleSource(scenario.span(), path.toAbsolutePath().normalize()))
                .toList();
        return new GramScenario(
                scenario.withRules(sources),
                source,
                pathsOverride,
                threads,
                goldPaths,
                progress,
                audit,
                asked,
                warnings,
                engine);
    }

    /**
     * Replaces the gold model and its shocks with given prices: a CSV {@code path,day,price}
     * (USD per gram, days 0 .. horizon). The file fixes the number of paths.
     */
    public GramScenario withGoldPaths(Path file) {
        return new GramScenario(
                scenario, source, pathsOverride, threads, Optional.of(file), progress, audit, asked, warnings, engine);
    }

    /**
     * The same run settings over a changed model (a shock resized, a policy level moved), for
     * notebooks and for searches such as {@code gram reverse}; the path count and seed are the
     * changed model's.
     */
    public GramScenario withModel(Scenario changed) {
        return new GramScenario(
                changed,
                source,
                pathsOverride.isPresent() ? OptionalInt.of(changed.paths()) : OptionalInt.empty(),
                threads,
                goldPaths,
                progress,
                audit,
                asked,
                warnings,
                engine);
    }

    /**
     * Asks the run for these metrics too (parsed by {@link GramMetrics#metric}): their rows join
     * metrics.csv and the summary, and a report condition ({@code probability[...]}) is measured
     * on every day as if the scenario's report block named it. Results of other metrics do not
     * change.
     */
    public GramScenario withMetrics(List<? extends Metric> metrics) {
        List<Metric> all = new ArrayList<>(asked);
        for (Metric metric : metrics) {
            if (all.stream().noneMatch(m -> m.name().equals(metric.name()))) {
                all.add(metric);
            }
        }
        return new GramScenario(
                scenario, source, pathsOverride, threads, goldPaths, progress, audit, all, warnings, engine);
    }

    /** {@link #withMetrics(List)} for metrics written as text. */
    public GramScenario withMetrics(String... metrics) {
        return withMetrics(Arrays.stream(metrics).map(GramMetrics::metric).toList());
    }

    /** The metrics asked of the run beyond metrics.csv's own. */
    public List<Metric> metrics() {
        return asked;
    }

    /**
     * The warnings the scenario gave when loaded (as {@code gram check} prints them: a shock after
     * the horizon, a token under-covered on day 0, ...); empty for a clean scenario.
     */
    public List<Diagnostic> warnings() {
        return warnings;
    }

    /** Reports each simulated day to {@code listener} (a progress bar); results do not change. */
    public GramScenario withProgress(RunProgress listener) {
        return new GramScenario(
                scenario, source, pathsOverride, threads, goldPaths, listener, audit, asked, warnings, engine);
    }

    /**
     * Keeps an audit trail of the run: every rule firing on the first {@code firstPaths} paths (all
     * paths if there are fewer) with the facts it matched and what it set, and on all paths the
     * changes of each lever by rule ({@link GramRun#audit()}, audit.csv and rule-changes.csv).
     * Results do not change. Each path's gold stream is independent of the others', so the first
     * paths are as good a sample as any.
     */
    public GramScenario withAudit(int firstPaths) {
        if (firstPaths <= 0) {
            throw new IllegalArgumentException("the audit needs at least one path, got " + firstPaths);
        }
        return new GramScenario(
                scenario,
                source,
                pathsOverride,
                threads,
                goldPaths,
                progress,
                new AuditSample(firstPaths, null),
                asked,
                warnings,
                engine);
    }

    /** Keeps an audit trail of the listed paths (numbered from 0); see {@link #withAudit(int)}. */
    public GramScenario withAuditPaths(int... paths) {
        int[] sorted = paths.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0 || sorted[0] < 0) {
            throw new IllegalArgumentException(
                    "audit paths must be path numbers from 0, got " + Arrays.toString(paths));
        }
        return new GramScenario(
                scenario,
                source,
                pathsOverride,
                threads,
                goldPaths,
                progress,
                new AuditSample(0, Arrays.stream(sorted).distinct().toArray()),
                asked,
                warnings,
                engine);
    }

    /** The same settings without an audit trail. */
    public GramScenario withoutAudit() {
        return new GramScenario(
                scenario, source, pathsOverride, threads, goldPaths, progress, null, asked, warnings, engine);
    }

    /**
     * Compiles the rule files this scenario runs with, as {@link #run()} would, without running,
     * and returns the warnings about them: a deprecated field read (R140), and policy levels that
     * no rule reads (G228); and the review of the rules (R15x), whose errors are in the list too.
     *
     * @throws InputException listing every problem of the rule files
     */
    public List<Diagnostic> compileRules() {
        DroolsRules rules = DroolsRules.forScenario(scenario);
        List<Diagnostic> warnings = new java.util.ArrayList<>(rules.warnings());
        warnings.addAll(rules.review());
        warnings.addAll(UnreadLevels.of(scenario, rules.levelsRead()));
        return List.copyOf(warnings);
    }

    public int threads() {
        return threads;
    }

    /**
     * The same scenario run by {@code engine} (results identical to the local engine's); see
     * {@link #onSpark(String)}.
     */
    public GramScenario withEngine(RunEngine engine) {
        return new GramScenario(
                scenario, source, pathsOverride, threads, goldPaths, progress, audit, asked, warnings, engine);
    }

    /** The engine that runs the paths: {@link RunEngine#LOCAL} unless one was given. */
    public RunEngine engine() {
        return engine;
    }

    /**
     * The same scenario run on Apache Spark ({@code local[N]} or {@code spark://host:port}), when the
     * kit's Spark module is on the class path (docs/scale-out.md); results are identical to a local run's.
     *
     * @throws IllegalStateException when the Spark module is not on the class path
     */
    public GramScenario onSpark(String master) {
        return withEngine(RunEngine.named("spark", java.util.Map.of("master", master)));
    }

    /** The report request with the conditions of the metrics asked for that it does not measure yet. */
    private ReportRequest withAsked(ReportRequest request) {
        List<ReportRequest.Measured> probabilities = new ArrayList<>(request.probabilities());
        List<ReportRequest.Measured> days = new ArrayList<>(request.dayCounts());
        for (Metric metric : asked) {
            if (metric instanceof io.gramkit.analysis.ReportMetric reported) {
                List<ReportRequest.Measured> into = reported.probability() ? probabilities : days;
                String key = io.gramkit.analysis.ReportMetric.key(
                        reported.condition().text());
                if (into.stream()
                        .noneMatch(m ->
                                io.gramkit.analysis.ReportMetric.key(m.text()).equals(key))) {
                    into.add(reported.condition());
                }
            }
        }
        return new ReportRequest(request.span(), request.quantiles(), probabilities, days);
    }

    /**
     * Runs every path to the horizon.
     *
     * @throws InputException when the rules, a price file or the model's state are bad input
     */
    public GramRun run() {
        return run(null);
    }

    /**
     * Runs with rules already loaded ({@code null}: load the scenario's), so that searches that
     * run one scenario many times build the rule base once.
     */
    GramRun run(ResponseRules loadedRules) {
        Scenario toRun = scenario;
        GoldSource gold = StochasticGold.of(scenario);
        Optional<InputFile> goldInput = Optional.empty();
        if (goldPaths.isPresent()) {
            GoldPrices prices = GoldPathsFile.read(goldPaths.get(), scenario.horizonDays());
            if (pathsOverride.isPresent() && pathsOverride.getAsInt() != prices.pathCount()) {
                throw new InputException(Diagnostic.error(
                        DataCode.PATHS_COUNT_MISMATCH,
                        SourceSpan.of(new io.gramkit.diagnostic.SourceFile(
                                goldPaths.get().toString(), "")),
                        "the file holds " + prices.pathCount() + " paths but " + pathsOverride.getAsInt()
                                + " were asked for; leave out --paths"));
            }
            toRun = scenario.withPaths(prices.pathCount());
            gold = new GivenGold(prices);
            goldInput = Optional.of(InputFile.of(goldPaths.get()));
        }
        int[] sampled = audit != null ? audit.resolve(toRun.paths()) : null;
        ResponseRules rules = loadedRules != null ? loadedRules : DroolsRules.forScenario(toRun);
        AuditTrail trail = null;
        if (sampled != null) {
            trail = new AuditTrail(sampled, rules.ruleNames());
            rules = rules.audited(trail);
        }
        RunObservers observers = new RunObservers(
                toRun.paths(), withAsked(toRun.report()), toRun.debt().isPresent(), engine.exactPathLimit());
        RunResult result;
        try {
            result = engine.run(this, toRun, rules, gold, observers, progress);
        } catch (ModelException e) {
            // Point at what the user can change: the rules that clashed, or else the reserves.
            throw new InputException(e.diagnostic(toRun.token().span()));
        }
        return new GramRun(
                result,
                observers.bands(),
                observers.metrics(),
                observers.sample(),
                observers.shares(),
                observers.report().rows(),
                observers.report().perPath(),
                asked,
                warnings,
                source,
                goldInput,
                Optional.ofNullable(trail),
                observers.debt());
    }
}
