package io.gramkit.model;

import io.gramkit.diagnostic.SourceSpan;

/**
 * A stochastic model of the daily gold price, stepped in calendar days ({@code dt = 1/365}).
 * Drifts and volatilities are annual fractions. Equations in docs/gold-models.md.
 */
public sealed interface GoldModel {

    SourceSpan span();

    /** What a user writes to select the model: {@code gbm}, {@code student-t}, ... */
    String keyword();

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

        @Override
        public String keyword() {
            return "gbm";
        }
    }

    /**
     * GBM whose daily innovations are Student-t with {@code degreesOfFreedom} (above 2), scaled
     * to unit variance so that {@code volatility} is the annual standard deviation of log returns.
     */
    record StudentT(SourceSpan span, double drift, double volatility, double degreesOfFreedom) implements GoldModel {
        public StudentT {
            Check.present("span", span);
            Check.finite("drift", drift);
            Check.nonNegative("volatility", volatility);
            Check.above("degrees of freedom", degreesOfFreedom, 2);
        }

        @Override
        public String keyword() {
            return "student-t";
        }
    }

    /**
     * Merton jump-diffusion: a GBM diffusion plus jumps arriving as a Poisson process with
     * {@code jumpsPerYear}; each jump multiplies the price by {@code exp(Y)}, Y normal with mean
     * {@code jumpMean} and standard deviation {@code jumpDispersion}. The drift is compensated for
     * the jumps, so {@code drift} stays the expected annual growth rate of the price.
     */
    record JumpDiffusion(
            SourceSpan span,
            double drift,
            double volatility,
            double jumpsPerYear,
            double jumpMean,
            double jumpDispersion)
            implements GoldModel {
        public JumpDiffusion {
            Check.present("span", span);
            Check.finite("drift", drift);
            Check.nonNegative("volatility", volatility);
            Check.nonNegative("jumps per year", jumpsPerYear);
            Check.finite("jump mean", jumpMean);
            Check.nonNegative("jump dispersion", jumpDispersion);
        }

        @Override
        public String keyword() {
            return "jump-diffusion";
        }

        /** {@code k = E[exp(Y)] - 1}, the mean relative size of a jump. */
        public double meanJumpReturn() {
            return Math.expm1(jumpMean + 0.5 * jumpDispersion * jumpDispersion);
        }
    }

    /**
     * GARCH(1,1) on daily log returns: {@code h_t = omega + alpha*eps_{t-1}^2 + beta*h_{t-1}} with
     * {@code omega = (1 - alpha - beta) * volatility^2 * dt}, so {@code volatility} is the long-run
     * annual volatility; the variance starts there. Innovations are normal, or Student-t scaled to
     * unit variance when {@code degreesOfFreedom} is finite.
     */
    record Garch(SourceSpan span, double drift, double volatility, double alpha, double beta, double degreesOfFreedom)
            implements GoldModel {
        public Garch {
            Check.present("span", span);
            Check.finite("drift", drift);
            Check.nonNegative("volatility", volatility);
            Check.nonNegative("alpha", alpha);
            Check.nonNegative("beta", beta);
            if (!(alpha + beta < 1)) {
                throw new IllegalArgumentException("alpha + beta must be below 1, got " + (alpha + beta));
            }
            if (!(degreesOfFreedom > 2)) {
                throw new IllegalArgumentException("degrees of freedom must be above 2, got " + degreesOfFreedom);
            }
        }

        /** Normal innovations. */
        public static Garch normal(SourceSpan span, double drift, double volatility, double alpha, double beta) {
            return new Garch(span, drift, volatility, alpha, beta, Double.POSITIVE_INFINITY);
        }

        public boolean normalInnovations() {
            return Double.isInfinite(degreesOfFreedom);
        }

        @Override
        public String keyword() {
            return "garch";
        }
    }

    /** Drift and volatility of one regime of {@link RegimeSwitching}. */
    record Regime(double drift, double volatility) {
        public Regime {
            Check.finite("drift", drift);
            Check.nonNegative("volatility", volatility);
        }
    }

    /**
     * Two GBM regimes, calm and stressed, with a Markov chain between them: each day a calm path
     * turns stressed with probability {@code calmToStressed} and a stressed one calm with
     * {@code stressedToCalm}. Every path starts calm.
     */
    record RegimeSwitching(SourceSpan span, Regime calm, Regime stressed, double calmToStressed, double stressedToCalm)
            implements GoldModel {
        public RegimeSwitching {
            Check.present("span", span);
            Check.present("calm regime", calm);
            Check.present("stressed regime", stressed);
            Check.fraction("calm to stressed", calmToStressed);
            Check.fraction("stressed to calm", stressedToCalm);
        }

        @Override
        public String keyword() {
            return "regime-switching";
        }

        /** The long-run share of days spent stressed: {@code p / (p + q)}. */
        public double stressedShare() {
            double total = calmToStressed + stressedToCalm;
            return total == 0 ? 0 : calmToStressed / total;
        }
    }

    /**
     * Stationary block bootstrap (Politis and Romano) of a historical price series' log returns:
     * blocks start at a uniformly drawn observation and end each day with probability
     * {@code 1 / meanBlockDays}. Each observation's return becomes one simulated day, rescaled
     * from the series' own frequency to one calendar day (docs/gold-models.md).
     */
    record Bootstrap(SourceSpan span, PriceHistory history, double meanBlockDays) implements GoldModel {
        public Bootstrap {
            Check.present("span", span);
            Check.present("history", history);
            Check.above("mean block length", meanBlockDays, 1 - 1e-12);
            if (history.size() < 3) {
                throw new IllegalArgumentException("a bootstrap needs at least 3 prices, got " + history.size());
            }
        }

        @Override
        public String keyword() {
            return "bootstrap";
        }
    }
}
