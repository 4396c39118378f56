package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gram rules check | list | diff: exit codes and exactly what they print. */
class RulesCommandTest {
    private static final String HEADER = """
            package io.gramkit.rules.test;

            import io.gramkit.rules.RedemptionLevels;
            import io.gramkit.rules.TokenDay;

            """;

    @TempDir
    Path temp;

    private static String repository(String relative) {
        return Cli.repository().resolve(relative).toString();
    }

    private Cli inTemp(String... args) {
        Cli run = Cli.run(args);
        return new Cli(
                run.exitCode(), run.out().replace(temp + "/", ""), run.err().replace(temp + "/", ""));
    }

    private Path file(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void checkSaysHowManyRulesLoaded() {
        Cli run = Cli.run("rules", "check", repository("rules/reference"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(repository("rules/reference") + ": 4 rules in 2 files: ok\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void checkLoadsSeveralSourcesAsOneRuleSet() {
        Cli run = Cli.run(
                "rules", "check", repository("rules/reference/minting.drl"), repository("rules/fee-tiers/dslr"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("2 sources: 6 rules in 3 files: ok\n");
    }

    @Test
    void checkWarnsWhereARuleReadsTheDeprecatedCashShareAndStillLoadsIt() throws IOException {
        file("rules/cash.drl", HEADER + """
                // cashShare in a comment reads nothing
                rule "Raise the fee when cash runs low"
                when
                    $token : TokenDay( cashShare < 0.02, fee != 0.01 )
                then
                    $token.chargeFee( 0.01 );
                end
                """);

        Cli run = inTemp("rules", "check", temp.resolve("rules").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("rules: 1 rule in 1 file: ok\n");
        assertThat(run.err())
                .isEqualTo("rules/cash.drl:9:24: warning: 'cashShare' is deprecated: it is cash over all reserves,"
                        + " not the scenario language's cash share (cash over what is owed); read"
                        + " 'cashShareOfReserves' for the same value, or 'cashBuffer' for the cash share [R140]\n"
                        + """
                    9 |     $token : TokenDay( cashShare < 0.02, fee != 0.01 )
                      |                        ^~~~~~~~~
                """);
    }

    @Test
    void checkReportsAnUnknownFactField() throws IOException {
        file("rules/fees.drl", HEADER + """
                rule "Raise the fee when the discount is wide"
                when
                    $token : TokenDay( discont > 0.01 )
                then
                    $token.chargeFee( 0.01 );
                end
                """);

        Cli run = inTemp("rules", "check", temp.resolve("rules").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo("rules/fees.drl:8:24: error: unknown field 'discont' of 'TokenDay'; expected one"
                        + " of: " + tokenDayFields() + " [R111]\n" + """
                    8 |     $token : TokenDay( discont > 0.01 )
                      |                        ^~~~~~~
                """);
    }

    @Test
    void checkReportsASyntaxError() throws IOException {
        file("rules/fees.drl", HEADER + """
                rule "Raise the fee when the discount is wide"
                when
                    $token : TokenDay( discount > )
                then
                    $token.chargeFee( 0.01 );
                end
                """);

        Cli run = inTemp("rules", "check", temp.resolve("rules").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("""
                rules/fees.drl:8:35: error: unexpected ')' in rule 'Raise the fee when the discount is wide' [R110]
                    8 |     $token : TokenDay( discount > )
                      |                                   ^
                """);
    }

    @Test
    void checkReportsFilesDroolsWouldSkip() throws IOException {
        file("rules/minting.drl", HEADER + "rule \"Halt minting\" when then end\n");
        file("rules/fees.drl.txt", HEADER + "rule \"Raise the fee\" when then end\n");
        file("rules/fees.DRL", HEADER + "rule \"Raise the fee\" when then end\n");

        Cli run = inTemp("rules", "check", temp.resolve("rules").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("""
                rules/fees.DRL: error: 'fees.DRL' would not be loaded: rule file names end in lower case ('.drl', \
                '.dslr', '.dsl', '.drl.csv'); rename it 'fees.drl' [R103]
                rules/fees.drl.txt: error: 'fees.drl.txt' looks like rules but would be passed over as a note; rename \
                it 'fees.drl' to load it, or move it out of the folder [R103]
                """);
    }

    @Test
    void listPrintsEachRuleWithItsFileAndTheLevelsItReads() {
        // the tests run in the cli module's folder
        Cli run = Cli.run("rules", "list", "../rules/reference");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                rule                                                file                                      sets     numbers  reads
                Halt minting below full coverage                    ../rules/reference/minting.drl:17         minting  -        MintingLevels.minimumCoverage
                Resume minting at full coverage                     ../rules/reference/minting.drl:25         minting  -        MintingLevels.minimumCoverage
                Raise the redemption fee when the discount is wide  ../rules/reference/redemption-fee.drl:18  fee      -        RedemptionLevels.raisedFee, RedemptionLevels.wideDiscount
                Restore the base fee when the peg is back           ../rules/reference/redemption-fee.drl:26  fee      -        RedemptionLevels.baseFee, RedemptionLevels.calmDiscount
                """);
    }

    @Test
    void listOfADecisionTablePointsAtItsRows() {
        Cli run = Cli.run("rules", "list", "../rules/fee-tiers/decision-table/fee-tiers.drl.csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                rule                                              file                                                    sets  numbers           reads
                Charge the raised fee while the discount is wide  ../rules/fee-tiers/decision-table/fee-tiers.drl.csv:34  fee   0.03              RedemptionLevels.raisedFee, RedemptionLevels.wideDiscount
                Charge 2% while the discount is above 3%          ../rules/fee-tiers/decision-table/fee-tiers.drl.csv:35  fee   0.03, 0.05, 0.02  -
                Charge 3% while the discount is above 5%          ../rules/fee-tiers/decision-table/fee-tiers.drl.csv:36  fee   0.05, 0.03        -
                Restore the base fee when the peg is back         ../rules/fee-tiers/decision-table/fee-tiers.drl.csv:37  fee   -                 RedemptionLevels.baseFee, RedemptionLevels.calmDiscount
                """);
    }

    @Test
    void diffReportsMetricsAndRuleChangesOfBothRuleSets() {
        Cli run = Cli.run(
                "rules",
                "diff",
                repository("rules/reference"),
                repository("rules/reference/minting.drl") + "," + repository("rules/fee-tiers/drl"),
                Cli.reference(),
                "--paths",
                "200",
                "--threads",
                "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        String out = run.out();
        assertThat(out)
                .contains(
                        "200 paths x 365 days, seed 20260101, common random numbers",
                        "share_max_discount_above_10pct",
                        "B - A",
                        "std error",
                        "rule changes (path-days)");
        assertThat(out.substring(out.indexOf("rule changes")))
                .containsSubsequence(
                        "in both",
                        "Halt minting below full coverage",
                        "Resume minting at full coverage",
                        "Restore the base fee when the peg is back",
                        "only in A",
                        "Raise the redemption fee when the discount is wide",
                        "only in B",
                        "Charge the raised fee while the discount is wide",
                        "Charge 2% while the discount is above 3%",
                        "Charge 3% while the discount is above 5%");
    }

    @Test
    void diffOfARuleSetWithItselfChangesNothing() {
        Cli run = Cli.run(
                "rules",
                "diff",
                repository("rules/reference"),
                repository("rules/reference"),
                Cli.reference(),
                "--paths",
                "50",
                "--threads",
                "1",
                "--seed",
                "7");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("seed 7").doesNotContain("only in A", "only in B");
        String changes = run.out().substring(run.out().indexOf("rule changes"));
        assertThat(changes.lines().skip(2)).allSatisfy(line -> assertThat(line).endsWith("+0"));
    }

    @Test
    void diffWithABrokenRuleSetIsBadInput() throws IOException {
        file("rules/fees.drl", HEADER + "rule \"Broken\"\nwhen\n    TokenDay( discount > )\nthen\nend\n");

        Cli run = inTemp(
                "rules",
                "diff",
                repository("rules/reference"),
                temp.resolve("rules").toString(),
                Cli.reference(),
                "--paths",
                "10");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("rules/fees.drl:8:");
    }

    @Test
    void rulesWithoutASubcommandNamesThem() {
        Cli run = Cli.run("rules");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("name a subcommand: check, list, diff");
    }

    /**
     * TokenDay's fields as the diagnostic lists them (its getters, sorted): the model grows fields,
     * the rest of each expected diagnostic is literal.
     */
    static String tokenDayFields() {
        return io.gramkit.testing.ReadableProperties.of(io.gramkit.rules.TokenDay.class);
    }

    @Test
    void checkFailsOnOverlappingTiersWithTheirPlaceAndTheBandWhereBothApply() throws IOException {
        String tiers = Files.readString(Path.of(repository("rules/fee-tiers/drl/fee-tiers.drl")))
                .replace(
                        "discount > 0.03, discount <= 0.05, fee != 0.02",
                        "discount > 0.03, discount <= 0.06, fee != 0.02");
        file("proposal/fee-tiers.drl", tiers);

        Cli run = inTemp("rules", "check", temp.resolve("proposal").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("proposal/fee-tiers.drl:49:5: error: rules 'Charge 2% while the discount is above 3%' and"
                        + " 'Charge 3% while the discount is above 5%' can apply on one path-day (both hold for discount"
                        + " (0.05, 0.06])")
                .contains("[R152]")
                .contains("$token.chargeFee( 0.03 );");
    }

    @Test
    void checkFailsOnARuleFileSavedAsANote() throws IOException {
        file("proposal/minting.drl", Files.readString(Path.of(repository("rules/reference/minting.drl"))));
        file("proposal/fee-tiers.txt", Files.readString(Path.of(repository("rules/fee-tiers/drl/fee-tiers.drl"))));

        Cli run = inTemp("rules", "check", temp.resolve("proposal").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("proposal/fee-tiers.txt:30:1: error: 'fee-tiers.txt' is a note")
                .contains("[R107]");
    }

    @Test
    void checkPassesEveryLibraryScenarioWithoutAReviewFinding() throws IOException {
        List<String> scenarios;
        try (var listing = Files.list(Path.of(repository("scenario-library")))) {
            scenarios = listing.map(Path::toString)
                    .filter(name -> name.endsWith(".gram"))
                    .sorted()
                    .toList();
        }
        List<String> args = new java.util.ArrayList<>(List.of("check"));
        args.addAll(scenarios);

        Cli run = Cli.run(args.toArray(String[]::new));

        assertThat(run.err()).doesNotContainPattern("\\[R1(07|17|5\\d)\\]");
    }

    @Test
    void showPrintsTheDrlADslrFileExpandsToSentenceBySentence() {
        Cli run = Cli.run("rules", "show", repository("rules/fee-tiers/dslr/fee-tiers.dslr"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("""
                        // fee-tiers.dslr:57: - the discount is above 5%
                        // fee-tiers.dslr:58: - the fee is not 3%
                            $token : TokenDay(discount > 5 / 100.0, fee != 3 / 100.0)
                        """)
                .contains("// fee-tiers.dslr:60: charge 3%\n    $token.chargeFee( 3 / 100.0 );\n");
    }

    @Test
    void showPrintsTheRulesADecisionTableGeneratesRowByRow() {
        Cli run = Cli.run("rules", "show", repository("rules/fee-tiers/decision-table"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("// fee-tiers.drl.csv:36: Charge 3% while the discount is above 5%,,0.05,,,0.03\n")
                .contains("$token : TokenDay(discount > 0.05)")
                .contains("rule \"Restore the base fee when the peg is back\"");
    }

    @Test
    void diffWithoutAScenarioPairsRulesByNameThenRenamedOnesByContent() throws IOException {
        String tiers = Files.readString(Path.of(repository("rules/fee-tiers/drl/fee-tiers.drl")));
        file("a/fee-tiers.drl", tiers);
        file(
                "b/fee-tiers.drl",
                tiers.replace(
                                "discount > 0.03, discount <= 0.05, fee != 0.02",
                                "discount > 0.03, discount <= 0.06, fee != 0.02")
                        .replace("rule \"Charge 3% while the discount is above 5%\"", "rule \"Charge 3% above 5%\""));

        Cli run = inTemp(
                "rules", "diff", temp.resolve("a").toString(), temp.resolve("b").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                        changed  'Charge 2% while the discount is above 3%' (b/fee-tiers.drl:38)
                          conditions
                            - $token : TokenDay( discount > 0.03, discount <= 0.05, fee != 0.02 )
                            + $token : TokenDay( discount > 0.03, discount <= 0.06, fee != 0.02 )
                        renamed  'Charge 3% while the discount is above 5%' -> 'Charge 3% above 5%' (same conditions and actions; b/fee-tiers.drl:45)
                        2 rules unchanged
                        """);
    }

    @Test
    void aSignOffRecordsTheFingerprintAndVerifyChecksAFolderAgainstIt() throws IOException {
        String tiers = Files.readString(Path.of(repository("rules/fee-tiers/drl/fee-tiers.drl")));
        file("approved/fee-tiers.drl", tiers);
        // the same rules with Windows line endings: one fingerprint
        file("crlf/fee-tiers.drl", tiers.replace("\n", "\r\n"));
        file("edited/fee-tiers.drl", tiers.replace("0.05", "0.06"));
        Path signOff = temp.resolve("sign-off.txt");

        Cli sign = Cli.run(
                "rules",
                "sign",
                temp.resolve("approved").toString(),
                "--by",
                "Ada Lovelace",
                "--out",
                signOff.toString());
        Cli same = Cli.run("rules", "verify", temp.resolve("crlf").toString(), signOff.toString());
        Cli edited = Cli.run("rules", "verify", temp.resolve("edited").toString(), signOff.toString());

        assertThat(sign.exitCode()).as(sign.err()).isZero();
        assertThat(Files.readString(signOff)).contains("fingerprint: sha256:").contains("approved by: Ada Lovelace");
        assertThat(same.exitCode()).as(same.err()).isZero();
        assertThat(same.out()).contains("matches (approved by Ada Lovelace)");
        assertThat(edited.exitCode()).isEqualTo(2);
        assertThat(edited.err()).contains("is not the rule set approved (approved by Ada Lovelace)");
        assertThat(Cli.run("rules", "fingerprint", temp.resolve("approved").toString())
                        .out())
                .isEqualTo(Cli.run("rules", "fingerprint", temp.resolve("crlf").toString())
                        .out()
                        .replace("crlf", "approved"));
    }
}
