package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policy lines run as rules, and what {@code gram rules show} prints is those rules; sweeps run
 * every grid point on the same random numbers.
 */
class PolicyLinesAndSweepsTest {
    @TempDir
    Path temp;

    private String reference() {
        return Cli.reference().replace('\\', '/');
    }

    private String feeRules() {
        return Cli.repository()
                .resolve("rules/reference/redemption-fee.drl")
                .toString()
                .replace('\\', '/');
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text);
    }

    private Path run(Path scenario, String out, String... more) {
        Path folder = temp.resolve(out);
        List<String> args =
                new ArrayList<>(List.of("run", scenario.toString(), "--paths", "300", "--out", folder.toString()));
        args.addAll(List.of(more));
        Cli run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        return folder;
    }

    @Test
    void theShownDrlLoadedAsARuleFileReproducesTheRun() throws IOException {
        // The reference fee rules from their file; minting by a policy line instead of minting.drl.
        Path withLines = write("with-lines.gram", """
                scenario "Minting by a policy line" {
                  import "%s"
                  policy minting {
                    halt when coverage < 97%% or discount > 8%%
                  }
                  rules "%s"
                }
                """.formatted(reference(), feeRules()));
        Path lines = run(withLines, "lines");

        Cli shown = Cli.run("rules", "show", withLines.toString());
        assertThat(shown.exitCode()).as(shown.err()).isEqualTo(0);
        assertThat(shown.out())
                .contains(
                        "rule \"Minting policy: halt when coverage < 97% or discount > 8%\"",
                        "rule \"Minting policy: resume once coverage < 97% or discount > 8% no longer holds\"",
                        "coverage < 0.97 || discount > 0.08");
        write("shown.drl", shown.out());
        Path asFile = write("as-file.gram", """
                scenario "Minting by a policy line" {
                  import "%s"
                  rules "%s"
                  rules "shown.drl"
                }
                """.formatted(reference(), feeRules()));
        Path file = run(asFile, "file");

        assertThat(Files.mismatch(lines.resolve("paths.csv"), file.resolve("paths.csv")))
                .isEqualTo(-1L);
        assertThat(Files.readString(lines.resolve("summary.csv"))).contains("Minting policy: halt when coverage");
        Path referenceRun = run(Path.of(Cli.reference()), "reference");
        assertThat(Files.mismatch(lines.resolve("paths.csv"), referenceRun.resolve("paths.csv")))
                .as("the policy line changes the run")
                .isNotEqualTo(-1L);
    }

    @Test
    void aScenarioWithoutPolicyLinesSaysSo() {
        Cli shown = Cli.run("rules", "show", Cli.reference());
        assertThat(shown.exitCode()).isEqualTo(0);
        assertThat(shown.out()).contains("has no `when ... then ...` policy lines", "rules/reference");
    }

    @Test
    void sweepsRunEveryPointOnTheSameRandomNumbers() throws IOException {
        Path swept = write("swept.gram", """
                scenario "Reference, swept" {
                  import "%s"
                  sweep fee in 0.25%%, 0.5%%
                  sweep gold reserves in 950,000 g, 1 t
                }
                """.formatted(reference()));
        Path grid = run(swept, "grid");
        Path base = run(Path.of(Cli.reference()), "base");

        List<String> rows = Files.readAllLines(grid.resolve("grid.csv"));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0)).startsWith("point,folder,fee,gold reserves,share_max_discount_above_0.5pct,");
        assertThat(rows.get(1)).startsWith("1,points/001/,0.0025,950000.0,");
        assertThat(rows.get(4)).startsWith("4,points/004/,0.005,1000000.0,");
        assertThat(Files.mismatch(grid.resolve("points/001/paths.csv"), base.resolve("paths.csv")))
                .as("the point with the base settings is the base run")
                .isEqualTo(-1L);
        for (int a = 1; a <= 4; a++) {
            for (int b = a + 1; b <= 4; b++) {
                assertThat(Files.mismatch(
                                grid.resolve("points/00" + a + "/paths.csv"),
                                grid.resolve("points/00" + b + "/paths.csv")))
                        .as("points %d and %d", a, b)
                        .isNotEqualTo(-1L);
            }
        }
        assertThat(Files.readString(grid.resolve("manifest.json"))).contains("grid.csv", "points/004/paths.csv");
        assertThat(Files.readString(grid.resolve("points/002/manifest.json"))).contains("paths.csv");
    }

    @Test
    void explainPrintsEveryDefaultAndTheSweeps() throws IOException {
        Path swept = write("swept.gram", """
                scenario "Reference, swept" {
                  import "%s"
                  sweep fee in 0.25%%, 0.5%%
                }
                """.formatted(reference()));
        Cli explained = Cli.run("explain", swept.toString());
        assertThat(explained.exitCode()).as(explained.err()).isEqualTo(0);
        assertThat(explained.out())
                .contains(
                        "scenario \"Reference, swept\"",
                        "paths 10,000",
                        "spot 75 USD/g",
                        "reserves 950,000 g gold, 4,125,000 USD cash",
                        "market impact 0.5",
                        "sweep fee in 0.25%, 0.5%");
    }

    @Test
    void badPolicyLinesAreBadInput() throws IOException {
        Path bad = write("bad.gram", """
                scenario "Bad" {
                  import "%s"
                  policy redemption {
                    when discount > 60 USD/g then fee 1%%
                  }
                  import "%s"
                }
                """.formatted(
                        reference(), temp.resolve("bad.gram").toString().replace('\\', '/')));
        Cli run = Cli.run("run", bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: this file imports itself [G223]").doesNotContain("Exception");
        assertThat(temp.resolve("out")).doesNotExist();
    }
}
