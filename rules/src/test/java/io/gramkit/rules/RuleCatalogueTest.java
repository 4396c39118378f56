package io.gramkit.rules;

import static io.gramkit.rules.TestRuleFiles.drl;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule's name, place and the policy levels it reads, derived from the rules themselves. */
class RuleCatalogueTest {
    @TempDir
    Path folder;

    @Test
    void theReferenceRulesAndTheLevelsTheyRead() {
        assertThat(RuleCatalogue.of(List.of(Path.of("reference"))))
                .containsExactly(
                        new RuleCatalogue.Entry(
                                "Halt minting below full coverage",
                                "reference/minting.drl",
                                17,
                                List.of("MintingLevels.minimumCoverage")),
                        new RuleCatalogue.Entry(
                                "Resume minting at full coverage",
                                "reference/minting.drl",
                                25,
                                List.of("MintingLevels.minimumCoverage")),
                        new RuleCatalogue.Entry(
                                "Raise the redemption fee when the discount is wide",
                                "reference/redemption-fee.drl",
                                18,
                                List.of("RedemptionLevels.raisedFee", "RedemptionLevels.wideDiscount")),
                        new RuleCatalogue.Entry(
                                "Restore the base fee when the peg is back",
                                "reference/redemption-fee.drl",
                                26,
                                List.of("RedemptionLevels.baseFee", "RedemptionLevels.calmDiscount")));
    }

    @Test
    void theThreeFormsOfTheFeeTiersReadTheSameLevels() {
        List<List<String>> drl = parameters("drl");
        assertThat(drl)
                .containsExactly(
                        List.of("RedemptionLevels.raisedFee", "RedemptionLevels.wideDiscount"),
                        List.of(),
                        List.of(),
                        List.of("RedemptionLevels.baseFee", "RedemptionLevels.calmDiscount"));
        // the .dslr and the table bind both fees in every policy pattern, but each rule uses one
        assertThat(parameters("dslr")).isEqualTo(drl);
        assertThat(parameters("decision-table")).isEqualTo(drl);
        assertThat(RuleCatalogue.of(List.of(Path.of("fee-tiers/decision-table"))))
                .extracting(RuleCatalogue.Entry::line)
                .containsExactly(34, 35, 36, 37);
    }

    @Test
    void getterCallsAndUnboundPatternsCount() {
        drl(folder, "a.drl", """
                rule "Read through getters"
                when
                    RedemptionLevels( dailyLimit > 0, $unused : baseFee )
                    $levels : MintingLevels()
                    $token : TokenDay( coverage < $levels.getMinimumCoverage() )
                then
                    // $levels.wideDiscount in a comment is not read
                    $token.haltMinting();
                end
                """);

        assertThat(RuleCatalogue.of(List.of(folder)))
                .singleElement()
                .extracting(RuleCatalogue.Entry::parameters)
                .isEqualTo(List.of("MintingLevels.minimumCoverage", "RedemptionLevels.dailyLimit"));
    }

    private static List<List<String>> parameters(String form) {
        return RuleCatalogue.of(List.of(FeeTierRulesContract.FOLDER.resolve(form))).stream()
                .map(RuleCatalogue.Entry::parameters)
                .toList();
    }
}
