package io.gramkit.rules;

import org.junit.jupiter.api.BeforeAll;

/** fee-tiers/decision-table: the fee tiers at and around each threshold (see {@link FeeTierRulesContract}). */
class FeeTiersDecisionTableRulesTest extends FeeTierRulesContract {
    private static DroolsRules rules;

    @BeforeAll
    static void loadTheForm() {
        rules = load("decision-table");
    }

    @Override
    DroolsRules rules() {
        return rules;
    }

    @Override
    boolean firesOnlyOnChange() {
        return false;
    }
}
