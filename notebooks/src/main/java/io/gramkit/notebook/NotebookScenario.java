package io.gramkit.notebook;

import io.gramkit.Gram;
import io.gramkit.GramGrid;
import io.gramkit.GramMetrics;
import io.gramkit.GramReverse;
import io.gramkit.GramScenario;
import io.gramkit.diagnostic.DiagnosticPrinter;
import io.gramkit.model.RuleSource;
import io.gramkit.model.Scenario;
import io.gramkit.rules.PolicyDrl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A checked scenario with the settings a cell gave it. Immutable: each setter returns a new
 * value, checked at once, so a mistake shows in the cell that made it. Settings survive
 * {@link #replace}, which edits the scenario text itself.
 */
public final class NotebookScenario implements Displayable {
    private final String sourceName;
    private final String text;
    private final Path baseDirectory;
    private final Optional<Path> file; // empty once the text was edited or given in a cell
    private final Optional<String> label;
    private final OptionalInt paths;
    private final OptionalLong seed;
    private final OptionalInt threads;
    private final List<Path> rules; // empty: the rules the scenario names
    private final Optional<Path> goldPaths;
    private final GramScenario gram;

    private NotebookScenario(
            String sourceName,
            String text,
            Path baseDirectory,
            Optional<Path> file,
            Optional<String> label,
            OptionalInt paths,
            OptionalLong seed,
            OptionalInt threads,
            List<Path> rules,
            Optional<Path> goldPaths) {
        this.sourceName = sourceName;
        this.text = text;
        this.baseDirectory = baseDirectory;
        this.file = file;
        this.label = label;
        this.paths = paths;
        this.seed = seed;
        this.threads = threads;
        this.rules = List.copyOf(rules);
        this.goldPaths = goldPaths;
        this.gram = build();
    }

    static NotebookScenario load(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String text;
        try {
            text = Files.readString(absolute);
        } catch (IOException e) {
            // Gram.load reports an unreadable file the way the command line does.
            Gram.load(absolute);
            throw new UncheckedIOException(e);
        }
        return new NotebookScenario(
                file.toString(),
                text,
                absolute.getParent(),
                Optional.of(absolute),
                Optional.empty(),
                OptionalInt.empty(),
                OptionalLong.empty(),
                OptionalInt.empty(),
                List.of(),
                Optional.empty());
    }

    static NotebookScenario parse(String name, String text, Path baseDirectory) {
        return new NotebookScenario(
                name,
                text,
                baseDirectory.toAbsolutePath().normalize(),
                Optional.empty(),
                Optional.empty(),
                OptionalInt.empty(),
                OptionalLong.empty(),
                OptionalInt.empty(),
                List.of(),
                Optional.empty());
    }

    private GramScenario build() {
        GramScenario scenario = file.isPresent() ? Gram.load(file.get()) : Gram.parse(sourceName, text, baseDirectory);
        if (paths.isPresent()) {
            scenario = scenario.withPaths(paths.getAsInt());
        }
        if (seed.isPresent()) {
            scenario = scenario.withSeed(seed.getAsLong());
        }
        if (threads.isPresent()) {
            scenario = scenario.withThreads(threads.getAsInt());
        }
        if (!rules.isEmpty()) {
            scenario = scenario.withRules(rules);
        }
        if (goldPaths.isPresent()) {
            scenario = scenario.withGoldPaths(goldPaths.get());
        }
        return scenario;
    }

    /** Runs this many paths instead of the number the scenario gives. */
    public NotebookScenario paths(int count) {
        return new NotebookScenario(
                sourceName, text, baseDirectory, file, label, OptionalInt.of(count), seed, threads, rules, goldPaths);
    }

    /** Runs with this seed instead of the scenario's. */
    public NotebookScenario seed(long value) {
        return new NotebookScenario(
                sourceName, text, baseDirectory, file, label, paths, OptionalLong.of(value), threads, rules, goldPaths);
    }

    /** Worker threads (default: all cores); the results never depend on it. */
    public NotebookScenario threads(int count) {
        return new NotebookScenario(
                sourceName, text, baseDirectory, file, label, paths, seed, OptionalInt.of(count), rules, goldPaths);
    }

    /** Runs with these rule files or folders instead of the ones the scenario names. */
    public NotebookScenario rules(String... files) {
        List<Path> chosen =
                Arrays.stream(files).map(Path::of).map(Path::toAbsolutePath).toList();
        return new NotebookScenario(
                sourceName, text, baseDirectory, file, label, paths, seed, threads, chosen, goldPaths);
    }

    /** Replaces the gold model with given prices: a CSV {@code path,day,price} (see the README). */
    public NotebookScenario goldPaths(String csv) {
        return new NotebookScenario(
                sourceName,
                text,
                baseDirectory,
                file,
                label,
                paths,
                seed,
                threads,
                rules,
                Optional.of(Path.of(csv).toAbsolutePath()));
    }

    /**
     * Edits the scenario text: {@code target} must occur exactly once and is replaced by
     * {@code replacement}; the new text is parsed and checked again. For example
     * {@code replace("raised fee 1%", "raised fee 3%")}.
     */
    public NotebookScenario replace(String target, String replacement) {
        Objects.requireNonNull(replacement, "replacement");
        int first = text.indexOf(target);
        int count = first < 0 ? 0 : (text.indexOf(target, first + 1) < 0 ? 1 : 2);
        if (count != 1) {
            throw new IllegalArgumentException("'" + target + "' occurs " + (count == 0 ? "nowhere" : "more than once")
                    + " in " + sourceName + "; replace needs text that occurs exactly once");
        }
        String edited = text.substring(0, first) + replacement + text.substring(first + target.length());
        String name = sourceName.endsWith(" (edited)") ? sourceName : sourceName + " (edited)";
        return new NotebookScenario(
                name, edited, baseDirectory, Optional.empty(), label, paths, seed, threads, rules, goldPaths);
    }

    /** The name tables and charts give this scenario (default: the scenario's own name). */
    public NotebookScenario label(String name) {
        return new NotebookScenario(
                sourceName, text, baseDirectory, file, Optional.of(name), paths, seed, threads, rules, goldPaths);
    }

    public String label() {
        return label.orElse(gram.scenario().name());
    }

    /** The scenario text, with every edit applied. */
    public String source() {
        return text;
    }

    /** The kit's scenario, for the API this facade does not cover. */
    public GramScenario gram() {
        return gram;
    }

    /** The resolved model: every setting explicit. */
    public Scenario scenario() {
        return gram.scenario();
    }

    /** Runs every path to the horizon; an interrupt (the notebook's stop button) cancels the run. */
    public NotebookRun run() {
        return new NotebookRun(label(), gram.run());
    }

    /**
     * Runs every path, also measuring {@code metrics} (any metric of docs/analysis.md, "Metrics",
     * such as {@code "probability[discount > 5%]"}); {@link NotebookRun#metric} reads them.
     */
    public NotebookRun run(String... metrics) {
        return new NotebookRun(label(), gram.withMetrics(metrics).run());
    }

    /** The scenario's warnings as {@code gram check} prints them; empty for a clean scenario. */
    public List<String> warnings() {
        return gram.warnings().stream().map(DiagnosticPrinter::render).toList();
    }

    /**
     * Runs every path and keeps the audit trail of the first {@code samplePaths} paths: every rule
     * firing with the facts it matched and the lever it changed ({@link NotebookRun#audit()}).
     */
    public NotebookRun runAudited(int samplePaths) {
        return new NotebookRun(label(), gram.withAudit(samplePaths).run());
    }

    /** The DRL the scenario's {@code when ... then ...} policy lines compile to (what {@code gram rules show} prints). */
    public String policyDrl() {
        return PolicyDrl.of(scenario()).orElse("// " + label() + " has no `when ... then ...` policy lines");
    }

    /**
     * Runs every point of the scenario's sweeps ({@code sweep fee in 0.25%, 0.5%}) on the same
     * random numbers, with this scenario's paths, seed and threads; one row per point.
     */
    public tech.tablesaw.api.Table sweep() {
        GramGrid grid = file.isPresent() ? Gram.loadGrid(file.get()) : Gram.parseGrid(sourceName, text, baseDirectory);
        if (paths.isPresent()) {
            grid = grid.withPaths(paths.getAsInt());
        }
        if (seed.isPresent()) {
            grid = grid.withSeed(seed.getAsLong());
        }
        if (threads.isPresent()) {
            grid = grid.withThreads(threads.getAsInt());
        }
        return grid.run().table();
    }

    /**
     * Runs this scenario and {@code other} on the same paths: {@code other} takes this scenario's
     * seed and number of paths, so each path sees the same gold prices under both (common random
     * numbers) and the difference between the two comes from what differs between them.
     */
    public Comparison compare(NotebookScenario other) {
        Scenario mine = scenario();
        NotebookScenario aligned = other.paths(mine.paths()).seed(mine.seed());
        return new Comparison(run(), aligned.run());
    }

    /**
     * {@link #compare(NotebookScenario)} measuring {@code metrics} in both runs, so that
     * {@link Comparison#metric(String)} pairs them path by path.
     */
    public Comparison compare(NotebookScenario other, String... metrics) {
        Scenario mine = scenario();
        NotebookScenario aligned = other.paths(mine.paths()).seed(mine.seed());
        return new Comparison(run(metrics), aligned.run(metrics));
    }

    /**
     * Reverse stress test: resizes the shock named {@code shock} (a drop or a rise) over
     * {@code steps + 1} sizes from {@code from} to {@code to} (fractions: 0.2 is a 20% move), all on
     * this scenario's paths and seed, and refines each size where {@code condition} changes with
     * {@code bisections} halvings. The condition is written as {@code gram reverse --until} takes it:
     * {@code "share_max_discount_above_10pct >= 50%"} or {@code "share[max discount > 5%] >= 50%"}
     * (any metric of docs/analysis.md, "Metrics"). Every change is reported, since a larger shock
     * can end better.
     */
    public ReverseStress reverse(String shock, String condition, double from, double to, int steps, int bisections) {
        return new ReverseStress(
                label(),
                GramReverse.search(
                        gram, shock, GramMetrics.condition("condition", condition), from, to, steps, bisections));
    }

    /** The settings a run would use. */
    public Table settings() {
        Scenario s = scenario();
        String ruleText = s.rules().isEmpty()
                ? "the kit's packaged reference rules"
                : String.join(
                        ", ",
                        s.rules().stream()
                                .map(RuleSource::path)
                                .map(Path::toString)
                                .toList());
        List<List<String>> rows = List.of(
                List.of("scenario", s.name()),
                List.of("description", s.description()),
                List.of("source", sourceName),
                List.of("horizon", s.horizonDays() + " days"),
                List.of("paths", Formats.count(s.paths())),
                List.of("seed", Long.toString(s.seed())),
                List.of("threads", Integer.toString(gram.threads())),
                List.of(
                        "gold",
                        goldPaths
                                .map(p -> "given prices from " + p)
                                .orElse(String.format(
                                        Locale.ROOT,
                                        "%.2f USD/g spot, %d shock%s",
                                        s.gold().spotUsdPerGram(),
                                        s.gold().shocks().size(),
                                        s.gold().shocks().size() == 1 ? "" : "s"))),
                List.of("rules", ruleText));
        return Table.of(label(), List.of("setting", "value"), rows);
    }

    @Override
    public Optional<String> html() {
        return settings().html();
    }

    @Override
    public String text() {
        return settings().text();
    }

    @Override
    public String toString() {
        return text();
    }
}
