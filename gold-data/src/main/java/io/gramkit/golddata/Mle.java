package io.gramkit.golddata;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximum likelihood by Nelder-Mead (Commons Math {@link SimplexOptimizer}) over unconstrained
 * parameters, restarted from its own optimum until the log-likelihood stops improving; standard
 * errors from the inverse of the numerical Hessian of the log-likelihood in the natural parameters.
 */
final class Mle {
    private static final int MAX_EVALUATIONS = 40_000;
    private static final int RESTARTS = 6;

    private Mle() {}

    /** The maximum: natural parameters and the log-likelihood there. */
    static final class Maximum {
        private final double[] natural;
        private final double logLikelihood;
        private final boolean converged;

        Maximum(double[] natural, double logLikelihood, boolean converged) {
            this.natural = natural.clone();
            this.logLikelihood = logLikelihood;
            this.converged = converged;
        }

        double[] natural() {
            return natural.clone();
        }

        double logLikelihood() {
            return logLikelihood;
        }

        boolean converged() {
            return converged;
        }
    }

    /**
     * @param logLikelihood of natural parameters; -infinity (or NaN) outside the parameter space
     * @param toNatural     from the unconstrained space the optimiser searches
     * @param start         a starting point in the unconstrained space
     */
    static Maximum maximise(
            ToDoubleFunction<double[]> logLikelihood, Function<double[], double[]> toNatural, double[] start) {
        ToDoubleFunction<double[]> negative = u -> {
            double value = logLikelihood.applyAsDouble(toNatural.apply(u));
            return Double.isFinite(value) ? -value : Double.MAX_VALUE;
        };
        double[] point = start.clone();
        double best = negative.applyAsDouble(point);
        boolean converged = false;
        for (int round = 0; round < RESTARTS; round++) {
            SimplexOptimizer optimizer = new SimplexOptimizer(new SimpleValueChecker(1e-12, 1e-10));
            double[] steps = new double[point.length];
            java.util.Arrays.fill(steps, round == 0 ? 0.5 : 0.05);
            PointValuePair result;
            try {
                result = optimizer.optimize(
                        new MaxEval(MAX_EVALUATIONS),
                        new ObjectiveFunction(negative::applyAsDouble),
                        GoalType.MINIMIZE,
                        new InitialGuess(point),
                        new NelderMeadSimplex(steps));
            } catch (TooManyEvaluationsException e) {
                break;
            }
            boolean improved = result.getValue() < best - 1e-9 * Math.max(1, Math.abs(best));
            if (result.getValue() <= best) {
                point = result.getPoint();
                best = result.getValue();
            }
            if (!improved && round > 0) {
                converged = true;
                break;
            }
        }
        return new Maximum(toNatural.apply(point), -best, converged && best < Double.MAX_VALUE);
    }

    /**
     * The covariance of the natural parameters: the inverse of minus the Hessian of the
     * log-likelihood, by central differences with steps {@code scale_i * 1e-4}. Null when singular
     * or not negative definite.
     */
    static double[][] covariance(ToDoubleFunction<double[]> logLikelihood, double[] at, double[] scale) {
        int n = at.length;
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = 1e-4 * Math.max(Math.abs(at[i]), scale[i]);
        }
        double f0 = logLikelihood.applyAsDouble(at);
        double[][] hessian = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double value;
                if (i == j) {
                    value = (at(logLikelihood, at, i, h[i], j, 0) - 2 * f0 + at(logLikelihood, at, i, -h[i], j, 0))
                            / (h[i] * h[i]);
                } else {
                    value = (at(logLikelihood, at, i, h[i], j, h[j])
                                    - at(logLikelihood, at, i, h[i], j, -h[j])
                                    - at(logLikelihood, at, i, -h[i], j, h[j])
                                    + at(logLikelihood, at, i, -h[i], j, -h[j]))
                            / (4 * h[i] * h[j]);
                }
                hessian[i][j] = -value;
                hessian[j][i] = -value;
            }
        }
        for (double[] row : hessian) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return null;
                }
            }
        }
        try {
            RealMatrix inverse = new LUDecomposition(new Array2DRowRealMatrix(hessian))
                    .getSolver()
                    .getInverse();
            for (int i = 0; i < n; i++) {
                if (!(inverse.getEntry(i, i) > 0)) {
                    return null;
                }
            }
            return inverse.getData();
        } catch (SingularMatrixException e) {
            return null;
        }
    }

    private static double at(ToDoubleFunction<double[]> f, double[] at, int i, double di, int j, double dj) {
        double[] x = at.clone();
        x[i] += di;
        x[j] += dj;
        return f.applyAsDouble(x);
    }

    /** The standard error of {@code g(theta)} by the delta method with a numerical gradient; NaN without a covariance. */
    static double standardError(ToDoubleFunction<double[]> g, double[] at, double[][] covariance, double[] scale) {
        if (covariance == null) {
            return Double.NaN;
        }
        int n = at.length;
        double[] gradient = new double[n];
        for (int i = 0; i < n; i++) {
            double h = 1e-6 * Math.max(Math.abs(at[i]), scale[i]);
            double[] up = at.clone();
            double[] down = at.clone();
            up[i] += h;
            down[i] -= h;
            gradient[i] = (g.applyAsDouble(up) - g.applyAsDouble(down)) / (2 * h);
        }
        double variance = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                variance += gradient[i] * covariance[i][j] * gradient[j];
            }
        }
        return variance >= 0 ? Math.sqrt(variance) : Double.NaN;
    }
}
