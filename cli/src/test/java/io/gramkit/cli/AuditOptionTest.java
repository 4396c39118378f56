package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gram run --audit[=N]} and {@code --audit-paths}: which paths, which files, which mistakes. */
class AuditOptionTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/reference-v1-300-paths.csv");

    @TempDir
    Path temp;

    @Test
    void auditAloneSamplesTheFirstTenPathsAndLeavesPathsCsvAsTheGoldenFile() throws IOException {
        Path out = temp.resolve("audit");
        Cli run = Cli.run("run", Cli.reference(), "--paths", "300", "--audit", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("audit.csv, rule-changes.csv, columns.csv");
        assertThat(Files.readString(out.resolve("paths.csv"))).isEqualTo(Files.readString(GOLDEN));
        assertThat(auditedPaths(out)).isNotEmpty().allMatch(path -> path < 10);
        assertThat(Files.readAllLines(out.resolve("rule-changes.csv")))
                .hasSize(1 + 4)
                .contains("Halt minting below full coverage,minting,"
                        + ruleChanges(out, "Halt minting below full coverage"));
    }

    @Test
    void aCountOrAListChoosesThePaths() throws IOException {
        Path first = temp.resolve("first");
        Cli counted = Cli.run("run", Cli.reference(), "--paths", "60", "--audit=40", "--out", first.toString());
        assertThat(counted.exitCode()).as(counted.err()).isZero();
        assertThat(auditedPaths(first)).allMatch(path -> path < 40).contains(0).anyMatch(path -> path >= 10);

        Path listed = temp.resolve("listed");
        Cli chosen = Cli.run(
                "run", Cli.reference(), "--paths", "60", "--audit-paths", "3,17,42", "--out", listed.toString());
        assertThat(chosen.exitCode()).as(chosen.err()).isZero();
        assertThat(auditedPaths(listed)).isSubsetOf(3, 17, 42).isNotEmpty();
        // The same path's rows do not depend on which other paths were sampled.
        assertThat(rows(listed, 17)).isEqualTo(rows(first, 17));

        Path before = temp.resolve("before");
        Cli optionFirst = Cli.run("run", "--audit", Cli.reference(), "--paths", "5", "--out", before.toString());
        assertThat(optionFirst.exitCode()).as(optionFirst.err()).isZero();
        assertThat(before.resolve("audit.csv")).exists();
        Path spaced = temp.resolve("spaced");
        Cli separate = Cli.run("run", Cli.reference(), "--paths", "30", "--audit", "25", "--out", spaced.toString());
        assertThat(separate.exitCode()).as(separate.err()).isZero();
        assertThat(auditedPaths(spaced)).allMatch(path -> path < 25).anyMatch(path -> path >= 10);
        assertThat(Cli.run("run", "--help").out()).contains("--audit[=N]", "--audit-paths=P[,P...]");
    }

    @Test
    void mistakesAreBadInputBeforeAnythingRuns() {
        Path out = temp.resolve("never");
        assertBadInput(Cli.run("run", Cli.reference(), "--paths", "10", "--audit"), "give --out DIR");
        assertBadInput(
                Cli.run("run", Cli.reference(), "--paths", "10", "--audit=0", "--out", out.toString()),
                "--audit needs at least one path");
        assertBadInput(
                Cli.run(
                        "run",
                        Cli.reference(),
                        "--paths",
                        "10",
                        "--audit=2",
                        "--audit-paths",
                        "1",
                        "--out",
                        out.toString()),
                "give one");
        assertBadInput(
                Cli.run("run", Cli.reference(), "--paths", "10", "--audit-paths", "-1", "--out", out.toString()),
                "path numbers from 0");
        assertBadInput(
                Cli.run("run", Cli.reference(), "--paths", "10", "--audit-paths", "4,10", "--out", out.toString()),
                "--audit-paths: audit path 10 is not a path of this run (paths 0..9)");
        assertThat(out).doesNotExist();
    }

    private static void assertBadInput(Cli run, String message) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(message).doesNotContain("Exception");
    }

    private static List<Integer> auditedPaths(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("audit.csv"));
        assertThat(lines.get(0)).isEqualTo("path,day,rule,rule_file,rule_line,lever,before,after,changed,matched");
        return lines.subList(1, lines.size()).stream()
                .map(line -> Integer.parseInt(line.substring(0, line.indexOf(','))))
                .distinct()
                .toList();
    }

    private static List<String> rows(Path out, int path) throws IOException {
        return Files.readAllLines(out.resolve("audit.csv")).stream()
                .filter(line -> line.startsWith(path + ","))
                .toList();
    }

    private static String ruleChanges(Path out, String rule) throws IOException {
        return Files.readAllLines(out.resolve("summary.csv")).stream()
                .filter(line -> line.startsWith("rule_changes: " + rule))
                .map(line -> line.split(",", -1)[1])
                .findFirst()
                .orElseThrow();
    }
}
