package io.gramkit;

import io.gramkit.analysis.Comparison;
import io.gramkit.analysis.DebtMetrics;
import io.gramkit.analysis.DebtQuantile;
import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.interpreter.RuleChanges;
import io.gramkit.rules.DroolsRules;
import io.gramkit.rules.RuleCatalogue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Rule folders as governance handles them: check that one loads, list what it holds, and compare
 * a scenario run under two of them. Every problem with the rule files is an
 * {@link io.gramkit.diagnostic.InputException}.
 */
public final class GramRules {
    private GramRules() {}

    /**
     * What loaded: the number of rules, and of files read (a {@code .dsl} mapping counts), and the
     * warnings about them (a deprecated field read, R140).
     */
    public record Checked(int rules, int files, List<Diagnostic> warnings) {
        public Checked {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Loads and compiles the rule files and folders as one rule set, as a run with them would, and
     * reviews them (R15x): an error of the review is thrown as a load error would be.
     */
    public static Checked check(List<Path> sources) {
        DroolsRules rules = DroolsRules.load(sources);
        List<Diagnostic> found = new ArrayList<>(rules.warnings());
        found.addAll(rules.review());
        List<Diagnostic> sorted =
                found.stream().distinct().sorted(Diagnostic.READING_ORDER).toList();
        if (sorted.stream().anyMatch(Diagnostic::isError)) {
            throw new io.gramkit.diagnostic.InputException(sorted);
        }
        return new Checked(rules.ruleNames().size(), rules.files().size(), sorted);
    }

    /**
     * The DRL that rule files and folders expand to ({@code .dslr} sentence by sentence, a decision
     * table row by row), for review.
     */
    public static String expandedDrl(List<Path> sources) {
        return RuleCatalogue.expandedDrl(sources);
    }

    /**
     * The rule book of rule files and folders, what a governance review reads: fingerprints, files,
     * and every rule with its header, source, condition and action in words, levels, numbers and
     * levers. Print it with {@link io.gramkit.rules.RuleBookHtml} or
     * {@link io.gramkit.rules.RuleBookMarkdown}.
     *
     * @throws io.gramkit.diagnostic.InputException when the rules do not load, as for a run
     */
    public static io.gramkit.rules.RuleBook book(List<Path> sources) {
        return io.gramkit.rules.RuleBook.of(sources);
    }

    /** By rule name: the levers it sets and the literal numbers written into it. */
    public static Map<String, List<List<String>>> leversAndNumbers(List<Path> sources) {
        return RuleCatalogue.leversAndNumbers(sources);
    }

    /** Each rule's name, file and line, and the policy levels it reads. */
    public static List<RuleCatalogue.Entry> list(List<Path> sources) {
        return RuleCatalogue.of(sources);
    }

    /**
     * Runs {@code scenario} under rule set A, then under rule set B on A's seed and paths (common
     * random numbers: path i sees the same gold in both), and pairs the results path by path: the
     * headline metrics, and for a scenario with a debt block the debt shares and means
     * ({@link DebtMetrics#paired()}) and its quantiles as A, B and B - A.
     */
    public static Diff diff(GramScenario scenario, List<Path> rulesA, List<Path> rulesB) {
        GramScenario a = scenario.withRules(rulesA);
        GramScenario b = scenario.withRules(rulesB);
        // Both rule sets must load before anything runs.
        b.compileRules();
        GramRun runA = a.run();
        GramRun runB = b.withSeed(a.scenario().seed())
                .withPaths(runA.outcomes().size())
                .run();
        boolean debt = a.scenario().debt().isPresent();
        Comparison comparison = Comparison.of(
                names(rulesA),
                runA.pathResults(),
                names(rulesB),
                runB.pathResults(),
                a.scenario().seed(),
                debt ? DebtMetrics.paired() : List.of());
        List<DebtQuantile.Change> quantiles =
                debt ? DebtMetrics.quantileChanges(runA.outcomes(), runB.outcomes()) : List.of();
        return new Diff(runA, runB, comparison, quantiles);
    }

    private static String names(List<Path> sources) {
        return String.join(", ", sources.stream().map(Path::toString).toList());
    }

    /** One rule's change counts (path-days on which it changed a lever) under A and B; empty where it is not. */
    public record RuleRow(String rule, OptionalLong a, OptionalLong b) {
        public boolean inBoth() {
            return a.isPresent() && b.isPresent();
        }
    }

    /**
     * A scenario under two rule sets on common random numbers: the paired comparison, and the
     * debt block's quantiles under each (empty without a debt block).
     */
    public record Diff(GramRun a, GramRun b, Comparison comparison, List<DebtQuantile.Change> debtQuantiles) {
        public Diff {
            debtQuantiles = List.copyOf(debtQuantiles);
        }

        /** Rules in both sets first (in A's order), then those only in A, then those only in B. */
        public List<RuleRow> ruleChanges() {
            Map<String, Long> countsA = counts(a);
            Map<String, Long> countsB = counts(b);
            List<RuleRow> both = new ArrayList<>();
            List<RuleRow> onlyA = new ArrayList<>();
            List<RuleRow> onlyB = new ArrayList<>();
            countsA.forEach((rule, count) -> {
                RuleRow row = new RuleRow(
                        rule,
                        OptionalLong.of(count),
                        countsB.containsKey(rule) ? OptionalLong.of(countsB.get(rule)) : OptionalLong.empty());
                (row.inBoth() ? both : onlyA).add(row);
            });
            countsB.forEach((rule, count) -> {
                if (!countsA.containsKey(rule)) {
                    onlyB.add(new RuleRow(rule, OptionalLong.empty(), OptionalLong.of(count)));
                }
            });
            List<RuleRow> rows = new ArrayList<>(both);
            rows.addAll(onlyA);
            rows.addAll(onlyB);
            return rows;
        }

        private static Map<String, Long> counts(GramRun run) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (RuleChanges changes : run.result().ruleChanges()) {
                counts.put(changes.rule(), changes.pathDays());
            }
            return counts;
        }
    }
}
