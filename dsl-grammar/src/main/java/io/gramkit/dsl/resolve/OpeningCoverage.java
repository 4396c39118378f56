package io.gramkit.dsl.resolve;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.model.Scenario;
import java.util.Locale;

/**
 * Warnings about day 0, before anything runs: a token whose reserves at spot do not cover its
 * supply (a calibrated spot pasted beside a fixed cash amount does this silently), and one whose
 * day-0 coverage is below the minting minimum, so that minting is halted from the first day.
 */
public final class OpeningCoverage {
    private OpeningCoverage() {}

    /** Day-0 coverage as the model computes it: {@code (R_0 G_0 + C_0) / (S_0 G_0)}. */
    public static double of(Scenario scenario) {
        double spot = scenario.gold().spotUsdPerGram();
        return (scenario.token().goldGrams() * spot + scenario.token().cashUsd())
                / (scenario.token().supply() * spot);
    }

    public static void check(Scenario scenario, Diagnostics diagnostics) {
        double coverage = of(scenario);
        double spot = scenario.gold().spotUsdPerGram();
        if (coverage < 1) {
            diagnostics.report(GramCode.UNDER_COVERED_AT_START.at(
                    scenario.token().span(),
                    String.format(
                            Locale.ROOT,
                            "the token starts under-covered: day-0 coverage is %s (gold %,.0f g x %s USD/g + cash"
                                    + " %,.0f USD against %,.0f tokens x %s USD/g); check the reserves against the spot",
                            percent(coverage),
                            scenario.token().goldGrams(),
                            price(spot),
                            scenario.token().cashUsd(),
                            scenario.token().supply(),
                            price(spot))));
        }
        double minimum = scenario.minting().minimumCoverage();
        if (coverage < minimum) {
            diagnostics.report(GramCode.MINTING_HALTED_AT_START.at(
                    scenario.token().span(),
                    "day-0 coverage " + percent(coverage) + " is below the minimum coverage for minting of "
                            + percent(minimum) + "; minting is halted from day 0"));
        }
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * fraction);
    }

    private static String price(double usdPerGram) {
        return String.format(Locale.ROOT, "%,.2f", usdPerGram);
    }
}
