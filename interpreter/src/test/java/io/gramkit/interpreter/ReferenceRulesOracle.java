package io.gramkit.interpreter;

import io.gramkit.model.MintingPolicy;
import io.gramkit.model.RedemptionPolicy;
import io.gramkit.model.Scenario;
import java.util.List;

/**
 * A plain-Java copy of the reference rules r1-r3 of the model brief, used only as a test oracle
 * for the Drools rules: same names, same decisions, same change counts.
 */
public final class ReferenceRulesOracle implements ResponseRules {
    public static final String HALT_MINTING = "Halt minting below full coverage";
    public static final String RESUME_MINTING = "Resume minting at full coverage";
    public static final String RAISE_FEE = "Raise the redemption fee when the discount is wide";
    public static final String RESTORE_FEE = "Restore the base fee when the peg is back";

    private static final List<String> NAMES = List.of(HALT_MINTING, RESUME_MINTING, RAISE_FEE, RESTORE_FEE);

    @Override
    public List<String> ruleNames() {
        return NAMES;
    }

    @Override
    public List<RuleFile> files() {
        return List.of();
    }

    @Override
    public ResponseSession open(Scenario scenario, List<PathState> paths) {
        RedemptionPolicy fees = scenario.redemption();
        MintingPolicy minting = scenario.minting();
        return new ResponseSession() {
            @Override
            public void respond(int day, long[] changes) {
                for (PathState state : paths) {
                    // r1: mint_on_t = coverage_t >= coverage_min
                    boolean mint = state.coverage() >= minting.minimumCoverage();
                    if (mint != state.mintingEnabled()) {
                        changes[NAMES.indexOf(mint ? RESUME_MINTING : HALT_MINTING)]++;
                        state.setMintingEnabled(mint);
                    }
                    // r2 / r3: raise above the wide discount, otherwise restore below the calm one
                    double fee = state.fee();
                    String rule = null;
                    if (state.discount() > fees.wideDiscount()) {
                        fee = fees.raisedFee();
                        rule = RAISE_FEE;
                    } else if (state.discount() < fees.calmDiscount()) {
                        fee = fees.baseFee();
                        rule = RESTORE_FEE;
                    }
                    if (fee != state.fee()) {
                        changes[NAMES.indexOf(rule)]++;
                        state.setFee(fee);
                    }
                }
            }

            @Override
            public void close() {}
        };
    }
}
