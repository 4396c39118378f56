package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gramkit.model.debt.DebtSystem;
import io.gramkit.model.debt.VaultGroup;
import io.gramkit.model.settings.SettingBlock;
import io.gramkit.model.settings.SettingDeclaration;
import io.gramkit.model.settings.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Every setting of the debt block is declared in the settings catalogue and can be swept: a sweep
 * line naming it puts the value where the model keeps it (a single value the block leaves out,
 * such as the surplus buffer, is added).
 */
class DebtSettingsSweepTest {
    private static final String SCENARIO = """
            scenario "Debt sweeps" {
              horizon 10 days
              paths 4
              seed 16
              gold { spot 75 USD/g  model gbm drift 0% vol 18% }
              token { supply 1,000,000  reserves 1,000,000 g gold }
              debt "USDG" {
                vaults 400 at 150% owing 2,500 USD each
                stability fee 4% per year
                liquidation ratio 125%
                liquidation penalty 13%
                dust 100 USD
                oracle market lag 1 day
                auction depth 2,000 g per 1%
                holders repay at 140% to 175%, 20% per day
                new debt 0.1% per day at 200%
                raise stability fee to 8% below 140% until 160%
                lower debt ceiling to 2,000,000 USD below 1% surplus
                tighten liquidation ratio to 150% after oracle falls 12.5% over 3 days until 6.25%
                pause new debt below 140% until 160%
                shut down above 1,000,000 USD uncovered bad debt
              }
              SWEEP
            }
            """;

    private record Case(String value, double expected, ToDoubleFunction<DebtSystem> kept) {}

    private static Map<SettingDeclaration, Case> cases() {
        Map<SettingDeclaration, Case> cases = new LinkedHashMap<>();
        cases.put(Settings.VAULT_COUNT, new Case("500", 500, DebtSystem::vaultCount));
        cases.put(Settings.VAULT_RATIO, new Case("160%", 1.6, d -> first(d).collateralRatio()));
        cases.put(Settings.VAULT_DEBT, new Case("3,000 USD", 3000, d -> first(d).debtPerVault()));
        cases.put(Settings.STABILITY_FEE, new Case("5%", 0.05, DebtSystem::stabilityFee));
        cases.put(Settings.LIQUIDATION_RATIO, new Case("130%", 1.3, DebtSystem::liquidationRatio));
        cases.put(Settings.LIQUIDATION_PENALTY, new Case("10%", 0.1, DebtSystem::liquidationPenalty));
        cases.put(Settings.DEBT_CEILING, new Case("9,000,000 USD", 9e6, DebtSystem::debtCeiling));
        cases.put(Settings.DUST, new Case("50 USD", 50, DebtSystem::dust));
        cases.put(Settings.SURPLUS_BUFFER, new Case("300,000 USD", 3e5, DebtSystem::surplusBuffer));
        cases.put(Settings.ORACLE_LAG, new Case("2 days", 2, d -> d.oracle().lagDays()));
        cases.put(
                Settings.AUCTION_DEPTH,
                new Case("3,000 g", 3000, d -> d.depth().orElseThrow().tokensPerPercent()));
        cases.put(
                Settings.HOLDER_ALERT,
                new Case("145%", 1.45, d -> d.holders().orElseThrow().alertRatio()));
        cases.put(
                Settings.HOLDER_TARGET,
                new Case("180%", 1.8, d -> d.holders().orElseThrow().targetRatio()));
        cases.put(
                Settings.HOLDER_SHARE,
                new Case("30%", 0.3, d -> d.holders().orElseThrow().dailyShare()));
        cases.put(
                Settings.NEW_DEBT_SHARE,
                new Case("0.2%", 0.002, d -> d.borrowing().orElseThrow().dailyShare()));
        cases.put(
                Settings.NEW_DEBT_RATIO,
                new Case("210%", 2.1, d -> d.borrowing().orElseThrow().openingRatio()));
        cases.put(
                Settings.RAISED_STABILITY_FEE,
                new Case(
                        "9%", 0.09, d -> d.levels().stabilityFee().orElseThrow().raisedFee()));
        cases.put(
                Settings.FEE_STRESS_RATIO,
                new Case(
                        "145%",
                        1.45, d -> d.levels().stabilityFee().orElseThrow().stressRatio()));
        cases.put(
                Settings.FEE_CALM_RATIO,
                new Case(
                        "165%",
                        1.65, d -> d.levels().stabilityFee().orElseThrow().calmRatio()));
        cases.put(
                Settings.LOWERED_CEILING,
                new Case(
                        "1,000,000 USD",
                        1e6,
                        d -> d.levels().debtCeiling().orElseThrow().loweredCeiling()));
        cases.put(
                Settings.SURPLUS_FLOOR,
                new Case("2%", 0.02, d -> d.levels().debtCeiling().orElseThrow().surplusFloor()));
        cases.put(
                Settings.TIGHTENED_RATIO,
                new Case(
                        "160%",
                        1.6, d -> d.levels().liquidationRatio().orElseThrow().tightenedRatio()));
        cases.put(
                Settings.ORACLE_FALL,
                new Case(
                        "15%",
                        0.15, d -> d.levels().liquidationRatio().orElseThrow().fall()));
        cases.put(
                Settings.ORACLE_FALL_WINDOW,
                new Case(
                        "5 days",
                        5,
                        d -> d.levels().liquidationRatio().orElseThrow().days()));
        cases.put(
                Settings.ORACLE_CALM_FALL,
                new Case(
                        "5%",
                        0.05, d -> d.levels().liquidationRatio().orElseThrow().calmFall()));
        cases.put(
                Settings.PAUSE_RATIO,
                new Case("135%", 1.35, d -> d.levels().newDebt().orElseThrow().pauseRatio()));
        cases.put(
                Settings.RESUME_RATIO,
                new Case("170%", 1.7, d -> d.levels().newDebt().orElseThrow().resumeRatio()));
        cases.put(
                Settings.SHUTDOWN_LIMIT,
                new Case(
                        "2,000,000 USD",
                        2e6,
                        d -> d.levels().shutdown().orElseThrow().uncoveredBadDebt()));
        return cases;
    }

    private static VaultGroup first(DebtSystem debt) {
        return debt.vaults().get(0);
    }

    @Test
    void everyDebtSettingIsSweptIntoTheModel() {
        Map<SettingDeclaration, Case> cases = cases();
        assertThat(cases.keySet())
                .as("a case for every setting the catalogue declares in the debt block")
                .containsExactlyInAnyOrderElementsOf(Settings.of(SettingBlock.DEBT));
        cases.forEach((declaration, c) -> {
            String sweep = "sweep " + declaration.sweepName().orElseThrow() + " in " + c.value();
            GramGrid grid = Gram.parseGrid("sweep.gram", SCENARIO.replace("SWEEP", sweep), Path.of("."));
            assertThat(grid.points()).as(sweep).hasSize(1);
            DebtSystem debt = grid.points().get(0).scenario().debt().orElseThrow();
            assertThat(c.kept().applyAsDouble(debt)).as(sweep).isCloseTo(c.expected(), within(1e-12));
        });
    }
}
