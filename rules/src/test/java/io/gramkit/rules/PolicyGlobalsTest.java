package io.gramkit.rules;

import static io.gramkit.rules.TestRuleFiles.drl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gramkit.diagnostic.InputException;
import io.gramkit.interpreter.PathState;
import io.gramkit.model.Extensions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The levels patterns Drools reads as globals: the rewrite of each rule form, line for line; the
 * rules it must leave as joins; diagnostics and decisions as for the rules as written.
 */
class PolicyGlobalsTest {
    @TempDir
    Path folder;

    @Test
    void drlLevelsPatternBecomesAGlobalOnTheSameLines() throws Exception {
        String written = Files.readString(Path.of("reference/minting.drl"));

        PolicyGlobals.Rewritten rewritten = PolicyGlobals.rewrite(written);

        List<String> changed = changedLines(written, rewritten.drl());
        assertThat(changed)
                .containsExactly(
                        "12: package io.gramkit.rules.reference; global io.gramkit.rules.MintingLevels"
                                + " gramLevelsMintingLevels;",
                        "19: ",
                        "20:     $token  : TokenDay( mintingEnabled, coverage < gramLevelsMintingLevels.minimumCoverage )",
                        "27: ",
                        "28:     $token  : TokenDay( !mintingEnabled, coverage >= gramLevelsMintingLevels.minimumCoverage )");
        assertThat(rewritten.splices())
                .containsOnlyKeys("Halt minting below full coverage", "Resume minting at full coverage");
        assertThat(rewritten.globals()).containsExactly(MintingLevels.class);
    }

    @Test
    void fieldBindingsReadTheGlobalAndTheConsequenceStillHasThem() throws Exception {
        String written = Files.readString(Path.of("reference/redemption-fee.drl"));

        List<String> changed =
                changedLines(written, PolicyGlobals.rewrite(written).drl());

        assertThat(changed)
                .contains(
                        "21:     $token  : TokenDay( discount > gramLevelsRedemptionLevels.wideDiscount,"
                                + " fee != gramLevelsRedemptionLevels.raisedFee )",
                        "22: then final io.gramkit.rules.RedemptionLevels $policy = gramLevelsRedemptionLevels;"
                                + " final double $raisedFee = gramLevelsRedemptionLevels.getRaisedFee();");
    }

    @Test
    void optionalLevelsAreGuardedAndTheirFiltersKept() throws Exception {
        String written = Files.readString(Path.of("library/peg-buyback.drl"));

        List<String> changed =
                changedLines(written, PolicyGlobals.rewrite(written).drl());

        assertThat(changed)
                .contains("21:     $token  : TokenDay( gramLevelsPegDefenceLevels != null,"
                        + " gramLevelsPegDefenceLevels.buybackUsd > 0,  discount > gramLevelsPegDefenceLevels.buybackDiscount,"
                        + " cash > 0 )");
    }

    @Test
    void dslrAndDecisionTableRulesAreRewrittenInTheirGeneratedDrl() {
        for (String form : List.of("fee-tiers/dslr", "fee-tiers/decision-table", "fee-tiers/drl")) {
            List<RuleText> texts = RuleSources.read(List.of(Path.of(form)));

            PolicyGlobals.Rewrites rewrites = PolicyGlobals.rewrite(texts);

            assertThat(rewrites.splices())
                    .as(form)
                    .containsOnlyKeys(
                            "Charge the raised fee while the discount is wide",
                            "Restore the base fee when the peg is back");
            for (int i = 0; i < texts.size(); i++) {
                String before = texts.get(i).drl().text();
                String after = rewrites.texts().get(i).drl().text();
                assertThat(after.lines().count())
                        .as(form)
                        .isEqualTo(before.lines().count());
                assertThat(after).as(form).doesNotContain("RedemptionLevels(").contains("gramLevelsRedemptionLevels");
                assertThat(rewrites.texts().get(i).source())
                        .isSameAs(texts.get(i).source());
            }
        }
    }

    @Test
    void levelsUnderNotOrExistsOrWithOtherConstraintsKeepTheirJoin() {
        String written = TestRuleFiles.HEADER + """

                rule "Exists"
                when
                    exists MintingLevels()
                    $token : TokenDay( mintingEnabled, coverage < 0.5 )
                then
                    $token.haltMinting();
                end

                rule "Not"
                when
                    not RedemptionLevels()
                    $token : TokenDay( !mintingEnabled )
                then
                    $token.resumeMinting();
                end

                rule "Constraint on a level other than a number"
                when
                    $policy : MintingLevels( minimumCoverage > 0.5 * 2 )
                    $token : TokenDay( mintingEnabled, coverage < $policy.minimumCoverage )
                then
                    $token.haltMinting();
                end

                rule "Over two lines"
                when
                    $policy : MintingLevels(
                        $min : minimumCoverage )
                    $token : TokenDay( mintingEnabled, coverage < $min )
                then
                    $token.haltMinting();
                end

                rule "Rewritten"
                when
                    $policy : MintingLevels()
                    $token : TokenDay( mintingEnabled, coverage < $policy.minimumCoverage )
                then
                    $token.haltMinting();
                end
                """;

        PolicyGlobals.Rewritten rewritten = PolicyGlobals.rewrite(written);

        assertThat(rewritten.splices()).containsOnlyKeys("Rewritten");
        assertThat(rewritten.drl()).contains("exists MintingLevels()", "not RedemptionLevels()");
        assertThat(rewritten.drl().lines().count()).isEqualTo(written.lines().count());
    }

    @Test
    void rulesKeptAsJoinsDecideAsBefore() {
        drl(folder, "mixed.drl", """
                rule "Halt while the policy exists"
                when
                    exists MintingLevels()
                    $token : TokenDay( mintingEnabled, coverage < 0.5 )
                then
                    $token.haltMinting();
                end

                rule "Halt below the minimum, read through a global"
                when
                    $policy : MintingLevels( $min : minimumCoverage )
                    $token : TokenDay( mintingEnabled, coverage < $min )
                then
                    $token.haltMinting();
                end
                """);
        DroolsRules rules = DroolsRules.load(List.of(folder.resolve("mixed.drl")));
        PathState low = PathState.endOfDay(0, 7, 0.0, 0.4, 0.0025, true);

        TestScenarios.Day day = TestScenarios.respondOnce(rules, TestScenarios.reference(), low);

        assertThat(low.mintingEnabled()).isFalse();
        assertThat(day.firings()).containsExactly(1L, 1L);
    }

    @Test
    void absentOptionalLevelsNeverMatchAndNeverThrow() {
        DroolsRules rules = LibraryStates.load("peg-daily-limit.drl");
        PathState wide = LibraryStates.state(0, 0.3, 1.0);

        TestScenarios.Day day = TestScenarios.respondOnce(rules, LibraryStates.with(Extensions.NONE), wide);

        assertThat(day.firings()).containsOnly(0L);
    }

    @Test
    void diagnosticsPointAtTheLinesAsWritten() {
        drl(folder, "minting.drl", """
                rule "Halt minting below full coverage"
                when
                    $policy : MintingLevels()
                    $token  : TokenDay( mintingEnabled, coverage < $policy.minimumCoverag )
                then
                    $token.haltMinting();
                end
                """);
        String written = TestRuleFiles.HEADER + "\n";
        assertThat(PolicyGlobals.rewrite(written + """
                        rule "Halt minting below full coverage"
                        when
                            $policy : MintingLevels()
                            $token  : TokenDay( mintingEnabled, coverage < $policy.minimumCoverag )
                        then
                            $token.haltMinting();
                        end
                        """).splices())
                .as("the rewrite is attempted; its errors are not the ones reported")
                .isNotEmpty();

        InputException error = catchThrowableOfType(
                InputException.class, () -> DroolsRules.load(List.of(folder.resolve("minting.drl"))));

        assertThat(error.diagnostics()).isNotEmpty();
        assertThat(error.diagnostics().get(0).span().line()).isEqualTo(10);
        assertThat(error.diagnostics().get(0).message())
                .contains("minimumCoverag")
                .doesNotContain(PolicyGlobals.PREFIX);
    }

    @Test
    void auditRestoresTheLevelsAmongTheMatchedFacts() {
        PolicyGlobals.Splice splice =
                new PolicyGlobals.Splice(List.of(0, 2), List.of(MintingLevels.class, RedemptionLevels.class));
        MintingLevels minting = new MintingLevels(1.0);
        RedemptionLevels redemption = RedemptionLevels.of(TestScenarios.REFERENCE_REDEMPTION);

        List<Object> facts = splice.restore(
                List.of("token", "debt"),
                java.util.Map.of(MintingLevels.class, minting, RedemptionLevels.class, redemption));

        assertThat(facts).containsExactly(minting, "token", redemption, "debt");
    }

    /** The lines that differ, as "line: text"; both texts have as many lines. */
    private static List<String> changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        assertThat(b).hasSameSizeAs(a);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed.add((i + 1) + ": " + b.get(i).stripTrailing());
            }
        }
        return changed;
    }
}
