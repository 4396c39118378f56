package io.gramkit.golddata;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Gamma;

/**
 * A model's forecast distribution of the log return over the next h observations. Value at risk
 * and expected shortfall at tail probability p (0.01 for 99%) are losses, positive numbers:
 * {@code VaR = -q_p}, {@code ES = -E[X | X <= q_p]}.
 */
sealed interface Forecast {
    NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    /** The p-quantile of the return. */
    double quantile(double p);

    /** {@code E[X | X <= q_p]}, the mean return in the lower tail. */
    double tailMean(double p);

    /** The log density at x; NaN where the forecast has none in closed form (simulated). */
    double logDensity(double x);

    /** One draw from the forecast. */
    double sample(SplittableRandom random);

    default double valueAtRisk(double p) {
        return -quantile(p);
    }

    default double expectedShortfall(double p) {
        return -tailMean(p);
    }

    /** Normal with mean m and standard deviation s (GBM at any horizon, GARCH one step ahead). */
    record Normal(double m, double s) implements Forecast {
        @Override
        public double quantile(double p) {
            return m + s * STANDARD.inverseCumulativeProbability(p);
        }

        @Override
        public double tailMean(double p) {
            // E[Z | Z <= z_p] = -phi(z_p)/p for a standard normal.
            double z = STANDARD.inverseCumulativeProbability(p);
            return m - s * STANDARD.density(z) / p;
        }

        @Override
        public double logDensity(double x) {
            double z = (x - m) / s;
            return -0.5 * Math.log(2 * Math.PI) - Math.log(s) - 0.5 * z * z;
        }

        @Override
        public double sample(SplittableRandom random) {
            return m + s * random.nextGaussian();
        }
    }

    /** {@code m + a T}, T ~ Student-t(nu), a = s sqrt((nu-2)/nu): standard deviation s (one step). */
    record StudentT(double m, double s, double nu) implements Forecast {
        private double a() {
            return s * Math.sqrt((nu - 2) / nu);
        }

        private TDistribution t() {
            return new TDistribution(null, nu);
        }

        @Override
        public double quantile(double p) {
            return m + a() * t().inverseCumulativeProbability(p);
        }

        @Override
        public double tailMean(double p) {
            // E[T | T <= t_p] = -(nu + t_p^2)/(nu - 1) * f(t_p)/p (McNeil, Frey and Embrechts, 2015, ex. 2.15).
            double tp = t().inverseCumulativeProbability(p);
            return m - a() * (nu + tp * tp) / (nu - 1) * t().density(tp) / p;
        }

        @Override
        public double logDensity(double x) {
            double a = a();
            double z = (x - m) / a;
            return Gamma.logGamma((nu + 1) / 2)
                    - Gamma.logGamma(nu / 2)
                    - 0.5 * Math.log(nu * Math.PI)
                    - Math.log(a)
                    - 0.5 * (nu + 1) * Math.log1p(z * z / nu);
        }

        @Override
        public double sample(SplittableRandom random) {
            return m + a() * Draws.studentT(random, nu);
        }
    }

    /**
     * A Poisson mixture of normals (Merton's jump-diffusion over h observations): with weight
     * {@code weights[k]} the return is normal with mean {@code means[k]}, sd {@code sds[k]}.
     */
    final class Mixture implements Forecast {
        private final double[] weights;
        private final double[] means;
        private final double[] sds;
        private final double intensity;
        private final double jumpMean;
        private final double jumpSd;
        private final double m;
        private final double s;

        Mixture(
                double[] weights,
                double[] means,
                double[] sds,
                double intensity,
                double jumpMean,
                double jumpSd,
                double m,
                double s) {
            this.weights = weights.clone();
            this.means = means.clone();
            this.sds = sds.clone();
            this.intensity = intensity;
            this.jumpMean = jumpMean;
            this.jumpSd = jumpSd;
            this.m = m;
            this.s = s;
        }

        /** Merton over h observations: diffusion N(h m, h s^2), N ~ Poisson(h l) jumps N(mj, sj^2). */
        static Mixture merton(double m, double s, double l, double mj, double sj, int h) {
            double rate = l * h;
            int terms = 1;
            double weight = Math.exp(-rate);
            double tail = 1 - weight;
            java.util.List<Double> w = new java.util.ArrayList<>(java.util.List.of(weight));
            while (tail > 1e-12 && terms < 200) {
                weight = weight * rate / terms;
                w.add(weight);
                tail -= weight;
                terms++;
            }
            double[] weights = new double[terms];
            double[] means = new double[terms];
            double[] sds = new double[terms];
            for (int k = 0; k < terms; k++) {
                weights[k] = w.get(k);
                means[k] = h * m + k * mj;
                sds[k] = Math.sqrt(h * s * s + k * sj * sj);
            }
            return new Mixture(weights, means, sds, rate, mj, sj, h * m, Math.sqrt(h) * s);
        }

        double cdf(double x) {
            double sum = 0;
            for (int k = 0; k < weights.length; k++) {
                sum += weights[k] * STANDARD.cumulativeProbability((x - means[k]) / sds[k]);
            }
            return sum;
        }

        @Override
        public double quantile(double p) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < weights.length; k++) {
                lo = Math.min(lo, means[k] - 12 * sds[k]);
                hi = Math.max(hi, means[k] + 12 * sds[k]);
            }
            for (int i = 0; i < 200 && hi - lo > 1e-12; i++) {
                double mid = 0.5 * (lo + hi);
                if (cdf(mid) < p) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return 0.5 * (lo + hi);
        }

        @Override
        public double tailMean(double p) {
            // E[X; X <= q] = sum_k w_k (mu_k Phi(a_k) - sigma_k phi(a_k)), a_k = (q - mu_k)/sigma_k.
            double q = quantile(p);
            double sum = 0;
            double mass = 0;
            for (int k = 0; k < weights.length; k++) {
                double a = (q - means[k]) / sds[k];
                double phi = STANDARD.cumulativeProbability(a);
                sum += weights[k] * (means[k] * phi - sds[k] * STANDARD.density(a));
                mass += weights[k] * phi;
            }
            return sum / mass;
        }

        @Override
        public double logDensity(double x) {
            double sum = 0;
            for (int k = 0; k < weights.length; k++) {
                sum += weights[k] * STANDARD.density((x - means[k]) / sds[k]) / sds[k];
            }
            return Math.log(sum);
        }

        @Override
        public double sample(SplittableRandom random) {
            int n = Draws.poisson(random, intensity);
            double x = m + s * random.nextGaussian();
            for (int j = 0; j < n; j++) {
                x += jumpMean + jumpSd * random.nextGaussian();
            }
            return x;
        }
    }

    /** A forecast known by simulated draws only (Student-t and GARCH beyond one step), sorted. */
    final class Simulated implements Forecast {
        private final double[] draws;

        Simulated(double[] draws) {
            this.draws = draws.clone();
            Arrays.sort(this.draws);
        }

        private int tailCount(double p) {
            return Math.max(1, (int) Math.ceil(p * draws.length));
        }

        @Override
        public double quantile(double p) {
            return draws[tailCount(p) - 1];
        }

        @Override
        public double tailMean(double p) {
            double sum = 0;
            int n = tailCount(p);
            for (int i = 0; i < n; i++) {
                sum += draws[i];
            }
            return sum / n;
        }

        @Override
        public double logDensity(double x) {
            return Double.NaN;
        }

        @Override
        public double sample(SplittableRandom random) {
            return draws[random.nextInt(draws.length)];
        }
    }

    /** Random draws the forecasts need beyond normals and uniforms. */
    final class Draws {
        private Draws() {}

        /** Student-t(nu): Z / sqrt(G/nu), G ~ chi-square(nu) = 2 Gamma(nu/2). */
        static double studentT(SplittableRandom random, double nu) {
            double z = random.nextGaussian();
            double g = 2 * gamma(random, nu / 2);
            return z / Math.sqrt(g / nu);
        }

        /** Gamma(shape, 1) by Marsaglia and Tsang (2000). */
        static double gamma(SplittableRandom random, double shape) {
            if (shape < 1) {
                return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
            }
            double d = shape - 1.0 / 3;
            double c = 1 / Math.sqrt(9 * d);
            while (true) {
                double x = random.nextGaussian();
                double v = 1 + c * x;
                if (v <= 0) {
                    continue;
                }
                v = v * v * v;
                double u = random.nextDouble();
                if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                    return d * v;
                }
            }
        }

        /** Poisson(rate) by inversion (rates here are a few jumps at most). */
        static int poisson(SplittableRandom random, double rate) {
            double u = random.nextDouble();
            double p = Math.exp(-rate);
            double cumulative = p;
            int k = 0;
            while (u > cumulative && k < 1000) {
                k++;
                p = p * rate / k;
                cumulative += p;
            }
            return k;
        }
    }
}
