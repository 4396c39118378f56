package io.gramkit.model.market;

import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.model.Check;

/**
 * A share of the reserves (of the gold and of the cash alike) frozen on {@code fromDay}: neither
 * payable nor counted in coverage until it is released on {@code releaseDay}.
 */
public record ReserveFreeze(SourceSpan span, String name, double share, int fromDay, int releaseDay) {
    public ReserveFreeze {
        Check.present("span", span);
        Check.present("freeze name", name);
        Check.fraction("frozen share", share);
        Check.positive("freeze day", fromDay);
        if (releaseDay <= fromDay) {
            throw new IllegalArgumentException(
                    "reserves frozen on day " + fromDay + " must be released on a later day, got " + releaseDay);
        }
    }
}
