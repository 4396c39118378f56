package io.gramkit.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A conjunction of constraints {@code u - v < c} or {@code u - v <= c} over named real variables,
 * and whether some values satisfy all of them. Every condition of the rule fragment the review
 * analyses is of this form: an observable against a literal ({@code discount > 0.03} is
 * {@code ZERO - discount < -0.03}), an observable against a policy level, a level within its
 * declared bounds, one level below another. The test is exact for that fragment (a negative cycle
 * of the constraint graph, Floyd-Warshall with strictness), so tiers that touch are found disjoint
 * and tiers one ulp apart are found overlapping; the differences of neighbouring doubles are
 * exact (Sterbenz), so the arithmetic does not blur the ulp.
 */
final class DifferenceConstraints {
    /** The variable that is always 0: a constant bound is a difference with it. */
    static final String ZERO = "0";

    private record Edge(String from, String to, double bound, boolean strict) {}

    private final List<Edge> edges = new ArrayList<>();

    DifferenceConstraints copy() {
        DifferenceConstraints copy = new DifferenceConstraints();
        copy.edges.addAll(edges);
        return copy;
    }

    void addAll(DifferenceConstraints other) {
        edges.addAll(other.edges);
    }

    /** {@code u - v < c} when strict, else {@code u - v <= c}. */
    void add(String u, String v, double c, boolean strict) {
        if (Double.isNaN(c) || c == Double.POSITIVE_INFINITY) {
            return;
        }
        edges.add(new Edge(v, u, c, strict));
    }

    /** {@code x op y} for op one of {@code < <= > >= ==}. */
    void compare(String x, String op, String y, double offset) {
        // x op y + offset
        switch (op) {
            case "<" -> add(x, y, offset, true);
            case "<=" -> add(x, y, offset, false);
            case ">" -> add(y, x, -offset, true);
            case ">=" -> add(y, x, -offset, false);
            case "==" -> {
                add(x, y, offset, false);
                add(y, x, -offset, false);
            }
            default -> throw new IllegalArgumentException("not a comparison: " + op);
        }
    }

    /** Whether some assignment of reals satisfies every constraint. */
    boolean satisfiable() {
        return close() != null;
    }

    /**
     * The tightest bounds of {@code x}: {lower, lowerStrict (1/0), upper, upperStrict}, with
     * infinities where there is none; null when the constraints cannot hold together.
     */
    double[] range(String x) {
        Closure closure = close();
        if (closure == null) {
            return null;
        }
        Integer i = closure.index.get(x);
        Integer zero = closure.index.get(ZERO);
        if (i == null || zero == null) {
            return new double[] {Double.NEGATIVE_INFINITY, 1, Double.POSITIVE_INFINITY, 1};
        }
        // distance zero -> x bounds x - 0 (upper); x -> zero bounds 0 - x (minus the lower)
        return new double[] {
            -closure.bound[i][zero],
            closure.strict[i][zero] ? 1 : 0,
            closure.bound[zero][i],
            closure.strict[zero][i] ? 1 : 0
        };
    }

    private static final class Closure {
        final Map<String, Integer> index;
        final double[][] bound;
        final boolean[][] strict;

        Closure(Map<String, Integer> index, double[][] bound, boolean[][] strict) {
            this.index = index;
            this.bound = bound;
            this.strict = strict;
        }
    }

    private Closure close() {
        Map<String, Integer> index = new HashMap<>();
        index.put(ZERO, 0);
        for (Edge edge : edges) {
            index.putIfAbsent(edge.from, index.size());
            index.putIfAbsent(edge.to, index.size());
        }
        int n = index.size();
        double[][] bound = new double[n][n];
        boolean[][] strict = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(bound[i], Double.POSITIVE_INFINITY);
            bound[i][i] = 0;
        }
        for (Edge edge : edges) {
            int from = index.get(edge.from);
            int to = index.get(edge.to);
            if (tighter(edge.bound, edge.strict, bound[from][to], strict[from][to])) {
                bound[from][to] = edge.bound;
                strict[from][to] = edge.strict;
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                if (bound[i][k] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    if (bound[k][j] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double through = bound[i][k] + bound[k][j];
                    boolean throughStrict = strict[i][k] || strict[k][j];
                    if (tighter(through, throughStrict, bound[i][j], strict[i][j])) {
                        bound[i][j] = through;
                        strict[i][j] = throughStrict;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (bound[i][i] < 0 || (bound[i][i] == 0 && strict[i][i])) {
                return null;
            }
        }
        return new Closure(index, bound, strict);
    }

    private static boolean tighter(double bound, boolean strict, double than, boolean thanStrict) {
        return bound < than || (bound == than && strict && !thanStrict);
    }
}
