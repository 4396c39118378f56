package io.gramkit.rules;

import static io.gramkit.rules.TestScenarios.SPAN;

import io.gramkit.interpreter.DebtStateAccess;
import io.gramkit.interpreter.PathState;
import io.gramkit.model.Scenario;
import io.gramkit.model.debt.AuctionDepth;
import io.gramkit.model.debt.DebtLevels;
import io.gramkit.model.debt.DebtSystem;
import io.gramkit.model.debt.Oracle;
import io.gramkit.model.debt.VaultGroup;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Debt blocks, levels and end-of-day states for the debt responses' rule tests. The usual block:
 * 100 vaults owing 1,000 each at 200% of a gold price of 100 (20 tokens each), so the system's
 * collateral ratio is {@code price/50} exactly in doubles; fee 4%, ratio 125%, ceiling 5 M.
 */
final class DebtRuleStates {
    static final double USUAL_FEE = 0.04;
    static final double USUAL_CEILING = 5_000_000.0;
    static final double USUAL_RATIO = 1.25;

    private DebtRuleStates() {}

    static DroolsRules load(String file) {
        return DroolsRules.load(List.of(Path.of("debt", file)));
    }

    static DebtSystem block(List<VaultGroup> vaults, Optional<AuctionDepth> depth, double surplus, DebtLevels levels) {
        return new DebtSystem(
                        SPAN,
                        "DAI",
                        vaults,
                        USUAL_FEE,
                        USUAL_RATIO,
                        0.13,
                        USUAL_CEILING,
                        100.0,
                        new Oracle(SPAN, Oracle.Source.GOLD, 0.0),
                        depth,
                        surplus)
                .withLevels(levels);
    }

    static DebtSystem usual(double surplus, DebtLevels levels) {
        return block(List.of(new VaultGroup(SPAN, 100, 2.0, 1_000.0)), Optional.empty(), surplus, levels);
    }

    static Scenario scenario(DebtSystem block) {
        return TestScenarios.reference().withDebt(block);
    }

    /**
     * An end-of-day state whose debt block ran through {@code prices} (day 0 first) without a
     * stability fee, so ratios and amounts stay the exact values the tests name; the rules still
     * read the block's own fee (DebtPolicy) from the scenario.
     */
    static PathState state(DebtSystem block, double... prices) {
        return DebtStateAccess.debt(LibraryStates.state(0, 0.0, 1.0), block.withStabilityFee(0.0), prices);
    }
}
