package io.gramkit.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * A change review over the scenario library ({@code gram rules diff A B --library}): every
 * scenario run under rule set A and under rule set B on common random numbers, and the scenarios
 * that could not take the rule sets, with why. The evidence a rule proposal carries.
 *
 * @param seed    the seed every run used, or empty when each scenario ran on its own seed
 * @param threads the worker threads of each run (results do not depend on it)
 */
public record LibraryDiff(
        RuleSet a,
        RuleSet b,
        int paths,
        OptionalLong seed,
        int threads,
        List<ScenarioDiff> ran,
        List<Skipped> skipped) {

    public LibraryDiff {
        ran = List.copyOf(ran);
        skipped = List.copyOf(skipped);
    }

    /** A rule set as given: each folder or file with its fingerprint and the files it counts. */
    public record RuleSet(List<Source> sources) {
        public RuleSet {
            sources = List.copyOf(sources);
        }

        /** The folders and files as given, separated by commas. */
        public String label() {
            return String.join(", ", sources.stream().map(Source::path).toList());
        }
    }

    /**
     * A rule folder or file as given, its fingerprint ({@code sha256:...}, what a sign-off names)
     * and the files the fingerprint counts, each with its own SHA-256.
     */
    public record Source(String path, String fingerprint, List<InputFile> files) {
        public Source {
            files = List.copyOf(files);
        }
    }

    /** A scenario that ran under both rule sets: the paired comparison and its debt quantiles. */
    public record ScenarioDiff(
            String name, InputFile file, int horizonDays, Comparison comparison, List<DebtQuantile.Change> quantiles) {
        public ScenarioDiff {
            quantiles = List.copyOf(quantiles);
        }

        /** The metrics whose 95% interval of B - A excludes zero. */
        public List<Comparison.Row> changedRows() {
            return comparison.rows().stream().filter(ScenarioDiff::changed).toList();
        }

        public boolean changed() {
            return !changedRows().isEmpty();
        }

        static boolean changed(Comparison.Row row) {
            return row.difference().low() > 0 || row.difference().high() < 0;
        }
    }

    /** A scenario that did not run, and why (no rules to replace, a load or run error). */
    public record Skipped(String name, String file, String reason) {}

    public List<ScenarioDiff> changed() {
        return ran.stream().filter(ScenarioDiff::changed).toList();
    }

    /**
     * Writes {@value LibraryDiffCsv#FILE}, the table as printed ({@code library-diff.txt}) and
     * {@code manifest.json} into {@code folder}, complete or not at all ({@link OutputFolder}).
     */
    public Path writeTo(Path folder, boolean force) throws IOException {
        OutputFolder output = new OutputFolder(folder, force)
                .add(LibraryDiffCsv.FILE, out -> LibraryDiffCsv.write(this, out))
                .add("library-diff.txt", out -> out.write(LibraryDiffText.render(this)))
                .addIndex("manifest.json", hashes -> LibraryDiffManifest.toJson(this, hashes));
        output.publish();
        return output.target();
    }
}
