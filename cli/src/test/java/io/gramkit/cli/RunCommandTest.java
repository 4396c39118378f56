package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path temp;

    @Test
    void printsAReadableSummary() {
        Cli run = Cli.run("run", Cli.reference(), "--paths", "200", "--threads", "2");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out())
                .contains(
                        "Reference v1",
                        "200 paths x 365 days, seed 20260101",
                        "XO_SHI_RO_256_PP",
                        "discount",
                        "coverage",
                        "supply",
                        "gold (USD/g)",
                        "max discount above 1%",
                        "max discount above 10%",
                        "halted minting",
                        "Halt minting below full coverage",
                        "Raise the redemption fee when the discount is wide");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void outputsAreByteIdenticalForAnyNumberOfThreads() throws IOException {
        List<String> files = List.of("paths.csv", "summary.csv", "daily.csv");
        Path one = runTo("one", "1");
        for (String threads : List.of("3", "8")) {
            Path many = runTo("t" + threads, threads);
            for (String file : files) {
                assertThat(Files.mismatch(one.resolve(file), many.resolve(file)))
                        .as(file + " with " + threads + " threads")
                        .isEqualTo(-1L);
            }
        }
        assertThat(Files.readAllLines(one.resolve("paths.csv"))).hasSize(1_002);
        assertThat(Files.readAllLines(one.resolve("daily.csv"))).hasSize(367);
        assertThat(Files.readString(one.resolve("manifest.json")))
                .contains(
                        "\"paths\": 1001",
                        "\"threads\": 1",
                        "\"seed\": 20260101",
                        "XO_SHI_RO_256_PP",
                        "reference-v1.gram",
                        "minting.drl",
                        "\"sha256\"");
    }

    private Path runTo(String name, String threads) {
        Path out = temp.resolve(name);
        Cli run = Cli.run("run", Cli.reference(), "--paths", "1001", "--threads", threads, "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        return out;
    }

    @Test
    void anExistingOutputFolderIsRefusedUnlessForced() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        Cli refused = Cli.run("run", Cli.reference(), "--paths", "10", "--out", out.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains("exists; pass --force");
        assertThat(out.resolve("keep.txt")).exists();

        Cli forced = Cli.run("run", Cli.reference(), "--paths", "10", "--out", out.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isEqualTo(0);
        assertThat(out.resolve("keep.txt")).doesNotExist();
        assertThat(out.resolve("paths.csv")).exists();
    }

    @Test
    void seedOverridesTheFileAndChangesThePaths() throws IOException {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        assertThat(Cli.run("run", Cli.reference(), "--paths", "20", "--out", a.toString())
                        .exitCode())
                .isZero();
        assertThat(Cli.run("run", Cli.reference(), "--paths", "20", "--seed", "7", "--out", b.toString())
                        .exitCode())
                .isZero();
        assertThat(Files.mismatch(a.resolve("paths.csv"), b.resolve("paths.csv")))
                .isNotEqualTo(-1L);
        assertThat(Files.readString(b.resolve("summary.csv"))).contains("seed,7,");
    }

    @Test
    void aBadScenarioIsReportedWithoutAStackTrace() throws IOException {
        Path bad = temp.resolve("bad.gram");
        Files.writeString(bad, "scenario \"x\" {\n  horizon 10 days\n  paths 10\n  seed 1\n  gold { spot 75 }\n}\n");
        Cli run = Cli.run("run", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err())
                .contains(bad + ":5:")
                .contains("error:")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void aMissingFileIsBadInput() {
        Cli run = Cli.run("run", temp.resolve("nowhere.gram").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("nowhere.gram: error:");
    }

    @Test
    void unknownOptionsAreBadInput() {
        Cli run = Cli.run("run", Cli.reference(), "--pahts", "10");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--pahts");
    }

    @Test
    void rulesThatDisagreeStopTheRunPointingAtBothRulesWithThePathAndTheDay() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Files.copy(Cli.repository().resolve("rules/reference/minting.drl"), rules.resolve("minting.drl"));
        Files.writeString(rules.resolve("fees.drl"), """
                package proposal;
                import io.gramkit.rules.TokenDay;

                rule "Charge two percent on any discount"
                when
                    $token : TokenDay( discount > 0.0, fee != 0.02 )
                then
                    $token.chargeFee( 0.02 );
                end

                rule "Charge three percent on any discount"
                when
                    $token : TokenDay( discount > 0.0, fee != 0.03 )
                then
                    $token.chargeFee( 0.03 );
                end
                """);
        Cli run = Cli.run("run", Cli.reference(), "--paths", "50", "--rules", rules.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.BAD_INPUT);
        String fees = rules.resolve("fees.drl").toString();
        // The error stands at the first rule's declaration, a note at the second's.
        assertThat(run.err())
                .contains(
                        fees + ":4:1: error: path ",
                        ", day ",
                        ": rules 'Charge two percent on any discount' and 'Charge three percent on any discount'"
                                + " set the redemption fee to different values (0.02 and 0.03) [M102]\n"
                                + "    4 | rule \"Charge two percent on any discount\"\n"
                                + "      | ^~~~\n"
                                + fees + ":11:1: note: rule 'Charge three percent on any discount' sets the"
                                + " redemption fee to 0.03\n"
                                + "   11 | rule \"Charge three percent on any discount\"\n"
                                + "      | ^~~~\n");
    }
}
