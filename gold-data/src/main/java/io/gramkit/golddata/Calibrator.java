package io.gramkit.golddata;

import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.special.Gamma;

/**
 * Fits a gold model to a price series' log returns r_1..r_n by maximum likelihood, one return per
 * observation at the series' own frequency (P observations a year), and annualises with P:
 * drifts times P, volatilities times sqrt(P), jump intensity times P. Equations in
 * docs/gold-models.md.
 */
public final class Calibrator {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private Calibrator() {}

    /**
     * Fits {@code kind} to the series' log returns.
     *
     * @throws io.gramkit.diagnostic.InputException when the window has too few returns or the
     *                                              maximisation does not converge
     */
    public static Calibration fit(PriceSeries series, ModelKind kind) {
        double[] r = series.logReturns();
        int minimum = switch (kind) {
            case GBM -> 3;
            case STUDENT_T -> 30;
            case JUMP_DIFFUSION, GARCH -> 100;
        };
        if (r.length < minimum) {
            throw PriceFile.fail(
                    DataCode.TOO_FEW_RETURNS,
                    SourceSpan.of(new SourceFile(series.name(), "")),
                    "the window " + series.range() + " holds " + r.length + " returns; fitting " + kind.keyword()
                            + " needs at least " + minimum);
        }
        double p = series.frequency().periodsPerYear();
        return switch (kind) {
            case GBM -> gbm(series, r, p);
            case STUDENT_T -> studentT(series, r, p);
            case JUMP_DIFFUSION -> jumpDiffusion(series, r, p);
            case GARCH -> garch(series, r, p);
        };
    }

    // ---- GBM: r ~ Normal(m, s^2); the maximum is closed-form (sample mean, variance with divisor n).

    private static Calibration gbm(PriceSeries series, double[] r, double p) {
        double m = mean(r);
        double s = Math.sqrt(variance(r, m));
        ToDoubleFunction<double[]> ll = t -> normalLogLikelihood(r, t[0], t[1]);
        double[] theta = {m, s};
        double[] scale = {s, s};
        double[][] cov = Mle.covariance(ll, theta, scale);
        List<Estimate> estimates = List.of(
                estimate(
                        "drift",
                        "annual drift of the price, (m + s^2/2) * P",
                        t -> (t[0] + 0.5 * t[1] * t[1]) * p,
                        theta,
                        cov,
                        scale,
                        true),
                estimate(
                        "vol",
                        "annual volatility of log returns, s * sqrt(P)",
                        t -> t[1] * Math.sqrt(p),
                        theta,
                        cov,
                        scale,
                        true));
        return new Calibration(ModelKind.GBM, series, r.length, estimates, ll.applyAsDouble(theta), 2, List.of());
    }

    private static double normalLogLikelihood(double[] r, double m, double s) {
        if (!(s > 0)) {
            return Double.NEGATIVE_INFINITY;
        }
        double sum = 0;
        for (double x : r) {
            double z = (x - m) / s;
            sum += z * z;
        }
        return -0.5 * r.length * (LOG_2PI + 2 * Math.log(s)) - 0.5 * sum;
    }

    // ---- Student-t: r = m + s * sqrt((nu-2)/nu) * T, T ~ t(nu); s is the standard deviation of r.

    private static Calibration studentT(PriceSeries series, double[] r, double p) {
        double m0 = mean(r);
        double s0 = Math.sqrt(variance(r, m0));
        ToDoubleFunction<double[]> ll = t -> tLogLikelihood(r, t[0], t[1], t[2]);
        Mle.Maximum max =
                Mle.maximise(ll, u -> new double[] {u[0] * s0, s0 * Math.exp(u[1]), 2 + Math.exp(u[2])}, new double[] {
                    m0 / s0, 0, Math.log(4)
                });
        double[] theta = converged(max, series, ModelKind.STUDENT_T);
        double[] scale = {s0, s0, 1};
        double[][] cov = Mle.covariance(ll, theta, scale);
        List<Estimate> estimates = List.of(
                estimate(
                        "drift",
                        "annual drift of the price, (m + s^2/2) * P",
                        t -> (t[0] + 0.5 * t[1] * t[1]) * p,
                        theta,
                        cov,
                        scale,
                        true),
                estimate(
                        "vol",
                        "annual volatility of log returns, s * sqrt(P)",
                        t -> t[1] * Math.sqrt(p),
                        theta,
                        cov,
                        scale,
                        true),
                estimate("df", "degrees of freedom of the innovations", t -> t[2], theta, cov, scale, false));
        return new Calibration(ModelKind.STUDENT_T, series, r.length, estimates, max.logLikelihood(), 3, List.of());
    }

    private static double tLogLikelihood(double[] r, double m, double s, double nu) {
        if (!(s > 0) || !(nu > 2) || Double.isInfinite(nu)) {
            return Double.NEGATIVE_INFINITY;
        }
        double a = s * Math.sqrt((nu - 2) / nu);
        double constant =
                Gamma.logGamma((nu + 1) / 2) - Gamma.logGamma(nu / 2) - 0.5 * Math.log(nu * Math.PI) - Math.log(a);
        double sum = 0;
        for (double x : r) {
            double z = (x - m) / a;
            sum += Math.log1p(z * z / nu);
        }
        return r.length * constant - 0.5 * (nu + 1) * sum;
    }

    // ---- Merton jump-diffusion: r = m + s*z + Y_1 + ... + Y_N, N ~ Poisson(l), Y ~ Normal(mj, sj^2), per observation.

    private static Calibration jumpDiffusion(PriceSeries series, double[] r, double p) {
        double m0 = mean(r);
        double s0 = Math.sqrt(variance(r, m0));
        // Start from the returns beyond 3 standard deviations: their share and their mean and spread.
        List<Double> tails = new ArrayList<>();
        for (double x : r) {
            if (Math.abs(x - m0) > 3 * s0) {
                tails.add(x);
            }
        }
        double l0 = Math.max(tails.size() / (double) r.length, 0.005);
        double mj0 = tails.isEmpty()
                ? 0
                : tails.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double sj0 = s0;
        ToDoubleFunction<double[]> ll = t -> jumpLogLikelihood(r, t[0], t[1], t[2], t[3], t[4]);
        Mle.Maximum max = Mle.maximise(
                ll,
                u -> new double[] {u[0] * s0, s0 * Math.exp(u[1]), Math.exp(u[2]), u[3] * s0, s0 * Math.exp(u[4])},
                new double[] {m0 / s0, Math.log(0.8), Math.log(l0), mj0 / s0, Math.log(sj0 / s0)});
        double[] theta = converged(max, series, ModelKind.JUMP_DIFFUSION);
        double[] scale = {s0, s0, 0.01, s0, s0};
        double[][] cov = Mle.covariance(ll, theta, scale);
        List<Estimate> estimates = List.of(
                estimate(
                        "drift",
                        "annual expected growth of the price, (m + s^2/2 + l*k) * P, k = exp(mj + sj^2/2) - 1",
                        t -> (t[0] + 0.5 * t[1] * t[1] + t[2] * Math.expm1(t[3] + 0.5 * t[4] * t[4])) * p,
                        theta,
                        cov,
                        scale,
                        true),
                estimate(
                        "vol",
                        "annual volatility of the diffusion, s * sqrt(P)",
                        t -> t[1] * Math.sqrt(p),
                        theta,
                        cov,
                        scale,
                        true),
                estimate("jumps", "jumps a year, l * P", t -> t[2] * p, theta, cov, scale, false),
                estimate("mean", "mean log size of a jump, mj", t -> t[3], theta, cov, scale, true),
                estimate(
                        "dispersion",
                        "standard deviation of a jump's log size, sj",
                        t -> t[4],
                        theta,
                        cov,
                        scale,
                        true));
        return new Calibration(
                ModelKind.JUMP_DIFFUSION, series, r.length, estimates, max.logLikelihood(), 5, List.of());
    }

    private static double jumpLogLikelihood(double[] r, double m, double s, double l, double mj, double sj) {
        if (!(s > 0) || !(l >= 0) || !(sj > 0) || l > 50) {
            return Double.NEGATIVE_INFINITY;
        }
        // Poisson terms up to where the tail is below 1e-12 of the total.
        int terms = 1;
        double weight = Math.exp(-l);
        double tail = 1 - weight;
        List<Double> weights = new ArrayList<>(List.of(weight));
        while (tail > 1e-12 && terms < 60) {
            weight = weight * l / terms;
            weights.add(weight);
            tail -= weight;
            terms++;
        }
        double sum = 0;
        for (double x : r) {
            double density = 0;
            for (int k = 0; k < terms; k++) {
                double variance = s * s + k * sj * sj;
                double d = x - m - k * mj;
                density += weights.get(k) * Math.exp(-0.5 * d * d / variance) / Math.sqrt(2 * Math.PI * variance);
            }
            if (!(density > 0)) {
                return Double.NEGATIVE_INFINITY;
            }
            sum += Math.log(density);
        }
        return sum;
    }

    // ---- GARCH(1,1): r_t = c + eps_t, eps_t = sqrt(h_t) z_t, h_t = omega + alpha eps_{t-1}^2 + beta h_{t-1},
    //      h_1 = the sample variance.

    private static Calibration garch(PriceSeries series, double[] r, double p) {
        double m0 = mean(r);
        double v0 = variance(r, m0);
        double s0 = Math.sqrt(v0);
        ToDoubleFunction<double[]> ll = t -> garchLogLikelihood(r, v0, t[0], t[1], t[2], t[3]);
        // Searched as (c, long-run variance, persistence alpha+beta, alpha's share of it).
        Mle.Maximum max = Mle.maximise(
                ll,
                u -> {
                    double persistence = logistic(u[2]);
                    double share = logistic(u[3]);
                    double longRun = v0 * Math.exp(u[1]);
                    return new double[] {
                        u[0] * s0, longRun * (1 - persistence), persistence * share, persistence * (1 - share)
                    };
                },
                new double[] {m0 / s0, 0, logit(0.95), logit(0.07)});
        double[] theta = converged(max, series, ModelKind.GARCH);
        double[] scale = {s0, v0 * 0.01, 0.01, 0.01};
        double[][] cov = Mle.covariance(ll, theta, scale);
        ToDoubleFunction<double[]> longRun = t -> t[1] / (1 - t[2] - t[3]);
        List<Estimate> estimates = List.of(
                estimate(
                        "drift",
                        "annual drift of the price, (c + hbar/2) * P, hbar = omega/(1 - alpha - beta)",
                        t -> (t[0] + 0.5 * longRun.applyAsDouble(t)) * p,
                        theta,
                        cov,
                        scale,
                        true),
                estimate(
                        "vol",
                        "long-run annual volatility, sqrt(hbar * P)",
                        t -> Math.sqrt(longRun.applyAsDouble(t) * p),
                        theta,
                        cov,
                        scale,
                        true),
                estimate(
                        "alpha",
                        "weight of yesterday's squared return, per observation",
                        t -> t[2],
                        theta,
                        cov,
                        scale,
                        false),
                estimate(
                        "beta",
                        "weight of yesterday's variance, per observation",
                        t -> t[3],
                        theta,
                        cov,
                        scale,
                        false));
        List<String> notes = new ArrayList<>();
        double persistence = theta[2] + theta[3];
        notes.add(String.format(
                java.util.Locale.ROOT,
                "a volatility shock halves in %.0f observations (alpha + beta = %.4f)",
                Math.log(0.5) / Math.log(persistence),
                persistence));
        if (!series.frequency().name().equals("daily")) {
            notes.add(
                    "alpha and beta are per " + series.frequency().name() + " observation, but a scenario applies them"
                            + " per calendar day: fit GARCH to daily data for a scenario");
        }
        return new Calibration(ModelKind.GARCH, series, r.length, estimates, max.logLikelihood(), 4, notes);
    }

    private static double garchLogLikelihood(double[] r, double h1, double c, double omega, double alpha, double beta) {
        if (!(omega > 0) || !(alpha >= 0) || !(beta >= 0) || !(alpha + beta < 1)) {
            return Double.NEGATIVE_INFINITY;
        }
        double h = h1;
        double sum = 0;
        for (double x : r) {
            double eps = x - c;
            sum += -0.5 * (LOG_2PI + Math.log(h) + eps * eps / h);
            h = omega + alpha * eps * eps + beta * h;
        }
        return sum;
    }

    // ---- helpers

    private static double[] converged(Mle.Maximum max, PriceSeries series, ModelKind kind) {
        if (!max.converged() || !Double.isFinite(max.logLikelihood())) {
            throw PriceFile.fail(
                    DataCode.NOT_CONVERGED,
                    SourceSpan.of(new SourceFile(series.name(), "")),
                    "fitting " + kind.keyword() + " to " + series.range() + " did not converge; try a longer window"
                            + " or a simpler model");
        }
        return max.natural();
    }

    private static Estimate estimate(
            String name,
            String description,
            ToDoubleFunction<double[]> g,
            double[] theta,
            double[][] cov,
            double[] scale,
            boolean percent) {
        return new Estimate(
                name, description, g.applyAsDouble(theta), Mle.standardError(g, theta, cov, scale), percent);
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** With divisor n, as the normal maximum likelihood has it. */
    static double variance(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum / values.length;
    }

    private static double logistic(double u) {
        return 1 / (1 + Math.exp(-u));
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}
