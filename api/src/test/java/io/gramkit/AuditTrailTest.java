package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gramkit.interpreter.AuditRecord;
import io.gramkit.interpreter.AuditTrail;
import io.gramkit.interpreter.LeverChanges;
import io.gramkit.interpreter.PathOutcomes;
import io.gramkit.interpreter.PathState;
import io.gramkit.interpreter.ResponseRules;
import io.gramkit.interpreter.ResponseSession;
import io.gramkit.interpreter.RuleChanges;
import io.gramkit.interpreter.RuleFile;
import io.gramkit.model.Scenario;
import io.gramkit.rules.DroolsRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail through the API: replaying a sampled path's recorded changes reproduces its
 * daily fee and minting series exactly; the trail does not depend on the number of threads and
 * changes no other output; a hand-built scenario gives the literal rows a reader expects.
 */
class AuditTrailTest {
    private static final Path REFERENCE = Repository.file("scenario-library/reference-v1.gram");

    @TempDir
    Path temp;

    @Test
    void replayingTheRecordedChangesReproducesEverySampledPathsFeeAndMintingSeries() {
        Series series = new Series();
        int paths = 200;
        GramScenario scenario =
                Gram.load(REFERENCE).withPaths(paths).withThreads(2).withAudit(paths);
        GramRun run = scenario.run(series.around(DroolsRules.forScenario(scenario.scenario())));
        AuditTrail trail = run.audit().orElseThrow();
        double baseFee = scenario.scenario().redemption().baseFee();
        PathOutcomes outcomes = run.outcomes();
        int horizon = scenario.scenario().horizonDays();
        Set<String> firedRules = new HashSet<>();

        for (int path = 0; path < paths; path++) {
            double[] fee = series.fee.get(path);
            double[] minting = series.minting.get(path);
            // Start from the initial levers and apply the recorded changes in day order.
            double replayedFee = fee[0];
            double replayedMinting = minting[0];
            int daysFeeRaised = 0;
            int daysMintingHalted = 0;
            List<AuditRecord> records = trail.records(path);
            int next = 0;
            for (int day = 1; day <= horizon; day++) {
                for (; next < records.size() && records.get(next).day() == day; next++) {
                    AuditRecord record = records.get(next);
                    firedRules.add(record.ruleName());
                    switch (record.lever()) {
                        case "fee" -> {
                            assertThat(record.before())
                                    .as("fee before, path %d day %d", path, day)
                                    .isEqualTo(replayedFee);
                            replayedFee = record.after();
                        }
                        case "minting" -> {
                            assertThat(record.before())
                                    .as("minting before, path %d day %d", path, day)
                                    .isEqualTo(replayedMinting);
                            replayedMinting = record.after();
                        }
                        default -> throw new AssertionError("a reference rule that set no known lever: " + record);
                    }
                }
                assertThat(replayedFee)
                        .as("fee of path %d after day %d", path, day)
                        .isEqualTo(fee[day]);
                assertThat(replayedMinting)
                        .as("minting of path %d after day %d", path, day)
                        .isEqualTo(minting[day]);
                daysFeeRaised += replayedFee > baseFee ? 1 : 0;
                daysMintingHalted += replayedMinting == 0 ? 1 : 0;
            }
            assertThat(next).as("records of path %d in day order", path).isEqualTo(records.size());
            // The replay also agrees with what paths.csv says of the path.
            assertThat(replayedFee).isEqualTo(outcomes.fee(path));
            assertThat(replayedMinting == 1).isEqualTo(outcomes.mintEnabled(path));
            assertThat(daysFeeRaised).isEqualTo(outcomes.daysFeeRaised(path));
            assertThat(daysMintingHalted).isEqualTo(outcomes.daysMintingHalted(path));
        }
        assertThat(firedRules).as("the sample exercises every reference rule").hasSize(4);
        // With every path sampled, the records' changes add up to the run's rule counts.
        for (RuleChanges rule : run.result().ruleChanges()) {
            long recorded = trail.records().stream()
                    .filter(r -> r.ruleName().equals(rule.rule()) && r.changed())
                    .count();
            long byLever = trail.leverChanges().stream()
                    .filter(c -> c.rule().equals(rule.rule()))
                    .mapToLong(LeverChanges::pathDays)
                    .sum();
            assertThat(recorded).as(rule.rule()).isEqualTo(rule.pathDays());
            assertThat(byLever).as(rule.rule()).isEqualTo(rule.pathDays());
        }
    }

    /**
     * Zero volatility, gold up 20% on day 5 and down 12% on day 12, 20 days; path 1 of 3 sampled.
     * By hand: the rally leaves the cash buffer worth less in grams (coverage 0.9958): minting
     * halts on day 5. The drop lifts coverage back above 100% (minting resumes on day 12) and puts
     * 0.5 x 12% = 6% of supply into panic redemptions on top of 0.1%; the daily limit serves 2%,
     * so the discount is 0.5 x (6.1% - 2%) = 2.05% > 1%: the fee is raised on day 12. Under the 1%
     * fee the discount narrows to 1.675% (day 13), 0.7375% (day 14), then 0 (day 15): the base fee
     * is restored on day 15.
     */
    @Test
    void aHandBuiltScenarioGivesTheRowsWorkedOutByHand() throws IOException {
        GramRun run = handBuilt().withAuditPaths(1).withThreads(1).run();
        Path out = run.writeTo(temp.resolve("hand"), false);

        List<String> lines = Files.readAllLines(out.resolve("audit.csv"));
        String minting = Repository.file("rules/reference/minting.drl").toString();
        String fee = Repository.file("rules/reference/redemption-fee.drl").toString();
        assertThat(lines.get(0)).isEqualTo("path,day,rule,rule_file,rule_line,lever,before,after,changed,matched");
        assertThat(lines.subList(1, lines.size()))
                .extracting(line -> line.substring(0, line.lastIndexOf(',')))
                .containsExactly(
                        "1,5,Halt minting below full coverage," + minting + ",17,minting,1,0,1",
                        "1,12,Resume minting at full coverage," + minting + ",25,minting,0,1,1",
                        "1,12,Raise the redemption fee when the discount is wide," + fee + ",18,fee,0.0025,0.01,1",
                        "1,15,Restore the base fee when the peg is back," + fee + ",26,fee,0.01,0.0025,1");
        List<String> matched = lines.subList(1, lines.size()).stream()
                .map(line -> line.substring(line.lastIndexOf(',') + 1))
                .toList();
        assertThat(matched.get(0))
                .startsWith("MintingLevels(minimumCoverage=1.0); TokenDay(")
                .contains(
                        " day=5 ",
                        " discount=0.0 ",
                        " fee=0.0025 ",
                        " goldPrice=90.0 ",
                        " mintingEnabled=true ",
                        " path=1 ");
        assertThat(property(matched.get(0), "coverage")).isCloseTo(0.99579, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(matched.get(1)).contains(" day=12 ", " mintingEnabled=false ");
        assertThat(property(matched.get(1), "coverage")).isGreaterThanOrEqualTo(1.0);
        assertThat(matched.get(2))
                .startsWith("RedemptionLevels(baseFee=0.0025 calmDiscount=0.002 dailyLimit=0.02"
                        + " raisedFee=0.01 wideDiscount=0.01); TokenDay(")
                .contains(" day=12 ", " fee=0.0025 ");
        assertThat(property(matched.get(2), "discount")).isCloseTo(0.0205, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(matched.get(3)).contains(" day=15 ", " discount=0.0 ", " fee=0.01 ");

        // The other paths (identical at zero volatility) are counted in rule-changes.csv, not listed.
        assertThat(Files.readAllLines(out.resolve("rule-changes.csv")))
                .containsExactly(
                        "rule,lever,path_days",
                        "Halt minting below full coverage,minting,3",
                        "Resume minting at full coverage,minting,3",
                        "Raise the redemption fee when the discount is wide,fee,3",
                        "Restore the base fee when the peg is back,fee,3");
        assertThat(run.auditTable().rowCount()).isEqualTo(4);
        assertThat(run.ruleChangesTable().columnNames()).containsExactly("rule", "lever", "path_days");
    }

    @Test
    void theAuditChangesNoOtherOutputAndIsTheSameForAnyNumberOfThreads() throws IOException {
        GramScenario scenario = Gram.load(REFERENCE).withPaths(301);
        Path plain = scenario.withThreads(1).run().writeTo(temp.resolve("plain"), false);
        GramRun audited = scenario.withThreads(1).withAudit(10).run();
        Path one = audited.writeTo(temp.resolve("one"), false);
        Path three = scenario.withThreads(3).withAudit(10).run().writeTo(temp.resolve("three"), false);

        for (String file : List.of(
                "paths.csv", "path-metrics.csv", "summary.csv", "metrics.csv", "daily.csv", "daily-shares.csv")) {
            assertThat(Files.mismatch(plain.resolve(file), one.resolve(file)))
                    .as(file + " with and without the audit")
                    .isEqualTo(-1L);
        }
        for (String file : List.of("audit.csv", "rule-changes.csv", "columns.csv")) {
            assertThat(Files.mismatch(one.resolve(file), three.resolve(file)))
                    .as(file + " at 1 and 3 threads")
                    .isEqualTo(-1L);
        }
        assertThat(plain.resolve("audit.csv")).doesNotExist();
        assertThat(Files.readAllLines(one.resolve("columns.csv")))
                .containsAll(Files.readAllLines(plain.resolve("columns.csv")));
        assertThat(audited.audit().orElseThrow().paths()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(audited.audit().orElseThrow().records())
                .isNotEmpty()
                .allMatch(record -> record.path() < 10 && record.day() >= 1 && record.day() <= 365);
        assertThat(Files.readString(one.resolve("manifest.json"))).contains("audit.csv", "rule-changes.csv");
        assertThat(audited.files())
                .containsExactly(
                        "paths.csv",
                        "path-metrics.csv",
                        "summary.csv",
                        "metrics.csv",
                        "daily.csv",
                        "daily-shares.csv",
                        "audit.csv",
                        "rule-changes.csv",
                        "columns.csv",
                        "manifest.json");

        // Every column of the audit's files is in the dictionary.
        Set<String> described = new HashSet<>();
        for (String line : Files.readAllLines(one.resolve("columns.csv"))) {
            String[] fields = line.split(",", -1);
            described.add(fields[0] + "/" + fields[1]);
        }
        for (String file : GramRun.AUDIT_FILES) {
            for (String column : Files.readAllLines(one.resolve(file)).get(0).split(",", -1)) {
                assertThat(described)
                        .as("columns.csv describes " + file + " column " + column)
                        .contains(file + "/" + column);
            }
        }
        // Counts over all paths: per lever, they add up to summary.csv's per-rule counts.
        for (RuleChanges rule : audited.result().ruleChanges()) {
            assertThat(audited.audit().orElseThrow().leverChanges().stream()
                            .filter(c -> c.rule().equals(rule.rule()))
                            .mapToLong(LeverChanges::pathDays)
                            .sum())
                    .as(rule.rule())
                    .isEqualTo(rule.pathDays());
        }
    }

    @Test
    void auditPathsMustBePathsOfTheRun() {
        GramScenario scenario = Gram.load(REFERENCE).withPaths(20).withAuditPaths(3, 20);
        assertThatThrownBy(scenario::run)
                .isInstanceOf(GramScenario.AuditPathOutOfRange.class)
                .hasMessage("audit path 20 is not a path of this run (paths 0..19)");
        assertThatThrownBy(() -> Gram.load(REFERENCE).withPaths(2).run().auditTable())
                .isInstanceOf(IllegalStateException.class);
        // More paths asked for than the run has: all of them.
        GramRun all = Gram.load(REFERENCE).withPaths(5).withAudit(10).run();
        assertThat(all.audit().orElseThrow().paths()).containsExactly(0, 1, 2, 3, 4);
    }

    private static double property(String matched, String name) {
        int start = matched.indexOf(" " + name + "=") + name.length() + 2;
        int end = matched.indexOf(' ', start);
        return Double.parseDouble(matched.substring(start, end < 0 ? matched.indexOf(')', start) : end));
    }

    private GramScenario handBuilt() throws IOException {
        String text = Files.readString(REFERENCE)
                .replace("horizon 365 days", "horizon 20 days")
                .replace("paths 10,000", "paths 3")
                .replace("vol 18%", "vol 0%")
                .replace(
                        "shock \"Two-day drop\" drop 13% over 2 days at day 10",
                        "shock \"Rally\" rise 20% at day 5\n    shock \"Crash\" drop 12% at day 12");
        return Gram.parse("hand-built.gram", text, REFERENCE.getParent());
    }

    /** Records every path's fee and minting lever at the end of each day, day 0 included (test only). */
    private static final class Series {
        final Map<Integer, double[]> fee = new HashMap<>();
        final Map<Integer, double[]> minting = new HashMap<>();

        ResponseRules around(ResponseRules rules) {
            Series series = this;
            return new ResponseRules() {
                @Override
                public List<String> ruleNames() {
                    return rules.ruleNames();
                }

                @Override
                public List<RuleFile> files() {
                    return rules.files();
                }

                @Override
                public ResponseRules audited(AuditTrail trail) {
                    return series.around(rules.audited(trail));
                }

                @Override
                public ResponseSession open(Scenario scenario, List<PathState> paths) {
                    ResponseSession session = rules.open(scenario, paths);
                    synchronized (series) {
                        for (PathState state : paths) {
                            fee.put(state.path(), new double[scenario.horizonDays() + 1]);
                            minting.put(state.path(), new double[scenario.horizonDays() + 1]);
                        }
                        keep(paths, 0);
                    }
                    return new ResponseSession() {
                        @Override
                        public void respond(int day, long[] changes) {
                            session.respond(day, changes);
                            keep(paths, day);
                        }

                        @Override
                        public void close() {
                            session.close();
                        }
                    };
                }

                private void keep(List<PathState> paths, int day) {
                    for (PathState state : paths) {
                        synchronized (series) {
                            fee.get(state.path())[day] = state.fee();
                            minting.get(state.path())[day] = state.mintingEnabled() ? 1 : 0;
                        }
                    }
                }
            };
        }
    }
}
