package io.gramkit.analysis;

import io.gramkit.interpreter.DayObserver;
import io.gramkit.interpreter.DaySnapshot;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The full day-by-day trajectories of the first few paths (paths 0..k-1, which do not depend on
 * the number of paths or threads), for plotting "what a path looks like". Memory is k times days.
 */
public final class TrajectorySample implements DayObserver {
    /** Paths kept by default. */
    public static final int DEFAULT_PATHS = 10;

    public static final List<String> QUANTITIES = List.of("gold", "discount", "coverage", "supply");

    private final int wanted;
    private final List<double[]> days = new ArrayList<>(); // per day: k values of each quantity
    private int kept = -1;

    public TrajectorySample(int paths) {
        if (paths < 0) {
            throw new IllegalArgumentException("paths must not be negative, got " + paths);
        }
        this.wanted = paths;
    }

    @Override
    public void onDay(int day, DaySnapshot snapshot) {
        if (kept < 0) {
            kept = Math.min(wanted, snapshot.paths());
        }
        double[] row = new double[QUANTITIES.size() * kept];
        int i = 0;
        for (double[] values : List.of(snapshot.gold(), snapshot.discount(), snapshot.coverage(), snapshot.supply())) {
            System.arraycopy(values, 0, row, i, kept);
            i += kept;
        }
        days.add(row);
    }

    /** What paths {@code from .. to-1} of a run of {@code paths} paths contribute to the sample. */
    public Part part(int from, int to, int paths) {
        return new Part(Math.max(0, Math.min(to, Math.min(wanted, paths)) - from));
    }

    /** Takes the {@link Part}s of a run's ranges in path order, as one run's days would have shown them. */
    public void join(List<Part> parts) {
        if (!days.isEmpty()) {
            throw new IllegalStateException("this sample has seen days already");
        }
        kept = parts.stream().mapToInt(part -> part.count).sum();
        for (int day = 0; day < parts.get(0).days.size(); day++) {
            double[] row = new double[QUANTITIES.size() * kept];
            int at = 0;
            for (Part part : parts) {
                double[] some = part.days.get(day);
                for (int q = 0; q < QUANTITIES.size(); q++) {
                    System.arraycopy(some, q * part.count, row, q * kept + at, part.count);
                }
                at += part.count;
            }
            days.add(row);
        }
    }

    /** A range's share of the sample: the trajectories of its paths among the first few. */
    public static final class Part implements DayObserver, Serializable {
        private static final long serialVersionUID = 1L;

        /** The range's first paths kept (0 for a range past the sample). */
        private final int count;

        private final List<double[]> days = new ArrayList<>();

        private Part(int count) {
            this.count = count;
        }

        @Override
        public void onDay(int day, DaySnapshot snapshot) {
            double[] row = new double[QUANTITIES.size() * count];
            int i = 0;
            for (double[] values :
                    List.of(snapshot.gold(), snapshot.discount(), snapshot.coverage(), snapshot.supply())) {
                System.arraycopy(values, 0, row, i, count);
                i += count;
            }
            days.add(row);
        }
    }

    /** Paths kept: 0 .. paths()-1. */
    public int paths() {
        return Math.max(kept, 0);
    }

    public int days() {
        return days.size();
    }

    /** The value of {@code quantity} for {@code path} at the end of {@code day}. */
    public double value(String quantity, int path, int day) {
        int q = QUANTITIES.indexOf(quantity);
        if (q < 0) {
            throw new IllegalArgumentException("no quantity '" + quantity + "'; quantities: " + QUANTITIES);
        }
        if (path < 0 || path >= paths()) {
            throw new IndexOutOfBoundsException("path " + path + " is not in the sample of " + paths());
        }
        return days.get(day)[q * kept + path];
    }
}
