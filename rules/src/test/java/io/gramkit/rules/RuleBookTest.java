package io.gramkit.rules;

import static io.gramkit.rules.TestRuleFiles.drl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gramkit.diagnostic.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rule book's model: fingerprints, files, and each rule's header, source and meaning in words. */
class RuleBookTest {
    @TempDir
    Path folder;

    @Test
    void theReferenceRulesInWords() {
        RuleBook book = RuleBook.of(List.of(Path.of("reference")));

        assertThat(book.fingerprints())
                .containsExactly(new RuleBook.Fingerprint("reference", RuleSetFingerprint.of(Path.of("reference"))));
        assertThat(book.files())
                .extracting(RuleBook.BookFile::path)
                .containsExactly("reference/README.md", "reference/minting.drl", "reference/redemption-fee.drl");
        assertThat(book.files())
                .extracting(RuleBook.BookFile::role)
                .first()
                .asString()
                .contains("not loaded");
        assertThat(book.rules())
                .extracting(RuleBook.Rule::name)
                .containsExactly(
                        "Halt minting below full coverage",
                        "Resume minting at full coverage",
                        "Raise the redemption fee when the discount is wide",
                        "Restore the base fee when the peg is back");

        RuleBook.Rule raise = book.rules().get(2);
        assertThat(raise.condition()).isEqualTo("discount is above RedemptionLevels.wideDiscount");
        assertThat(raise.action()).isEqualTo("set the redemption fee to RedemptionLevels.raisedFee");
        assertThat(raise.levers()).containsExactly("redemption fee");
        assertThat(raise.numbers()).isEmpty();
        assertThat(raise.levels())
                .containsExactly(
                        new RuleBook.Level(
                                "RedemptionLevels.raisedFee",
                                "raised fee in policy redemption",
                                "from 0% up to but not including 100%",
                                "1%"),
                        new RuleBook.Level(
                                "RedemptionLevels.wideDiscount",
                                "wide discount in policy redemption",
                                "from 0% to 100%",
                                "1%"));
        assertThat(raise.source())
                .isEqualTo(new RuleBook.Source(RuleBook.Form.DRL, "reference/redemption-fee.drl", 18, """
                        rule "Raise the redemption fee when the discount is wide"
                        when
                            $policy : RedemptionLevels( $raisedFee : raisedFee )
                            $token  : TokenDay( discount > $policy.wideDiscount, fee != $raisedFee )
                        then
                            $token.chargeFee( $raisedFee );
                        end"""));
        assertThat(raise.header().summary()).startsWith("Peg: the redemption fee leans against a market discount");
        assertThat(raise.header().fields())
                .extracting(RuleBook.Field::label)
                .containsExactly("Purpose", "Owner", "Implements", "Reads", "Decides");
        assertThat(raise.header().field("Owner")).isEqualTo("governance, peg policy.");
        assertThat(raise.header().field("Decides"))
                .isEqualTo("the redemption fee that applies tomorrow. A rule fires only when it changes it.");

        RuleBook.Rule halt = book.rules().get(0);
        assertThat(halt.condition()).isEqualTo("minting enabled and coverage is below MintingLevels.minimumCoverage");
        assertThat(halt.action()).isEqualTo("set the minting to halted");
    }

    @Test
    void theLibraryHasEveryRuleWithItsHeaderAndLever() {
        RuleBook book = RuleBook.of(List.of(Path.of("library")));

        assertThat(book.rules()).hasSize(10);
        assertThat(book.rules()).allSatisfy(rule -> {
            assertThat(rule.header().field("Purpose")).isNotEmpty();
            assertThat(rule.header().field("Owner")).startsWith("governance");
            assertThat(rule.header().field("Decides")).isNotEmpty();
            assertThat(rule.levers()).isNotEmpty();
            assertThat(rule.condition()).doesNotContain("as written").doesNotContain("level:");
            assertThat(rule.source().text())
                    .startsWith("rule \"" + rule.name() + "\"")
                    .endsWith("end");
        });
        RuleBook.Rule pause = book.rules().get(0);
        assertThat(pause.condition())
                .isEqualTo("redemptions open and gold move over (CircuitBreakerLevels.moveDays) is at most"
                        + " CircuitBreakerLevels.trippingMove");
        assertThat(pause.levels())
                .filteredOn(level -> level.name().equals("CircuitBreakerLevels.trippingMove"))
                .singleElement()
                .extracting(RuleBook.Level::range)
                .asString()
                .contains("read by the rules negated");
    }

    @Test
    void theDebtRulesReadLevelsTheCatalogueDoesNotRange() {
        RuleBook book = RuleBook.of(List.of(Path.of("debt")));

        assertThat(book.rules()).hasSizeGreaterThanOrEqualTo(9);
        assertThat(book.rules())
                .allSatisfy(rule -> assertThat(rule.header().fields()).hasSize(5));
        assertThat(book.rules())
                .flatExtracting(RuleBook.Rule::levels)
                .filteredOn(level -> level.name().startsWith("DebtPolicy."))
                .isNotEmpty()
                .allSatisfy(level -> assertThat(level.setting()).isEmpty());
    }

    /** One policy, three forms: the books differ only in where and how each rule is written. */
    @Test
    void theThreeFeeTierFormsMakeTheSameBookApartFromEachRulesSource() {
        List<List<Object>> drl = withoutSource(RuleBook.of(List.of(Path.of("fee-tiers/drl"))));
        List<List<Object>> dslr = withoutSource(RuleBook.of(List.of(Path.of("fee-tiers/dslr"))));
        List<List<Object>> table = withoutSource(RuleBook.of(List.of(Path.of("fee-tiers/decision-table"))));

        assertThat(dslr).isEqualTo(drl);
        assertThat(table).isEqualTo(drl);
        assertThat(drl).hasSize(4);
    }

    @Test
    void theFeeTiersInWordsAndTheirSourcesInEachForm() {
        RuleBook drl = RuleBook.of(List.of(Path.of("fee-tiers/drl")));
        RuleBook dslr = RuleBook.of(List.of(Path.of("fee-tiers/dslr")));
        RuleBook table = RuleBook.of(List.of(Path.of("fee-tiers/decision-table")));

        RuleBook.Rule twoPercent = drl.rules().get(1);
        assertThat(twoPercent.condition()).isEqualTo("discount is above 0.03 and discount is at most 0.05");
        assertThat(twoPercent.action()).isEqualTo("set the redemption fee to 0.02");
        assertThat(twoPercent.numbers()).containsExactly("0.03", "0.05", "0.02");
        assertThat(twoPercent.levels()).isEmpty();
        assertThat(twoPercent.header().field("Implements")).startsWith("the fee tiers: above the wide discount");

        assertThat(dslr.rules().get(1).source().form()).isEqualTo(RuleBook.Form.DSLR);
        assertThat(dslr.rules().get(1).source().text())
                .contains("    - the discount is above 3%\n    - the discount is at most 5%")
                .contains("    charge 2%");
        assertThat(dslr.files())
                .extracting(RuleBook.BookFile::path)
                .containsExactly("fee-tiers/dslr/fee-tiers.dsl", "fee-tiers/dslr/fee-tiers.dslr");

        RuleBook.Source row = table.rules().get(1).source();
        assertThat(row.form()).isEqualTo(RuleBook.Form.DECISION_TABLE);
        assertThat(row.text())
                .isEqualTo("Rule,Policy,Discount above,Discount at most,Discount below,Fee\n"
                        + "Charge 2% while the discount is above 3%,,0.03,0.05,,0.02");
        assertThat(row.line()).isEqualTo(35);
        assertThat(table.rules().get(0).header()).isEqualTo(drl.rules().get(0).header());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"reference", "library", "debt", "fee-tiers/drl", "fee-tiers/dslr", "fee-tiers/decision-table"})
    void theFingerprintIsTheOneASignOffNames(String source) {
        RuleBook book = RuleBook.of(List.of(Path.of(source)));

        assertThat(book.fingerprints()).singleElement().satisfies(fingerprint -> {
            assertThat(fingerprint.sha256()).matches("[0-9a-f]{64}").isEqualTo(RuleSetFingerprint.of(Path.of(source)));
        });
        assertThat(book.files())
                .extracting(RuleBook.BookFile::path)
                .containsExactlyElementsOf(RuleSetFingerprint.files(Path.of(source)).stream()
                        .map(file -> source + "/" + file)
                        .toList());
    }

    @Test
    void aConditionOutsideTheFragmentIsQuotedAsWrittenAndOrIsSpelledOut() {
        drl(folder, "rules.drl", """
                rule "Halt minting when not covered"
                when
                    $policy : MintingLevels()
                    not RedemptionLevels()
                    $token : TokenDay( coverage < $policy.minimumCoverage )
                then
                    $token.haltMinting();
                end

                rule "Halt minting outside the band"
                when
                    $token : TokenDay( coverage < 0.9 || coverage > 1.5 )
                then
                    $token.haltMinting();
                end
                """);

        RuleBook book = RuleBook.of(List.of(folder));

        assertThat(book.rules().get(0).condition()).startsWith("as written: ").contains("not RedemptionLevels()");
        assertThat(book.rules().get(1).condition()).isEqualTo("either coverage is below 0.9, or coverage is above 1.5");
        assertThat(book.rules().get(0).header()).isEqualTo(new RuleBook.Header("", List.of()));
    }

    @Test
    void rulesThatDoNotLoadAreTheRunsErrors() throws Exception {
        assertThatThrownBy(() -> RuleBook.of(List.of(folder.resolve("missing"))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no rule file or folder");
        Files.writeString(
                folder.resolve("broken.drl"), "rule \"Broken\"\nwhen\n    TokenDay( discount > )\nthen\nend\n");
        assertThatThrownBy(() -> RuleBook.of(List.of(folder)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("broken.drl:3");
    }

    /** Each rule's book entry with its source (the form, file, line and text) left out. */
    private static List<List<Object>> withoutSource(RuleBook book) {
        return book.rules().stream()
                .map(rule -> List.<Object>of(
                        rule.name(),
                        rule.header(),
                        rule.condition(),
                        rule.action(),
                        rule.levels(),
                        rule.numbers(),
                        rule.levers()))
                .toList();
    }
}
