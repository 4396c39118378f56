package io.gramkit.model;

import io.gramkit.diagnostic.SourceSpan;

/** A stochastic model of the daily gold price. */
public sealed interface GoldModel {

    SourceSpan span();

    /**
     * Geometric Brownian motion with annual drift and volatility (fractions per year), stepped
     * in calendar days: {@code dt = 1/365}.
     */
    record Gbm(SourceSpan span, double drift, double volatility) implements GoldModel {
        public Gbm {
            Check.present("span", span);
            Check.finite("drift", drift);
            Check.nonNegative("volatility", volatility);
        }
    }
}
