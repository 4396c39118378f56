package io.gramkit.analysis;

import io.gramkit.interpreter.DayObserver;
import io.gramkit.interpreter.DaySnapshot;
import io.gramkit.model.policy.Observations;
import io.gramkit.model.policy.ReportRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conditions of a scenario's {@code report} block, measured on every path and day 1 to the
 * horizon: the share of paths on which a {@code probability} condition ever holds, and the mean
 * number of days on which a {@code days} condition holds. Conditions read each path's end of day
 * through {@link ObservedDays}: every word by its {@link io.gramkit.model.policy.Observable}
 * definition, as the policy rules read it (the fee charged that day, before the rules set
 * tomorrow's), the true value unless the condition says {@code seen}.
 */
public final class ReportMeasures implements DayObserver {
    private final ReportRequest request;
    private final ObservedDays observed;
    private boolean[][] ever;
    private int[][] days;

    public ReportMeasures(ReportRequest request) {
        this.request = request;
        int window = 0;
        for (ReportRequest.Measured measured : all()) {
            window = Math.max(window, measured.condition().goldMoveWindow());
        }
        this.observed = new ObservedDays(window);
    }

    private List<ReportRequest.Measured> all() {
        List<ReportRequest.Measured> all = new ArrayList<>(request.probabilities());
        all.addAll(request.dayCounts());
        return all;
    }

    @Override
    public void onDay(int day, DaySnapshot snapshot) {
        if (request.probabilities().isEmpty() && request.dayCounts().isEmpty()) {
            return;
        }
        int paths = snapshot.paths();
        if (ever == null) {
            ever = new boolean[request.probabilities().size()][paths];
            days = new int[request.dayCounts().size()][paths];
        }
        observed.onDay(day, snapshot);
        if (day == 0) {
            return;
        }
        for (int path = 0; path < paths; path++) {
            Observations state = observed.at(path);
            for (int i = 0; i < request.probabilities().size(); i++) {
                if (!ever[i][path] && request.probabilities().get(i).condition().holds(state)) {
                    ever[i][path] = true;
                }
            }
            for (int i = 0; i < request.dayCounts().size(); i++) {
                if (request.dayCounts().get(i).condition().holds(state)) {
                    days[i][path]++;
                }
            }
        }
    }

    /** The request measured (for the ranges of a run spread over machines, {@link RunObservers}). */
    public ReportRequest request() {
        return request;
    }

    /** What this measure saw of its paths, by condition and path: plain data for {@link #join}. */
    public Tally tally() {
        return new Tally(ever, days);
    }

    /** Takes the {@link Tally}s of a run's ranges in path order: each path's own, so joined as one run's. */
    public void join(List<Tally> ranges) {
        if (ever != null) {
            throw new IllegalStateException("these measures have seen days already");
        }
        if (ranges.get(0).ever() == null) {
            return;
        }
        ever = new boolean[request.probabilities().size()][];
        for (int i = 0; i < ever.length; i++) {
            int condition = i;
            int length = ranges.stream()
                    .mapToInt(range -> range.ever()[condition].length)
                    .sum();
            ever[i] = new boolean[length];
            int at = 0;
            for (Tally range : ranges) {
                System.arraycopy(range.ever()[i], 0, ever[i], at, range.ever()[i].length);
                at += range.ever()[i].length;
            }
        }
        days = new int[request.dayCounts().size()][];
        for (int i = 0; i < days.length; i++) {
            int condition = i;
            days[i] = PathMetrics.joinedInts(ranges, range -> range.days()[condition]);
        }
    }

    /**
     * Per condition and path: whether a probability condition held on some day, and on how many
     * days a {@code days} condition held; null when the request measures nothing.
     */
    public static final class Tally implements Serializable {
        private static final long serialVersionUID = 1L;

        private final boolean[][] ever;
        private final int[][] days;

        private Tally(boolean[][] ever, int[][] days) {
            this.ever = ever;
            this.days = days;
        }

        boolean[][] ever() {
            return ever;
        }

        int[][] days() {
            return days;
        }
    }

    /** The metric rows: {@code probability[<condition>]} and {@code mean_days[<condition>]}. */
    public List<MetricRow> rows() {
        List<MetricRow> rows = new ArrayList<>();
        for (int i = 0; i < request.probabilities().size(); i++) {
            String text = request.probabilities().get(i).text();
            long hits = 0;
            for (boolean hit : ever == null ? new boolean[0] : ever[i]) {
                hits += hit ? 1 : 0;
            }
            int paths = ever == null ? 0 : ever[i].length;
            rows.add(new MetricRow(
                    "probability[" + text + "]",
                    Estimate.of(new Share(hits, paths)),
                    "share of paths on which '" + text + "' holds on at least one day (report block)",
                    "fraction of paths"));
        }
        for (int i = 0; i < request.dayCounts().size(); i++) {
            String text = request.dayCounts().get(i).text();
            double[] counts = days == null
                    ? new double[0]
                    : Arrays.stream(days[i]).asDoubleStream().toArray();
            rows.add(new MetricRow(
                    "mean_days[" + text + "]",
                    Estimate.mean(counts),
                    "mean number of days (1 to horizon) on which '" + text + "' holds, per path (report block)",
                    "days"));
        }
        return rows;
    }

    /**
     * Each condition's per-path values, keyed as {@link PathResults#reported} reads them: 1 or 0
     * for a probability (held on some day), the day count for a {@code days} line.
     */
    public Map<String, double[]> perPath() {
        Map<String, double[]> values = new LinkedHashMap<>();
        for (int i = 0; i < request.probabilities().size(); i++) {
            double[] hits = new double[ever == null ? 0 : ever[i].length];
            for (int p = 0; p < hits.length; p++) {
                hits[p] = ever[i][p] ? 1 : 0;
            }
            values.put(
                    ReportMetric.key(
                            "probability[" + request.probabilities().get(i).text() + "]"),
                    hits);
        }
        for (int i = 0; i < request.dayCounts().size(); i++) {
            double[] counts = days == null
                    ? new double[0]
                    : Arrays.stream(days[i]).asDoubleStream().toArray();
            values.put(
                    ReportMetric.key("mean_days[" + request.dayCounts().get(i).text() + "]"), counts);
        }
        return values;
    }
}
