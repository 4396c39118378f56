package io.gramkit.rules;

import static io.gramkit.rules.TestRuleFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gramkit.diagnostic.InputException;
import io.gramkit.interpreter.RuleFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules written as a {@code .dslr} file with its {@code .dsl} mapping, or as a decision table
 * ({@code *.drl.csv}): they load like DRL, and every mistake points into the file governance
 * wrote (the {@code .dslr} line, the table's row or template cell), never into generated DRL only.
 */
class GovernanceFormsErrorsTest {
    private static final String MAPPING = """
            [condition][]the redemption policy=$policy : RedemptionLevels( $baseFee : baseFee )
            [condition][]a token's day=$token : TokenDay()
            [condition][]- the discount is below the calm discount=discount < $policy.calmDiscount
            [condition][]- the discount is below {level}%=discont < {level} / 100.0
            [consequence][]charge the base fee=$token.chargeFee( $baseFee );
            """;
    private static final String HEADER = """
            package io.gramkit.rules.test;

            import io.gramkit.rules.RedemptionLevels;
            import io.gramkit.rules.TokenDay;

            """;

    @TempDir
    Path folder;

    @Test
    void aDslrFileLoadsWithTheMappingOfItsName() {
        write(folder, "fees.dsl", MAPPING);
        write(folder, "fees.dslr", HEADER + """
                rule "Restore the base fee when the peg is back"
                when
                    the redemption policy
                    a token's day
                    - the discount is below the calm discount
                then
                    charge the base fee
                end
                """);

        DroolsRules rules = DroolsRules.load(List.of(folder));

        assertThat(rules.ruleNames()).containsExactly("Restore the base fee when the peg is back");
        assertThat(rules.files())
                .extracting(RuleFile::name)
                .containsExactly(
                        folder.resolve("fees.dslr").toString(),
                        folder.resolve("fees.dsl").toString());
    }

    @Test
    void aDslrFileGivenByNameUsesTheMappingItsExpanderLineNames() {
        write(folder, "peg-words.dsl", MAPPING);
        write(folder, "unused.dsl", "[condition][]nothing=TokenDay()\n");
        Path rules = write(folder, "fees.dslr", HEADER + """
                expander peg-words.dsl

                rule "Restore the base fee when the peg is back"
                when
                    the redemption policy
                    a token's day
                    - the discount is below the calm discount
                then
                    charge the base fee
                end
                """);

        DroolsRules loaded = DroolsRules.load(List.of(rules));

        assertThat(loaded.files())
                .extracting(RuleFile::name)
                .containsExactly(
                        rules.toString(), folder.resolve("peg-words.dsl").toString());
    }

    @Test
    void aDslrLineNoMappingExpandsIsReportedAtThatLine() {
        write(folder, "fees.dsl", MAPPING);
        write(folder, "fees.dslr", HEADER + """
                rule "Restore the base fee when the peg is back"
                when
                    the redemption policy
                    a token's day
                    - the discount is under the calm discount
                then
                    charge the base fee
                end
                """);

        assertThat(printedErrors()).isEqualTo("""
                fees.dslr:10:5: error: no entry of 'fees.dsl' expands '- the discount is under the calm discount' [R115]
                   10 |     - the discount is under the calm discount
                      |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
                """);
    }

    @Test
    void anUnknownFieldInTheExpansionPointsAtTheDslrLine() {
        write(folder, "fees.dsl", MAPPING);
        write(folder, "fees.dslr", HEADER + """
                rule "Restore the base fee below half a percent"
                when
                    the redemption policy
                    a token's day
                    - the discount is below 0.5%
                then
                    charge the base fee
                end
                """);

        assertThat(printedErrors())
                .isEqualTo("fees.dslr:10:5: error: unknown field 'discont' of 'TokenDay'; expected one"
                        + " of: " + tokenDayFields()
                        + " (expanded to '$token : TokenDay(discont < 0.5 / 100.0)') [R111]\n" + """
                   10 |     - the discount is below 0.5%
                      |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~
                """);
    }

    @Test
    void anExpanderLineNamingAMissingMappingPointsAtTheName() {
        write(folder, "fees.dsl", MAPPING);
        write(folder, "fees.dslr", HEADER + "expander peg-words.dsl\n\nrule \"x\"\nwhen\nthen\nend\n");

        assertThat(printedErrors()).isEqualTo("""
                fees.dsl: error: 'fees.dsl' is a DSL mapping that no '.dslr' file in the folder uses; name it in a \
                '.dslr' file's 'expander' line or remove it [R106]
                fees.dslr:6:10: error: the DSL mapping 'peg-words.dsl' is not in the folder of 'fees.dslr' [R105]
                    6 | expander peg-words.dsl
                      |          ^~~~~~~~~~~~~
                """);
    }

    @Test
    void aMappingThatDoesNotParseIsReportedInTheMapping() {
        write(folder, "fees.dsl", "[condition][]the redemption policy=RedemptionLevels()\n[nonsense]x={y\n");
        write(folder, "fees.dslr", HEADER + "rule \"x\"\nwhen\n    the redemption policy\nthen\nend\n");

        assertThat(printedErrors()).isEqualTo("""
                fees.dsl:2:1: error: '[nonsense]x={y' is not a mapping entry; expected '[condition][]sentence=DRL', \
                '[consequence][]sentence=DRL' or '[keyword][]word=DRL' [R114]
                    2 | [nonsense]x={y
                      | ^~~~~~~~~~~~~~
                """);
    }

    @Test
    void aMappingEntryWithUnbalancedBracesIsReportedInTheMapping() {
        write(folder, "fees.dsl", "[condition][]the fee is {level=fee != {level}\n");
        write(folder, "fees.dslr", HEADER + "rule \"x\"\nwhen\n    the fee is 3\nthen\nend\n");

        assertThat(printedErrors()).isEqualTo("""
                fees.dsl:1:1: error: unbalanced braces in '[condition][]the fee is {level=fee != {level}'; a variable \
                is written {name} on both sides of '=' [R114]
                    1 | [condition][]the fee is {level=fee != {level}
                      | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
                """);
    }

    private static final String TABLE_HEAD = """
            RuleSet,io.gramkit.rules.test,,
            Import,"io.gramkit.rules.RedemptionLevels, io.gramkit.rules.TokenDay",,
            ,,,
            RuleTable Fees,,,
            NAME,CONDITION,CONDITION,ACTION
            ,$policy : RedemptionLevels( $baseFee : baseFee ),$token : TokenDay,
            """;

    @Test
    void aDecisionTableLoadsWithTheNamesOfItsRows() {
        write(folder, "fees.drl.csv", TABLE_HEAD + """
                ,,discount < $param,$token.chargeFee( $param );
                Rule,Policy,Discount below,Fee
                Restore the base fee when the peg is back,read,$policy.calmDiscount,$baseFee
                Charge the base fee on peg,read,0.0001,$baseFee
                """);

        DroolsRules rules = DroolsRules.load(List.of(folder));

        assertThat(rules.ruleNames())
                .containsExactly("Restore the base fee when the peg is back", "Charge the base fee on peg");
    }

    @Test
    void aTableSavedWithAByteOrderMarkAndWindowsLineEndsLoads() {
        write(folder, "fees.drl.csv", ("\uFEFF" + TABLE_HEAD + """
                ,,discount < $param,$token.chargeFee( $param );
                Rule,Policy,Discount below,Fee
                Restore the base fee when the peg is back,read,$policy.calmDiscount,$baseFee
                """).replace("\n", "\r\n"));

        DroolsRules rules = DroolsRules.load(List.of(folder));

        assertThat(rules.ruleNames()).containsExactly("Restore the base fee when the peg is back");
    }

    @Test
    void anUnknownFieldInATemplatePointsAtTheTemplateCell() {
        write(folder, "fees.drl.csv", TABLE_HEAD + """
                ,,discont < $param,$token.chargeFee( $param );
                Rule,Policy,Discount below,Fee
                Restore the base fee when the peg is back,read,$policy.calmDiscount,$baseFee
                """);

        assertThat(printedErrors())
                .isEqualTo("fees.drl.csv:7:3: error: unknown field 'discont' of 'TokenDay'; expected"
                        + " one of: " + tokenDayFields() + " [R111]\n" + """
                    7 | ,,discont < $param,$token.chargeFee( $param );
                      |   ^~~~~~~
                """);
    }

    @Test
    void aSyntaxErrorInACellPointsAtItsRow() {
        write(folder, "fees.drl.csv", TABLE_HEAD + """
                ,,discount < $param,$token.chargeFee( $param );
                Rule,Policy,Discount below,Fee
                Restore the base fee when the peg is back,read,0.002 )),$baseFee
                """);

        assertThat(printedErrors()).isEqualTo("""
                fees.drl.csv:9:54: error: unexpected ')' in rule 'Restore the base fee when the peg is back' \
                (generated '$token : TokenDay(discount < 0.002 )))') [R110]
                    9 | Restore the base fee when the peg is back,read,0.002 )),$baseFee
                      |                                                      ^
                """);
    }

    @Test
    void aTableWithoutARuleTableIsReported() {
        write(folder, "fees.drl.csv", "RuleSet,io.gramkit.rules.test\nRule,Discount below,Fee\n");

        assertThat(printedErrors()).isEqualTo("""
                fees.drl.csv: error: not a decision table Drools can read: no RuleTable cells in spreadsheet [R116]
                """);
    }

    @Test
    void aSnippetInTheObjectTypeRowPointsAtTheCell() {
        write(folder, "fees.drl.csv", """
                RuleSet,io.gramkit.rules.test,,
                Import,"io.gramkit.rules.RedemptionLevels, io.gramkit.rules.TokenDay",,
                RuleTable Fees,,,
                NAME,CONDITION,ACTION
                ,TokenDay( discount < $param ),
                Rule,Discount below,Fee
                Restore,0.002,0.0025
                """);

        assertThat(printedErrors()).isEqualTo("""
                fees.drl.csv:5:2: error: not a decision table Drools can read: it looks like you have snippets in the \
                row that is meant for object declarations; please insert an additional row before the snippets, at \
                cell B5 [R116]
                    5 | ,TokenDay( discount < $param ),
                      |  ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
                """);
    }

    private String printedErrors() {
        InputException error = catchThrowableOfType(InputException.class, () -> DroolsRules.load(List.of(folder)));
        return error.render().replace(folder + "/", "");
    }

    /**
     * TokenDay's fields as the diagnostic lists them (its getters, sorted): the model grows fields,
     * the rest of each expected diagnostic is literal.
     */
    static String tokenDayFields() {
        return io.gramkit.testing.ReadableProperties.of(TokenDay.class);
    }
}
