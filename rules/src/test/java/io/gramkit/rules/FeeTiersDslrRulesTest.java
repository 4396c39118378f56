package io.gramkit.rules;

import org.junit.jupiter.api.BeforeAll;

/** fee-tiers/dslr: the fee tiers at and around each threshold (see {@link FeeTierRulesContract}). */
class FeeTiersDslrRulesTest extends FeeTierRulesContract {
    private static DroolsRules rules;

    @BeforeAll
    static void loadTheForm() {
        rules = load("dslr");
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
