package io.gramkit.model.market;

import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.model.Check;
import java.util.OptionalDouble;

/**
 * Holder behaviour over time, beyond the reference model's redemption base and sensitivities.
 *
 * @param panicHalfLifeDays     panic decays by half in this many days; empty: panic is today's
 *                              gold fall only, as in the reference model
 * @param coverageSensitivity   extra exit share per unit of coverage below 1 (k_coverage)
 * @param retailRedemptionShare share of the exit flow that holders redeem themselves; the rest is
 *                              sold on the venues
 */
public record Holders(
        SourceSpan span, OptionalDouble panicHalfLifeDays, double coverageSensitivity, double retailRedemptionShare) {
    public Holders {
        Check.present("span", span);
        Check.present("panic half-life", panicHalfLifeDays);
        panicHalfLifeDays.ifPresent(days -> Check.positive("panic half-life", days));
        Check.nonNegative("coverage sensitivity", coverageSensitivity);
        Check.fraction("retail redemption share", retailRedemptionShare);
    }

    /** The share of yesterday's panic left today: {@code 0.5^(1/half-life)}; NaN without a half-life. */
    public double panicDecay() {
        return panicHalfLifeDays.isPresent() ? StrictMath.pow(0.5, 1.0 / panicHalfLifeDays.getAsDouble()) : Double.NaN;
    }
}
