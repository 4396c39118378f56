package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.DiagnosticPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * G228, levels no rule reads, found by the rule catalogue over the rule files a run loads: DRL,
 * {@code .dslr} expansions and decision tables alike, in the folder itself and not below it.
 */
class UnreadLevelsTest {
    private static final Path GOLDEN = Repository.file("api/src/test/resources/golden/rules-check");

    @TempDir
    Path folder;

    @Test
    void levelsThatNoDrlFileReadsAreWarnedAbout() throws IOException {
        Path input = GOLDEN.resolve("g228-levels-without-rules.gram");
        String name = "rules-check/" + input.getFileName();
        List<Diagnostic> warnings =
                Gram.parse(name, Files.readString(input), input.getParent()).compileRules();
        String expected = Files.readString(GOLDEN.resolve("g228-levels-without-rules.err"), StandardCharsets.UTF_8);
        assertThat(DiagnosticPrinter.render(warnings)).isEqualTo(expected);
    }

    @Test
    void aDslrFileThatReadsTheLevelsThroughItsMappingCounts() throws IOException {
        Files.writeString(folder.resolve("peg.dsl"), """
                [condition][]the peg defence policy=$peg : PegDefenceLevels( $wide : wideDiscount, $limit : tightenedLimit )
                [condition][]a token's day=$token : TokenDay()
                [condition][]- the discount is wide=discount > $wide, redemptionLimit != $limit
                [consequence][]tighten the daily limit=$token.limitRedemptions( $limit );
                """);
        Files.writeString(folder.resolve("peg.dslr"), """
                package io.gramkit.rules.test;

                import io.gramkit.rules.PegDefenceLevels;
                import io.gramkit.rules.TokenDay;

                expander peg.dsl

                rule "Tighten the daily limit while the discount is wide"
                when
                    the peg defence policy
                    a token's day
                    - the discount is wide
                then
                    tighten the daily limit
                end
                """);
        // the .dslr never names PegDefenceLevels itself: only its expansion does
        assertThat(Files.readString(folder.resolve("peg.dslr"))).doesNotContain("PegDefenceLevels(");
        assertThat(codes(scenarioWithPegDefence(folder))).isEmpty();
    }

    @Test
    void aDecisionTableThatReadsTheLevelsCounts() throws IOException {
        Files.writeString(folder.resolve("peg.drl.csv"), """
                RuleSet,io.gramkit.rules.pegtable,,
                Import,"io.gramkit.rules.PegDefenceLevels, io.gramkit.rules.TokenDay",,
                ,,,
                RuleTable Peg limit,,,
                NAME,CONDITION,CONDITION,ACTION
                ,"$peg : PegDefenceLevels( $limit : tightenedLimit )",$token : TokenDay,
                ,,discount > $param,$token.limitRedemptions( $limit );
                Rule,Policy,Discount above,Limit
                Tighten the daily limit above 2%,read,0.02,x
                """);
        assertThat(codes(scenarioWithPegDefence(folder))).isEmpty();
    }

    @Test
    void aRuleFileBelowTheFolderIsNotLoadedSoItReadsNothing() throws IOException {
        // A hidden sub-folder is skipped by the loader; the old check walked into it and was satisfied.
        Path below = Files.createDirectories(folder.resolve(".old"));
        Files.writeString(below.resolve("peg.drl"), """
                package io.gramkit.rules.test;

                import io.gramkit.rules.PegDefenceLevels;
                import io.gramkit.rules.TokenDay;

                rule "Tighten the daily limit while the discount is wide"
                when
                    $peg : PegDefenceLevels( $wide : wideDiscount )
                    $token : TokenDay( discount > $wide, redemptionLimit != $peg.tightenedLimit )
                then
                    $token.limitRedemptions( $peg.tightenedLimit );
                end
                """);
        Files.copy(Repository.file("rules/reference/minting.drl"), folder.resolve("minting.drl"));
        assertThat(codes(scenarioWithPegDefence(folder))).containsExactly("G228");
    }

    @Test
    void theLibraryRulesReadEveryLibraryPolicy() {
        GramScenario scenario =
                Gram.load(Repository.file("dsl-grammar/src/test/resources/golden/accepted/library-levels.gram"));
        assertThat(scenario.compileRules()).isEmpty();
    }

    private List<Diagnostic> scenarioWithPegDefence(Path rules) {
        String text = """
                scenario "Peg defence" {
                  horizon 30 days
                  paths 10
                  seed 1
                  gold {
                    spot 75 USD/g
                    model gbm drift 0% vol 18%
                  }
                  token {
                    supply 1,000,000
                    reserves 950,000 g gold
                  }
                  policy peg defence {
                    wide discount 2%
                    calm discount 0.5%
                    tightened limit 1% of supply
                  }
                  rules "RULES"
                }
                """.replace("RULES", rules.toAbsolutePath().toString().replace('\\', '/'));
        return Gram.parse("peg.gram", text, folder).compileRules();
    }

    private static List<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.code().code()).toList();
    }
}
