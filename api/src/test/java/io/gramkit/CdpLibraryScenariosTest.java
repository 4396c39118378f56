package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The debt block's library scenarios as written: cdp-single-vault.gram against the corrected
 * first-passage probability at its 50,000 paths, and the report of cdp-gold-usd.gram with its two
 * charts.
 */
class CdpLibraryScenariosTest {

    /**
     * Every vault at 150% against 125%, no fee, no holders, a gold oracle without lag, driftless GBM
     * at 18%: a path liquidates when gold's daily close first reaches 125/150 of spot. Broadie,
     * Glasserman and Kou: with nu = -s^2/2 and the barrier moved away by 0.5826 s sqrt(1/365),
     * b = ln(125/150) - 0.5826 s sqrt(1/365) and P = N((b - nu)/s) + exp(2 nu b / s^2) N((b + nu)/s)
     * (T = 1), about 32.5%. CdpSingleVaultTest (interpreter) derives it in full and checks, path by
     * path, that a liquidation happens exactly when the lowest close touches the barrier.
     */
    @Test
    void cdpSingleVaultMatchesTheCorrectedFirstPassageProbability() {
        GramRun run = Gram.load(Repository.file("scenario-library/cdp-single-vault.gram"))
                .withThreads(2)
                .run();
        assertThat(run.result().paths()).isEqualTo(50_000);

        double s = 0.18;
        double nu = -0.5 * s * s;
        double b = Math.log(125.0 / 150.0) - 0.5826 * s * Math.sqrt(1.0 / 365.0);
        double corrected = normal((b - nu) / s) + Math.exp(2 * nu * b / (s * s)) * normal((b + nu) / s);
        double share = run.metric("share_paths_with_liquidation").value();
        double standardError = Math.sqrt(corrected * (1 - corrected) / 50_000);
        assertThat(Math.abs(share - corrected))
                .as("share %s against %s (standard error %s)", share, corrected, standardError)
                .isLessThan(4 * standardError);
        // unlimited depth at a market price equal to gold's: the penalty is always raised
        assertThat(Arrays.stream(run.outcomes().column("bad_debt")).max().orElseThrow())
                .isZero();
    }

    @Test
    void theReportOfCdpGoldUsdShowsTheCollateralRatioBandsAndTheBadDebt() {
        GramRun run = Gram.load(Repository.file("scenario-library/cdp-gold-usd.gram"))
                .withPaths(300)
                .withThreads(2)
                .run();
        String html = run.htmlReport();
        assertThat(html).contains("The dollar minted against the token");
        assertThat(html).contains("alt=\"collateral ratio bands\"", "alt=\"bad debt by day\"");
        assertThat(run.metric("share_paths_with_liquidation").value()).isPositive();
    }

    /** The standard normal distribution function (Abramowitz and Stegun 26.2.17, error below 7.5e-8). */
    static double normal(double x) {
        double t = 1 / (1 + 0.2316419 * Math.abs(x));
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        double upper = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * poly;
        return x >= 0 ? 1 - upper : upper;
    }
}
