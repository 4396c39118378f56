package io.gramkit.rules;

import static io.gramkit.rules.MintingRulesTest.value;
import static io.gramkit.rules.TestScenarios.countsFor;
import static io.gramkit.rules.TestScenarios.respondOnce;
import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.interpreter.PathState;
import io.gramkit.model.RedemptionPolicy;
import io.gramkit.model.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fee-tier policy (rules/fee-tiers), whichever form it is written in: which rule
 * changes the fee, and to what, at and one ulp around each tier's threshold, with the reference
 * levels (base fee 0.25%, raised fee 1%, wide discount 1%, calm discount 0.2%). One subclass per
 * form loads that form's file.
 */
abstract class FeeTierRulesContract {
    static final Path FOLDER = Path.of("fee-tiers");
    static final String RAISED = "Charge the raised fee while the discount is wide";
    static final String TWO = "Charge 2% while the discount is above 3%";
    static final String THREE = "Charge 3% while the discount is above 5%";
    static final String BASE = "Restore the base fee when the peg is back";

    /** The rules of this form, loaded once. */
    abstract DroolsRules rules();

    @Test
    void declaresTheTiersFromTheLowestUpThenTheRestore() {
        assertThat(rules().ruleNames()).containsExactly(RAISED, TWO, THREE, BASE);
    }

    /**
     * Whether a rule fires only on a path-day it changes the fee (its conditions say "the fee is
     * not yet" the tier's fee), or on every path-day its tier holds (the decision table, whose
     * rows have no such column). Either way a rule counts only the path-days it changed the fee.
     */
    abstract boolean firesOnlyOnChange();

    @ParameterizedTest(name = "discount {0}, fee {1} -> fee {2} by ''{3}''")
    @CsvSource({
        // discount,  fee before, fee after, rule that changed it, rule whose tier holds
        "0.01,        0.0025,     0.0025,    '',     ''",
        "above 0.01,  0.0025,     0.01,      " + RAISED + ", " + RAISED,
        "0.02,        0.0025,     0.01,      " + RAISED + ", " + RAISED,
        "0.03,        0.0025,     0.01,      " + RAISED + ", " + RAISED,
        "0.03,        0.01,       0.01,      '',     " + RAISED,
        "above 0.03,  0.0025,     0.02,      " + TWO + ", " + TWO,
        "above 0.03,  0.01,       0.02,      " + TWO + ", " + TWO,
        "0.05,        0.01,       0.02,      " + TWO + ", " + TWO,
        "0.05,        0.02,       0.02,      '',     " + TWO,
        "above 0.05,  0.02,       0.03,      " + THREE + ", " + THREE,
        "0.3,         0.0025,     0.03,      " + THREE + ", " + THREE,
        "0.3,         0.03,       0.03,      '',     " + THREE,
        // a narrowing discount steps the fee down tier by tier
        "0.04,        0.03,       0.02,      " + TWO + ", " + TWO,
        "0.02,        0.02,       0.01,      " + RAISED + ", " + RAISED,
        // between the calm and the wide discount the fee stays, whatever it is
        "0.005,       0.03,       0.03,      '',     ''",
        "0.002,       0.01,       0.01,      '',     ''",
        "0.002,       0.0025,     0.0025,    '',     ''",
        "below 0.002, 0.02,       0.0025,    " + BASE + ", " + BASE,
        "0.0,         0.01,       0.0025,    " + BASE + ", " + BASE,
        "0.0,         0.0025,     0.0025,    '',     " + BASE,
    })
    void feeStepsWithTheDiscount(String discount, double before, double after, String changed, String holds) {
        PathState state = PathState.endOfDay(0, 11, value(discount), 1.0, before, true);

        TestScenarios.Day day = respondOnce(rules(), TestScenarios.reference(), state);

        assertThat(state.fee()).isEqualTo(after);
        long[] changes = changed.isEmpty() ? countsFor(rules()) : countsFor(rules(), changed);
        assertThat(day.changes()).containsExactly(changes);
        long[] firings =
                firesOnlyOnChange() ? changes : holds.isEmpty() ? countsFor(rules()) : countsFor(rules(), holds);
        assertThat(day.firings()).containsExactly(firings);
        assertThat(state.mintingEnabled()).isTrue();
    }

    @Test
    void theLowestTierAndTheRestoreReadThePolicysLevels() {
        // base 0.5%, raised 1.5%, wide above 2%, calm below 1%
        Scenario other = TestScenarios.reference()
                .withRedemption(new RedemptionPolicy(TestScenarios.SPAN, 0.005, 0.015, 0.02, 0.01, 0.02));
        PathState notWideYet = PathState.endOfDay(0, 5, 0.02, 1.0, 0.005, true);
        PathState wide = PathState.endOfDay(1, 5, 0.025, 1.0, 0.005, true);
        PathState calm = PathState.endOfDay(2, 5, 0.009, 1.0, 0.02, true);
        PathState deep = PathState.endOfDay(3, 5, 0.06, 1.0, 0.005, true);

        TestScenarios.Day day = respondOnce(rules(), other, notWideYet, wide, calm, deep);

        assertThat(notWideYet.fee()).isEqualTo(0.005);
        assertThat(wide.fee()).isEqualTo(0.015);
        assertThat(calm.fee()).isEqualTo(0.005);
        assertThat(deep.fee()).isEqualTo(0.03);
        assertThat(day.changes()).containsExactly(countsFor(rules(), RAISED, THREE, BASE));
    }

    static DroolsRules load(String form) {
        return DroolsRules.load(List.of(FOLDER.resolve(form)));
    }
}
