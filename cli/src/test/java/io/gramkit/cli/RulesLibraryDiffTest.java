package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gramkit.analysis.LibraryDiffCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gram rules diff A B --library: the table, library-diff.csv and the manifest's fingerprints. */
class RulesLibraryDiffTest {
    @TempDir
    Path temp;

    private static String repository(String relative) {
        return Cli.repository().resolve(relative).toString();
    }

    private static final String A = repository("rules/reference");
    private static final String B = repository("rules/reference/minting.drl") + "," + repository("rules/fee-tiers/drl");

    private static String fingerprint(String source) {
        String printed = Cli.run("rules", "fingerprint", source).out();
        return printed.substring(0, printed.indexOf(' '));
    }

    @Test
    void libraryDiffPrintsTheTableAndWritesTheCsvAndAManifestWithBothFingerprints() throws Exception {
        Path out = temp.resolve("review");
        Cli run = Cli.run(
                "rules",
                "diff",
                A,
                B,
                "--library",
                "reference-v1",
                "paxg-october-2025",
                "--library-dir",
                repository("scenario-library"),
                "--paths",
                "200",
                "--threads",
                "2",
                "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "200 paths per run, each scenario's own seed",
                        "1 scenario run, 1 skipped; 1 changed",
                        fingerprint(A) + "  " + A)
                .containsSubsequence(
                        "scenario", "metric", "95% interval of B - A", "reference-v1", "share_max_discount_above_10pct")
                .containsPattern("share_max_discount_above_10pct +18\\.00% +6\\.00% +-12\\.00% +\\[[-0-9.%, ]+\\] \\*")
                .containsSubsequence("skipped", "paxg-october-2025", "names no rules");

        List<String> csv = Files.readAllLines(out.resolve("library-diff.csv"));
        assertThat(csv.get(0)).isEqualTo(String.join(",", LibraryDiffCsv.COLUMNS));
        assertThat(csv.subList(1, csv.size()))
                .allSatisfy(line -> assertThat(line).startsWith("reference-v1,"));
        assertThat(csv)
                .anySatisfy(line -> assertThat(line)
                        .startsWith("reference-v1,share_max_discount_above_10pct,0.18,0.06,-0.12")
                        .endsWith(",true"));
        assertThat(Files.readString(out.resolve("library-diff.txt")))
                .isEqualTo(run.out().substring(0, run.out().indexOf("\nwrote ")));

        JsonNode manifest =
                new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("rules_a")).hasSize(1);
        assertThat(manifest.get("rules_a").get(0).get("fingerprint").asText()).isEqualTo(fingerprint(A));
        assertThat(manifest.get("rules_b")).hasSize(2);
        assertThat(manifest.get("rules_b").get(0).get("fingerprint").asText())
                .isEqualTo(fingerprint(repository("rules/reference/minting.drl")));
        assertThat(manifest.get("rules_b").get(1).get("fingerprint").asText())
                .isEqualTo(fingerprint(repository("rules/fee-tiers/drl")));
        assertThat(manifest.get("paths").asInt()).isEqualTo(200);
        assertThat(manifest.get("seed").isNull()).isTrue();
        assertThat(manifest.get("scenarios_run").get(0).get("seed").asLong()).isEqualTo(20260101L);
        assertThat(manifest.get("scenarios_skipped").get(0).get("name").asText())
                .isEqualTo("paxg-october-2025");
        assertThat(manifest.get("scenarios_skipped").get(0).get("reason").asText())
                .startsWith("names no rules");
        for (JsonNode output : manifest.get("outputs")) {
            assertThat(sha256(out.resolve(output.get("file").asText())))
                    .isEqualTo(output.get("sha256").asText());
        }
        try (var listing = Files.list(temp)) {
            assertThat(listing).containsExactly(out);
        }
    }

    @Test
    void anExistingOutputFolderIsRefusedBeforeAnythingRuns() throws IOException {
        Path out = Files.createDirectories(temp.resolve("review"));
        Files.writeString(out.resolve("notes.txt"), "keep me");

        Cli run = Cli.run("rules", "diff", A, B, "--library", "--paths", "50000", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("exists; pass --force to replace it");
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("keep me");
    }

    @Test
    void anUnknownScenarioNameListsTheLibrary() {
        Cli run =
                Cli.run("rules", "diff", A, B, "--library", "no-such", "--library-dir", repository("scenario-library"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("no scenario 'no-such'", "reference-v1");
    }

    @Test
    void scenarioDiffOfADebtScenarioShowsTheDebtMetrics() {
        String own = String.join(
                ",",
                repository("rules/reference"),
                repository("rules/debt/stability-fee.drl"),
                repository("rules/debt/new-debt.drl"));
        String tightened = String.join(
                ",",
                repository("rules/reference"),
                repository("rules/debt/liquidation-ratio.drl"),
                repository("rules/debt/new-debt.drl"));

        Cli run = Cli.run(
                "rules",
                "diff",
                own,
                tightened,
                repository("scenario-library/cdp-gold-usd.gram"),
                "--paths",
                "100",
                "--threads",
                "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsSubsequence(
                        "share_paths_with_liquidation",
                        "share_paths_with_bad_debt_above_surplus",
                        "mean_bad_debt",
                        "quantile across paths",
                        "bad_debt_q95",
                        "bad_debt_q99",
                        "liquidation_volume_q95",
                        "liquidation_volume_q99",
                        "rule changes (path-days)");
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
