package io.gramkit.golddata;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.special.Erf;

/**
 * Tests of a value-at-risk forecast's exceedances, with closed-form chi-square p-values:
 * Kupiec's proportion of failures (1995), Christoffersen's independence and conditional coverage
 * (1998), and the Basel traffic-light zone (binomial). Formulas in docs/gold-models.md#backtests.
 *
 * @param observations T forecasts
 * @param exceedances  x, days whose loss exceeded the VaR
 * @param p            the tail probability (0.01 for 99%)
 */
public record CoverageTest(
        int observations,
        int exceedances,
        double p,
        double kupiec,
        double kupiecP,
        double independence,
        double independenceP,
        double conditionalP,
        Zone zone) {

    /** The Basel zones, by the binomial probability of at most x exceedances: below 95%, below 99.99%, above. */
    public enum Zone {
        GREEN,
        YELLOW,
        RED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static CoverageTest of(boolean[] hits, double p) {
        int t = hits.length;
        int x = 0;
        for (boolean h : hits) {
            x += h ? 1 : 0;
        }
        double uc = kupiec(t, x, p);
        double ind = independence(hits);
        return new CoverageTest(
                t, x, p, uc, chiSquare1(uc), ind, chiSquare1(ind), Math.exp(-(uc + ind) / 2), zone(t, x, p));
    }

    /** LR_uc = -2 ln[(1-p)^(T-x) p^x] + 2 ln[(1-x/T)^(T-x) (x/T)^x]. */
    static double kupiec(int t, int x, double p) {
        double pi = (double) x / t;
        return -2 * (xlog(t - x, 1 - p) + xlog(x, p)) + 2 * (xlog(t - x, 1 - pi) + xlog(x, pi));
    }

    /**
     * LR_ind from the transitions n_ij (yesterday i, today j): the likelihood of one exceedance
     * probability against one after a quiet day (pi0) and one after an exceedance (pi1).
     */
    static double independence(boolean[] hits) {
        int n00 = 0;
        int n01 = 0;
        int n10 = 0;
        int n11 = 0;
        for (int i = 1; i < hits.length; i++) {
            if (hits[i - 1]) {
                if (hits[i]) {
                    n11++;
                } else {
                    n10++;
                }
            } else if (hits[i]) {
                n01++;
            } else {
                n00++;
            }
        }
        int total = n00 + n01 + n10 + n11;
        if (total == 0) {
            return 0;
        }
        double pi = (double) (n01 + n11) / total;
        double pi0 = n00 + n01 == 0 ? 0 : (double) n01 / (n00 + n01);
        double pi1 = n10 + n11 == 0 ? 0 : (double) n11 / (n10 + n11);
        double restricted = xlog(n00 + n10, 1 - pi) + xlog(n01 + n11, pi);
        double free = xlog(n00, 1 - pi0) + xlog(n01, pi0) + xlog(n10, 1 - pi1) + xlog(n11, pi1);
        return Math.max(0, -2 * restricted + 2 * free);
    }

    /** P(chi-square(1) > x) = erfc(sqrt(x/2)). */
    static double chiSquare1(double x) {
        return Erf.erfc(Math.sqrt(Math.max(0, x) / 2));
    }

    static Zone zone(int t, int x, double p) {
        double atMost = new BinomialDistribution(null, t, p).cumulativeProbability(x);
        return atMost < 0.95 ? Zone.GREEN : atMost < 0.9999 ? Zone.YELLOW : Zone.RED;
    }

    /** n ln(q), with 0 ln 0 = 0. */
    private static double xlog(int n, double q) {
        return n == 0 ? 0 : n * Math.log(q);
    }
}
