package io.gramkit.rules;

import org.junit.jupiter.api.BeforeAll;

/** fee-tiers/drl: the fee tiers at and around each threshold (see {@link FeeTierRulesContract}). */
class FeeTiersDrlRulesTest extends FeeTierRulesContract {
    private static DroolsRules rules;

    @BeforeAll
    static void loadTheForm() {
        rules = load("drl");
    }

    @Override
    DroolsRules rules() {
        return rules;
    }

    @Override
    boolean firesOnlyOnChange() {
        return true;
    }
}
