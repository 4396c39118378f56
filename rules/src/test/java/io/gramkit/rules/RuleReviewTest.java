package io.gramkit.rules;

import static io.gramkit.rules.TestRuleFiles.drl;
import static io.gramkit.rules.TestRuleFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The review before a run (R15x) and the load checks of notes and tables (R107, R117): each
 * careless edit that used to pass {@code gram rules check} is found, at its line, and no rule set
 * of the repository gets a false error or warning.
 */
class RuleReviewTest {
    @TempDir
    Path folder;

    private static List<Diagnostic> review(Path... sources) {
        return DroolsRules.load(List.of(sources)).review();
    }

    private static List<Diagnostic> loadErrors(Path... sources) {
        return catchThrowableOfType(InputException.class, () -> DroolsRules.load(List.of(sources)))
                .diagnostics();
    }

    private static List<String> codes(List<Diagnostic> found) {
        return found.stream().map(d -> d.code().code()).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "reference",
                "library",
                "debt",
                "fee-tiers/drl",
                "fee-tiers/dslr",
                "fee-tiers/decision-table",
                "reference,library",
                "reference/minting.drl,fee-tiers/drl",
                "reference/minting.drl,fee-tiers/dslr",
                "reference/minting.drl,fee-tiers/decision-table",
                "reference,library,debt"
            })
    void theRepositorysRuleSetsPassTheReviewWithoutAWord(String sources) {
        Path[] paths = Stream.of(sources.split(",")).map(Path::of).toArray(Path[]::new);
        assertThat(review(paths)).isEmpty();
    }

    @Test
    void aConsequenceThatModifiesItsFactIsAnError() {
        drl(folder, "fees.drl", """
                rule "Raise"
                when
                    $token : TokenDay( discount > 0.05 )
                then
                    $token.chargeFee( 0.03 );
                    update( $token );
                end
                """);
        List<Diagnostic> found = review(folder);
        assertThat(codes(found)).containsExactly("R150");
        assertThat(found.get(0).toString()).startsWith(folder.resolve("fees.drl") + ":12:5: error:");
        assertThat(found.get(0).message()).contains("'update'").contains("pull a lever");
    }

    @Test
    void modifyBlocksAndDroolsUpdateAreFactChangesToo() {
        drl(folder, "fees.drl", """
                rule "Raise"
                when
                    $token : TokenDay( discount > 0.05 )
                then
                    modify( $token ) { chargeFee( 0.03 ) };
                end

                rule "Lower"
                when
                    $token : TokenDay( discount < 0.001 )
                then
                    $token.chargeFee( 0.0025 );
                    drools.update( $token );
                end
                """);
        // the modify block pulls no lever the review can see, either
        assertThat(codes(review(folder))).containsExactly("R151", "R150", "R150");
    }

    @Test
    void aRuleThatPullsNoLeverIsAnError() {
        drl(folder, "fees.drl", """
                rule "Watch the discount"
                when
                    $token : TokenDay( discount > 0.05 )
                then
                    System.out.print( "" );
                end
                """);
        List<Diagnostic> found = review(folder);
        assertThat(codes(found)).containsExactly("R151");
        assertThat(found.get(0).span().line()).isEqualTo(7);
    }

    private void tiers(String secondLow) {
        drl(folder, "tiers.drl", """
                rule "Charge 2%"
                when
                    $token : TokenDay( discount > 0.015, discount <= 0.03 )
                then
                    $token.chargeFee( 0.02 );
                end

                rule "Charge 3%"
                when
                    $token : TokenDay( discount > LOW )
                then
                    $token.chargeFee( 0.03 );
                end
                """.replace("LOW", secondLow));
    }

    @Test
    void tiersThatTouchDoNotOverlap() {
        tiers("0.03");
        // no error; the one warning is the band below the lowest tier
        assertThat(codes(review(folder))).containsExactly("R153");
    }

    @Test
    void tiersThatOverlapByOneUlpSetOneLeverTwice() {
        tiers(Double.toString(Math.nextDown(0.03)));
        List<Diagnostic> found =
                review(folder).stream().filter(Diagnostic::isError).toList();
        assertThat(codes(found)).containsExactly("R152");
        assertThat(found.get(0).message())
                .contains("'Charge 2%' and 'Charge 3%'")
                .contains("discount (0.029999999999999995, 0.03]")
                .contains("0.02 and 0.03");
        assertThat(found.get(0).span().line()).isEqualTo(18);
        assertThat(found.get(0).notes()).hasSize(1);
    }

    @Test
    void tiersWithAGapAreNotAConflictButTheGapIsAWarning() {
        tiers("0.035");
        List<Diagnostic> found = review(folder);
        assertThat(codes(found)).containsExactly("R153", "R153");
        assertThat(found.stream().map(Diagnostic::message))
                .anyMatch(m -> m.contains("discount in (0.03, 0.035]"))
                .anyMatch(m -> m.contains("discount in (-inf, 0.015]"));
        assertThat(found).allMatch(d -> !d.isError());
    }

    @Test
    void aTierWrittenWithAPolicyLevelIsReviewedAtTheLevelsReferenceValue() {
        // the raised-fee tier reaches past 3% only if the wide discount may exceed 3%: it may (0% to 100%)
        drl(folder, "tiers.drl", """
                rule "Charge the raised fee"
                when
                    $policy : RedemptionLevels( $raisedFee : raisedFee )
                    $token : TokenDay( discount > $policy.wideDiscount, fee != $raisedFee )
                then
                    $token.chargeFee( $raisedFee );
                end

                rule "Charge 3%"
                when
                    $token : TokenDay( discount > 0.03 || discount < -0.5 )
                then
                    $token.chargeFee( 0.03 );
                end
                """);
        assertThat(codes(review(folder))).contains("R152");
    }

    @Test
    void aLevelWithoutAReferenceValueRangesOverItsDeclaredBounds() {
        // the coverage floor is required, 0 or more: a floor above 2 makes both rules apply
        Path file = folder.resolve("gate.drl");
        write(folder, "gate.drl", """
                package io.gramkit.rules.test;

                import io.gramkit.rules.CollateralLevels;
                import io.gramkit.rules.TokenDay;

                rule "Gate"
                when
                    $policy : CollateralLevels( $gate : emergencyLimit )
                    $token : TokenDay( coverage < $policy.coverageFloor )
                then
                    $token.gateRedemptions( $gate );
                end

                rule "Lift"
                when
                    $token : TokenDay( coverage >= 2.0 )
                then
                    $token.liftRedemptionGate();
                end
                """);
        List<Diagnostic> found = review(file);
        assertThat(codes(found)).containsExactly("R152");
        assertThat(found.get(0).message()).contains("coverage [2, inf)");
    }

    @Test
    void haltAndResumeUnderConditionsThatCanHoldTogetherConflict() {
        drl(folder, "minting.drl", """
                rule "Halt"
                when
                    $token : TokenDay( coverage < 1.02 )
                then
                    $token.haltMinting();
                end

                rule "Resume"
                when
                    $token : TokenDay( coverage >= 0.98 )
                then
                    $token.resumeMinting();
                end
                """);
        List<Diagnostic> found = review(folder);
        assertThat(codes(found)).containsExactly("R152");
        assertThat(found.get(0).message()).contains("coverage [0.98, 1.02)").contains("minting");
    }

    @Test
    void aLiteralWhereAPolicyLevelExistsIsAWarning() {
        drl(folder, "fees.drl", """
                rule "Raise"
                when
                    $policy : RedemptionLevels( $raisedFee : raisedFee )
                    $token : TokenDay( discount > 0.01 )
                then
                    $token.chargeFee( $raisedFee );
                end
                """);
        List<Diagnostic> found = review(folder);
        assertThat(codes(found)).containsExactly("R154");
        assertThat(found.get(0).isError()).isFalse();
        assertThat(found.get(0).message()).contains("RedemptionLevels.wideDiscount");
        assertThat(found.get(0).toString()).contains("fees.drl:10:24:");
    }

    @Test
    void divisionByZeroOrByALevelThatMayBeZeroIsAnError() {
        drl(folder, "fees.drl", """
                rule "Raise"
                when
                    $token : TokenDay( discount / 0 > 1 )
                then
                    $token.chargeFee( 0.02 );
                end

                rule "Scale"
                when
                    $policy : RedemptionLevels( $wide : wideDiscount )
                    $token : TokenDay( discount > 0.02 )
                then
                    $token.chargeFee( 0.03 * $token.getDiscount() / $wide );
                end
                """);
        List<Diagnostic> found = review(folder);
        assertThat(codes(found)).containsExactly("R155", "R155");
        assertThat(found.get(0).message()).contains("the literal 0 is zero");
        assertThat(found.get(1).message()).contains("RedemptionLevels.wideDiscount may be zero");
    }

    @Test
    void aRuleFileSavedAsANoteIsALoadError() throws IOException {
        Files.copy(Path.of("fee-tiers/drl/fee-tiers.drl"), folder.resolve("fee-tiers.txt"));
        drl(folder, "minting.drl", """
                rule "Halt"
                when
                    $token : TokenDay( mintingEnabled, coverage < 1.0 )
                then
                    $token.haltMinting();
                end
                """);
        List<Diagnostic> found = loadErrors(folder);
        assertThat(codes(found)).containsExactly("R107");
        assertThat(found.get(0).span().line()).isEqualTo(30);
        assertThat(found.get(0).message()).contains("rename it 'fee-tiers.drl'");
    }

    @Test
    void aDecisionTableSavedAsANoteIsALoadErrorButAMarkdownExampleIsNot() throws IOException {
        Files.copy(Path.of("fee-tiers/decision-table/fee-tiers.drl.csv"), folder.resolve("tiers.txt"));
        write(folder, "README.md", "# Notes\n\n```\nrule \"Example\"\nwhen\nthen\nend\n```\n");
        Files.copy(Path.of("reference/minting.drl"), folder.resolve("minting.drl"));
        assertThat(codes(loadErrors(folder))).containsExactly("R107");
    }

    private void table(String row, String edited) throws IOException {
        String table = Files.readString(Path.of("fee-tiers/decision-table/fee-tiers.drl.csv"));
        assertThat(table).contains(row);
        Files.writeString(folder.resolve("fee-tiers.drl.csv"), table.replace(row, edited));
    }

    @Test
    void aDecisionTableWithoutItsActionColumnIsAnError() throws IOException {
        String table = Files.readString(Path.of("fee-tiers/decision-table/fee-tiers.drl.csv"));
        // delete the last column of every line from the keyword row on
        StringBuilder edited = new StringBuilder();
        boolean inTable = false;
        for (String line : table.split("\n", -1)) {
            inTable |= line.startsWith("NAME");
            edited.append(inTable && line.contains(",") ? line.substring(0, line.lastIndexOf(',')) : line)
                    .append('\n');
        }
        Files.writeString(folder.resolve("fee-tiers.drl.csv"), edited.toString().strip() + "\n");
        List<Diagnostic> found = loadErrors(folder);
        assertThat(codes(found)).containsExactly("R117");
        assertThat(found.get(0).span().line()).isEqualTo(30);
        assertThat(found.get(0).message()).contains("no ACTION column");
    }

    @Test
    void aRowWithACellMissingIsAnError() throws IOException {
        table(
                "Charge 2% while the discount is above 3%,,0.03,0.05,,0.02",
                "Charge 2% while the discount is above 3%,0.03,0.05,,0.02");
        List<Diagnostic> found = loadErrors(folder);
        assertThat(codes(found)).containsExactly("R117");
        assertThat(found.get(0).span().line()).isEqualTo(35);
        assertThat(found.get(0).message())
                .contains("5 cells")
                .contains("6 columns")
                .contains("'0.02' is read as 'Discount below'");
    }

    @Test
    void aRowWithAnEmptyActionCellIsAnError() throws IOException {
        table(
                "Charge 3% while the discount is above 5%,,0.05,,,0.03",
                "Charge 3% while the discount is above 5%,,0.05,,,");
        List<Diagnostic> found = loadErrors(folder);
        assertThat(codes(found)).containsExactly("R117");
        assertThat(found.get(0).message()).contains("every ACTION cell empty");
    }

    @Test
    void aTableWithAShiftedTierOverlapsTheNextOne() throws IOException {
        table(
                "Charge 2% while the discount is above 3%,,0.03,0.05,,0.02",
                "Charge 2% while the discount is above 3%,,0.03,0.06,,0.02");
        List<Diagnostic> found = review(folder);
        assertThat(codes(found)).containsExactly("R152");
        assertThat(found.get(0).span().file().name()).endsWith("fee-tiers.drl.csv");
    }

    @Test
    void aDslrTierEditedToOverlapIsFoundAtItsSentence() throws IOException {
        Path dslr = folder.resolve("fee-tiers.dslr");
        Files.copy(Path.of("fee-tiers/dslr/fee-tiers.dsl"), folder.resolve("fee-tiers.dsl"));
        Files.writeString(
                dslr,
                Files.readString(Path.of("fee-tiers/dslr/fee-tiers.dslr"))
                        .replace("- the discount is at most 5%", "- the discount is at most 6%"));
        List<Diagnostic> found = review(folder);
        assertThat(codes(found)).containsExactly("R152");
        assertThat(found.get(0).span().file().name()).endsWith("fee-tiers.dslr");
    }

    @Test
    void anUnknownDslrSentenceIsReportedAloneNotWithTheValidLineAfterIt() throws IOException {
        Files.copy(Path.of("fee-tiers/dslr/fee-tiers.dsl"), folder.resolve("fee-tiers.dsl"));
        Files.writeString(
                folder.resolve("fee-tiers.dslr"),
                Files.readString(Path.of("fee-tiers/dslr/fee-tiers.dslr"))
                        .replace("    - the discount is above 5%", "    - the discount is beyond 5%"));
        List<Diagnostic> found = loadErrors(folder);
        assertThat(codes(found)).containsExactly("R115");
        assertThat(found.get(0).span().line()).isEqualTo(57);
    }
}
