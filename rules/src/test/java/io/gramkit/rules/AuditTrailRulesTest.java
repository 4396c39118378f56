package io.gramkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gramkit.interpreter.AuditRecord;
import io.gramkit.interpreter.AuditTrail;
import io.gramkit.interpreter.LeverChanges;
import io.gramkit.interpreter.PathState;
import io.gramkit.interpreter.ReferenceRulesOracle;
import io.gramkit.interpreter.ResponseRules;
import io.gramkit.interpreter.ResponseSession;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit trail of the Drools adapter on constructed states: which firings it records (sampled
 * paths only), the facts each rule matched, the lever it set with the value before and after, and
 * the per-lever change counts over all paths.
 */
class AuditTrailRulesTest {
    /** Every readable field of a state built by PathState.endOfDay (no gold, supply or reserves). */
    private static final String TOKEN_DAY =
            "TokenDay(cash=0.0 cashBuffer=Infinity cashShareOfReserves=NaN coverage=%s day=%d"
                    + " daysRedemptionsHalted=0 discount=%s fee=%s feeRevenue=0.0 goldPrice=0.0 marketPrice=0.0"
                    + " mintingEnabled=%s path=%d premium=0.0 queue=0.0 queueWaitDays=0 redemptionGate=1.0 redemptionLimit=0.0"
                    + " redemptionsOpen=true reserves=0.0 supply=0.0 treasury=0.0)";

    private static final String REDEMPTION =
            "RedemptionLevels(baseFee=0.0025 calmDiscount=0.002 dailyLimit=0.02" + " raisedFee=0.01 wideDiscount=0.01)";
    private static final String MINTING = "MintingLevels(minimumCoverage=1.0)";

    @TempDir
    Path temp;

    @Test
    void recordsEachFiringOnASampledPathWithWhatTheRuleSawAndSet() {
        DroolsRules rules = DroolsRules.load(List.of(Path.of("reference")));
        AuditTrail trail = new AuditTrail(new int[] {1}, rules.ruleNames());
        // Path 0 is not sampled: its firings are counted, not recorded.
        PathState unsampled = PathState.endOfDay(0, 12, 0.05, 0.9, 0.0025, true);
        PathState sampled = PathState.endOfDay(1, 12, 0.05, 0.9, 0.0025, true);

        respond(rules.audited(trail), 12, unsampled, sampled);

        assertThat(sampled.fee()).isEqualTo(0.01);
        assertThat(sampled.mintingEnabled()).isFalse();
        String token = TOKEN_DAY.formatted("0.9", 12, "0.05", "0.0025", "true", 1);
        // Rule order (minting.drl, then redemption-fee.drl), not firing order.
        assertThat(trail.records())
                .containsExactly(
                        new AuditRecord(
                                1,
                                12,
                                0,
                                ReferenceRulesOracle.HALT_MINTING,
                                "reference/minting.drl",
                                17,
                                "minting",
                                1,
                                0,
                                MINTING + "; " + token),
                        new AuditRecord(
                                1,
                                12,
                                2,
                                ReferenceRulesOracle.RAISE_FEE,
                                "reference/redemption-fee.drl",
                                18,
                                "fee",
                                0.0025,
                                0.01,
                                REDEMPTION + "; " + token));
        assertThat(trail.records()).allMatch(AuditRecord::changed);
        assertThat(trail.leverChanges())
                .containsExactly(
                        new LeverChanges(ReferenceRulesOracle.HALT_MINTING, "minting", 2),
                        new LeverChanges(ReferenceRulesOracle.RESUME_MINTING, "", 0),
                        new LeverChanges(ReferenceRulesOracle.RAISE_FEE, "fee", 2),
                        new LeverChanges(ReferenceRulesOracle.RESTORE_FEE, "", 0));
    }

    @Test
    void aFiringThatSetsNothingOrTheValueInForceIsRecordedAsSuch() {
        TestRuleFiles.drl(temp, "plain.drl", """
                rule "Note a wide discount"
                when
                    $token : TokenDay( discount > 0.01 )
                then
                end

                rule "Keep the fee"
                when
                    $token : TokenDay( discount > 0.01 )
                then
                    $token.chargeFee( $token.getFee() );
                end
                """);
        DroolsRules rules = DroolsRules.load(List.of(temp));
        AuditTrail trail = new AuditTrail(new int[] {0}, rules.ruleNames());
        PathState state = PathState.endOfDay(0, 3, 0.05, 1.2, 0.0025, true);

        respond(rules.audited(trail), 3, state);

        String token = TOKEN_DAY.formatted("1.2", 3, "0.05", "0.0025", "true", 0);
        String file = temp.resolve("plain.drl").toString();
        assertThat(trail.records())
                .containsExactly(
                        new AuditRecord(0, 3, 0, "Note a wide discount", file, 7, "", Double.NaN, Double.NaN, token),
                        new AuditRecord(0, 3, 1, "Keep the fee", file, 13, "fee", 0.0025, 0.0025, token));
        assertThat(trail.records()).noneMatch(AuditRecord::changed);
        assertThat(trail.leverChanges()).allMatch(changes -> changes.pathDays() == 0);
    }

    @Test
    void rulesWithoutAnAuditTrailRefuseToPretendTheyKeepOne() {
        ResponseRules oracle = new ReferenceRulesOracle();
        assertThatThrownBy(() -> oracle.audited(new AuditTrail(new int[] {0}, oracle.ruleNames())))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static void respond(ResponseRules rules, int day, PathState... states) {
        long[] changes = new long[rules.ruleNames().size()];
        try (ResponseSession session = rules.open(TestScenarios.reference(), List.of(states))) {
            session.respond(day, changes);
        }
    }
}
