package io.gramkit.rules;

import static io.gramkit.rules.TestRuleFiles.drl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gramkit.interpreter.PathState;
import io.gramkit.interpreter.PathStateAccess;
import io.gramkit.interpreter.ResponseSession;
import io.gramkit.interpreter.RuleConflictException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two rules that set one lever to different values on one path-day stop the run. */
class RuleConflictTest {
    @TempDir
    Path folder;

    @Test
    void twoFeesForOnePathDayAreAnErrorNamingBothRules() {
        drl(folder, "a-raise.drl", """
                rule "Raise the fee when the discount is wide"
                when
                    $policy : RedemptionLevels( $raised : raisedFee )
                    $token  : TokenDay( discount > $policy.wideDiscount, fee != $raised )
                then
                    $token.chargeFee( $raised );
                end
                """);
        drl(folder, "b-waive.drl", """
                rule "Waive the fee in a panic"
                when
                    $token : TokenDay( discount > 0.2, fee != 0.0 )
                then
                    $token.chargeFee( 0.0 );
                end
                """);
        DroolsRules rules = DroolsRules.load(List.of(folder));
        List<PathState> paths = List.of(
                PathState.endOfDay(0, 0, 0.0, 1.0, 0.0025, true),
                PathState.endOfDay(1, 0, 0.0, 1.0, 0.0025, true),
                PathState.endOfDay(2, 0, 0.0, 1.0, 0.0025, true));

        try (ResponseSession session = rules.open(TestScenarios.reference(), paths)) {
            long[] changes = new long[2];
            session.respond(1, changes);
            setDiscounts(paths, 0.05, 0.3, 0.4);

            RuleConflictException conflict =
                    catchThrowableOfType(RuleConflictException.class, () -> session.respond(14, changes));

            assertThat(conflict.firstRule()).isEqualTo("Raise the fee when the discount is wide");
            assertThat(conflict.secondRule()).isEqualTo("Waive the fee in a panic");
            assertThat(conflict.firstSpan().location()).isEqualTo(folder.resolve("a-raise.drl") + ":7:1");
            assertThat(conflict.secondSpan().location()).isEqualTo(folder.resolve("b-waive.drl") + ":7:1");
            assertThat(conflict.secondValue()).isEqualTo("0.0");
            assertThat(conflict.lever()).isEqualTo("redemption fee");
            assertThat(conflict.path()).as("the lowest path in conflict").isEqualTo(1);
            assertThat(conflict.day()).isEqualTo(14);
            assertThat(conflict)
                    .hasMessage("rules 'Raise the fee when the discount is wide' and 'Waive the fee in a panic'"
                            + " set the redemption fee to different values (0.01 and 0.0) on path 1, day 14");
            assertThat(paths).extracting(PathState::fee).as("nothing applied").containsOnly(0.0025);
        }
    }

    @Test
    void rulesThatAgreeAreNoConflictAndEachIsCredited() {
        drl(folder, "both.drl", """
                rule "Halt minting below full coverage"
                when
                    $policy : MintingLevels()
                    $token  : TokenDay( mintingEnabled, coverage < $policy.minimumCoverage )
                then
                    $token.haltMinting();
                end

                rule "Halt minting on a wide discount"
                when
                    $policy : RedemptionLevels()
                    $token  : TokenDay( mintingEnabled, discount > $policy.wideDiscount )
                then
                    $token.haltMinting();
                end
                """);
        DroolsRules rules = DroolsRules.load(List.of(folder));
        PathState both = PathState.endOfDay(0, 3, 0.05, 0.9, 0.0025, true);
        PathState one = PathState.endOfDay(1, 3, 0.05, 1.1, 0.0025, true);

        TestScenarios.Day day = TestScenarios.respondOnce(rules, TestScenarios.reference(), both, one);

        assertThat(both.mintingEnabled()).isFalse();
        assertThat(one.mintingEnabled()).isFalse();
        assertThat(day.changes()).containsExactly(1, 2);
    }

    private static void setDiscounts(List<PathState> paths, double... discounts) {
        for (int i = 0; i < paths.size(); i++) {
            PathStateAccess.closeDay(paths.get(i), 14, discounts[i], 1.0);
        }
    }
}
