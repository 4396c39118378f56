package io.gramkit.rules;

import static io.gramkit.rules.TestRuleFiles.drl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.InputException;
import io.gramkit.interpreter.PathState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule files that do not compile or misbehave are bad input, printed like every other diagnostic. */
class DrlErrorsTest {
    @TempDir
    Path folder;

    @Test
    void syntaxErrorShowsFileLineColumnAndTheLine() {
        drl(folder, "fees.drl", """
                rule "Raise the fee when the discount is wide"
                when
                    $policy : RedemptionLevels( $raised : raisedFee )
                    $token  : TokenDay( discount > $policy.wideDiscount, fee != $raised
                then
                    $token.chargeFee( $raised );
                end
                """);

        assertThat(printedErrors()).isEqualTo("""
                fees.drl:11:1: error: unexpected 'then' in rule 'Raise the fee when the discount is wide' [R110]
                   11 | then
                      | ^~~~
                """);
    }

    @Test
    void syntaxErrorMidLineGetsItsColumn() {
        drl(folder, "fees.drl", """
                rule "Restore the base fee when the peg is back"
                when
                    $token : TokenDay( discount < , fee != 0.0025 )
                then
                    $token.chargeFee( 0.0025 );
                end
                """);

        assertThat(printedErrors()).isEqualTo("""
                fees.drl:9:35: error: unexpected ',' in rule 'Restore the base fee when the peg is back' [R110]
                    9 |     $token : TokenDay( discount < , fee != 0.0025 )
                      |                                   ^
                """);
    }

    @Test
    void unknownFieldNamesTheFieldsThereAre() {
        drl(folder, "minting.drl", """
                rule "Halt minting below full coverage"
                when
                    $policy : MintingLevels()
                    $token  : TokenDay( mintingEnabled, covrage < $policy.minimumCoverage )
                then
                    $token.haltMinting();
                end
                """);

        assertThat(printedErrors()).isEqualTo("""
                minting.drl:10:41: error: unknown field 'covrage' of 'TokenDay'; expected one of: cash, cashBuffer, \
                cashShareOfReserves, coverage, day, daysRedemptionsHalted, discount, fee, feeRevenue, goldPrice, marketPrice, \
                mintingEnabled, path, premium, queue, queueWaitDays, redemptionGate, redemptionLimit, redemptionsOpen, reserves, \
                supply, treasury [R111]
                   10 |     $token  : TokenDay( mintingEnabled, covrage < $policy.minimumCoverage )
                      |                                         ^~~~~~~
                """);
    }

    @Test
    void unknownPolicyFieldAndUnknownFactTypeInOneRun() {
        drl(folder, "a.drl", """
                rule "Halt minting below full coverage"
                when
                    $policy : MintingLevels()
                    $token  : TokenDay( mintingEnabled, coverage < $policy.minimumCover )
                then
                    $token.haltMinting();
                end
                """);
        drl(folder, "b.drl", """
                rule "Restore the base fee when the peg is back"
                when
                    $policy : RedemptionLevel()
                then
                end
                """);

        List<Diagnostic> diagnostics = errors();

        assertThat(diagnostics).extracting(d -> d.code().code()).containsExactly("R111", "R112");
        assertThat(diagnostics)
                .extracting(Diagnostic::message)
                .containsExactly(
                        "unknown field 'minimumCover' of 'MintingLevels'; expected one of: minimumCoverage",
                        "unknown fact type 'RedemptionLevel'; expected one of: CircuitBreakerLevels, CollateralLevels, "
                                + "DebtCeilingLevels, DebtDay, DebtPolicy, LiquidationRatioLevels, MintingLevels, "
                                + "NewDebtLevels, PegDefenceLevels, RebalancingLevels, RedemptionLevels, ShutdownLevels, "
                                + "StabilityFeeLevels, TokenDay");
        assertThat(diagnostics)
                .extracting(d -> d.span().location())
                .containsExactly(folder.resolve("a.drl") + ":10:60", folder.resolve("b.drl") + ":9:15");
    }

    @Test
    void consequenceCallingAMissingLeverPointsAtTheCall() {
        drl(folder, "minting.drl", """
                rule "Halt minting below full coverage"
                when
                    $policy : MintingLevels()
                    $token  : TokenDay( mintingEnabled, coverage < $policy.minimumCoverage )
                then
                    $token.stopMinting();
                end
                """);

        assertThat(printedErrors()).isEqualTo("""
                minting.drl:12:12: error: the method stopMinting() is undefined for the type TokenDay [R113]
                   12 |     $token.stopMinting();
                      |            ^~~~~~~~~~~
                """);
    }

    @Test
    void twoRulesWithOneNameAreAnErrorEvenInTwoPackages() {
        drl(folder, "a.drl", "rule \"Halt minting\" when then end\n");
        TestRuleFiles.write(
                folder, "b.drl", "package io.gramkit.rules.other;\n\nrule \"Halt minting\" when then end\n");

        assertThat(printedErrors()).isEqualTo("""
                b.drl:3:1: error: rule name 'Halt minting' is already used at a.drl:7:1 [R120]
                    3 | rule "Halt minting" when then end
                      | ^~~~
                """);
    }

    @Test
    void aFeeOutsideZeroToOneStopsTheRunAtTheRule() {
        drl(folder, "fees.drl", """
                rule "Charge a punitive fee"
                when
                    $token : TokenDay( discount > 0.5 )
                then
                    $token.chargeFee( 1.5 );
                end
                """);
        DroolsRules rules = DroolsRules.load(List.of(folder));
        PathState state = PathState.endOfDay(4, 30, 0.6, 1.0, 0.0025, true);

        InputException error = catchThrowableOfType(
                InputException.class, () -> TestScenarios.respondOnce(rules, TestScenarios.reference(), state));

        assertThat(error.render().replace(folder + "/", "")).isEqualTo("""
                fees.drl:7:1: error: rule 'Charge a punitive fee' set the redemption fee to 1.5 on path 4, day 30; \
                a fee must be at least 0 and below 1 [R130]
                    7 | rule "Charge a punitive fee"
                      | ^~~~
                """);
        assertThat(state.fee()).isEqualTo(0.0025);
    }

    @Test
    void aFailingConsequenceIsReportedAtItsRule() {
        drl(folder, "fees.drl", """
                rule "Divide by nothing"
                when
                    $token : TokenDay( discount > 0.5 )
                then
                    $token.chargeFee( 1 / (int) $token.getSupply() );
                end
                """);
        DroolsRules rules = DroolsRules.load(List.of(folder));
        PathState state = PathState.endOfDay(2, 8, 0.6, 1.0, 0.0025, true);

        InputException error = catchThrowableOfType(
                InputException.class, () -> TestScenarios.respondOnce(rules, TestScenarios.reference(), state));

        assertThat(error.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(RuleCode.CONSEQUENCE_FAILED);
            assertThat(d.message())
                    .isEqualTo(
                            "rule 'Divide by nothing' failed on path 2, day 8: java.lang.ArithmeticException: / by zero");
        });
    }

    @Test
    void aRuleThatMakesItselfFireAgainStopsTheRun() {
        drl(folder, "fees.drl", """
                rule "Raise the fee and look again"
                when
                    $policy : RedemptionLevels( $raised : raisedFee )
                    $token  : TokenDay( discount > $policy.wideDiscount, fee != $raised )
                then
                    $token.chargeFee( $raised );
                    update( $token );
                end
                """);
        DroolsRules rules = DroolsRules.load(List.of(folder));
        PathState state = PathState.endOfDay(0, 12, 0.05, 1.0, 0.0025, true);

        InputException error = catchThrowableOfType(
                InputException.class, () -> TestScenarios.respondOnce(rules, TestScenarios.reference(), state));

        assertThat(error.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(RuleCode.RUNAWAY);
            assertThat(d.message())
                    .startsWith("the rules fired more than 400 times on day 12, most often"
                            + " 'Raise the fee and look again'");
        });
    }

    private List<Diagnostic> errors() {
        return catchThrowableOfType(InputException.class, () -> DroolsRules.load(List.of(folder)))
                .diagnostics();
    }

    private String printedErrors() {
        InputException error = catchThrowableOfType(InputException.class, () -> DroolsRules.load(List.of(folder)));
        return error.render().replace(folder + "/", "");
    }
}
