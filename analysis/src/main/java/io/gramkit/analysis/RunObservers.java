package io.gramkit.analysis;

import io.gramkit.interpreter.DayObserver;
import io.gramkit.interpreter.DaySnapshot;
import io.gramkit.model.policy.ReportRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Everything a run observes of its days: the daily bands, the per-path metrics, the trajectory
 * sample, the daily shares, the report block's conditions and the debt block's days. A local run
 * shows it every whole day ({@link #onDay}); a run spread over machines shows each range of paths
 * to a {@link #watch} of its own, where it runs, and {@link #join}s what the ranges saw in path
 * order. Only exact merges are used (integer counts added, per-path values laid side by side,
 * quantile sketches whose merge adds counts, whole days rebuilt where a band or a mean needs
 * them), so the results are a local run's, byte for byte.
 */
public final class RunObservers implements DayObserver {
    private final int paths;
    private final boolean debtBlock;
    private final DailyBands bands;
    private final PathMetrics metrics = new PathMetrics();
    private final TrajectorySample sample = new TrajectorySample(TrajectorySample.DEFAULT_PATHS);
    private final DailyShares shares = new DailyShares();
    private final ReportMeasures report;
    private final Optional<DebtDaily> debt;

    /**
     * The observers of a run of {@code paths} paths measuring {@code request} (its quantiles and
     * conditions), with the debt block's days when {@code debtBlock}.
     */
    public RunObservers(int paths, ReportRequest request, boolean debtBlock) {
        this(paths, request, debtBlock, DailyBands.EXACT_PATH_LIMIT);
    }

    /** As above with the daily quantiles exact up to {@code exactPathLimit} paths (tests use small limits). */
    public RunObservers(int paths, ReportRequest request, boolean debtBlock, int exactPathLimit) {
        this.paths = paths;
        this.debtBlock = debtBlock;
        this.bands = new DailyBands(exactPathLimit, request.quantiles());
        this.report = new ReportMeasures(request);
        this.debt = debtBlock ? Optional.of(new DebtDaily(exactPathLimit)) : Optional.empty();
    }

    @Override
    public void onDay(int day, DaySnapshot snapshot) {
        bands.onDay(day, snapshot);
        metrics.onDay(day, snapshot);
        sample.onDay(day, snapshot);
        shares.onDay(day, snapshot);
        report.onDay(day, snapshot);
        debt.ifPresent(daily -> daily.onDay(day, snapshot));
    }

    /**
     * An observer of paths {@code from .. to-1} alone, shown the range's days (index 0 of its
     * snapshot being path {@code from}); its {@link Watch#observations} go to {@link #join}.
     */
    public Watch watch(int from, int to) {
        if (from < 0 || to > paths || from >= to) {
            throw new IllegalArgumentException("paths " + from + ".." + (to - 1) + " are not a range of " + paths);
        }
        return new Watch(
                from,
                to,
                bands.part(paths),
                sample.part(from, to, paths),
                new ReportMeasures(report.request()),
                debt.map(daily -> daily.part(paths)).orElse(null));
    }

    /**
     * Takes what the watches of a run's ranges saw, the ranges covering paths 0 .. paths-1 in
     * path order, as though this had seen every whole day; {@code afterDay} is told each day done.
     */
    public void join(List<RangeObservations> ranges, IntConsumer afterDay) {
        Joiner joiner = joiner();
        ranges.forEach(joiner::add);
        joiner.finish(afterDay);
    }

    /** A {@link #join} that takes the ranges one at a time, in path order, as they finish. */
    public Joiner joiner() {
        return new Joiner();
    }

    /**
     * Joins a run's ranges as they arrive in path order. Sketched bands are merged on arrival
     * (each range's sketches are released), so a long run of many ranges holds one sketch a day
     * and quantity; the rest of a range's observations is a few numbers a path.
     */
    public final class Joiner {
        private final List<RangeObservations> ranges = new ArrayList<>();
        /** The sketched bands of every range so far, merged; null before the first or for exact bands. */
        private DailyBands.Part mergedBands;
        /** The same for the debt block's days. */
        private DebtDaily.Part mergedDebt;

        private Joiner() {}

        /** The next range's observations (its sketches are taken over and released). */
        public void add(RangeObservations range) {
            int expected = covered();
            if (range.from() != expected) {
                throw new IllegalArgumentException("the ranges do not follow on at path " + expected);
            }
            DailyBands.Part bands = range.bands();
            if (bands.sketched()) {
                mergedBands = absorbed(mergedBands, bands, DailyBands.Part::absorb);
                bands = null;
            }
            DebtDaily.Part debtPart = range.debt();
            if (debtPart != null && debtPart.sketched()) {
                mergedDebt = absorbed(mergedDebt, debtPart, DebtDaily.Part::absorb);
                debtPart = null;
            }
            ranges.add(new RangeObservations(
                    range.from(),
                    range.to(),
                    bands,
                    range.metrics(),
                    range.sample(),
                    range.shares(),
                    range.report(),
                    debtPart));
        }

        /** Paths 0 .. covered-1 have arrived. */
        private int covered() {
            return ranges.isEmpty() ? 0 : ranges.get(ranges.size() - 1).to();
        }

        private static <P> P absorbed(P merged, P next, BiConsumer<P, P> absorb) {
            if (merged == null) {
                return next;
            }
            absorb.accept(merged, next);
            return merged;
        }

        /** Joins the ranges added, which must cover the run, telling {@code afterDay} each day done. */
        public void finish(IntConsumer afterDay) {
            int covered = covered();
            if (covered != paths) {
                throw new IllegalArgumentException("the ranges cover " + covered + " of " + paths + " paths");
            }
            metrics.join(each(ranges, RangeObservations::metrics));
            sample.join(each(ranges, RangeObservations::sample));
            shares.join(each(ranges, RangeObservations::shares));
            report.join(each(ranges, RangeObservations::report));
            List<DailyBands.Part> bandParts =
                    mergedBands != null ? List.of(mergedBands) : each(ranges, RangeObservations::bands);
            List<DebtDaily.Part> debtParts = !debtBlock
                    ? List.of()
                    : mergedDebt != null ? List.of(mergedDebt) : each(ranges, RangeObservations::debt);
            for (int day = 0; day < shares.days(); day++) {
                bands.onDay(day, bandParts);
                int today = day;
                debt.ifPresent(daily -> daily.onDay(today, debtParts));
                afterDay.accept(day);
            }
        }
    }

    private static <T> List<T> each(List<RangeObservations> ranges, Function<RangeObservations, T> part) {
        List<T> parts = new ArrayList<>(ranges.size());
        ranges.forEach(range -> parts.add(part.apply(range)));
        return parts;
    }

    public DailyBands bands() {
        return bands;
    }

    public PathMetrics metrics() {
        return metrics;
    }

    public TrajectorySample sample() {
        return sample;
    }

    public DailyShares shares() {
        return shares;
    }

    public ReportMeasures report() {
        return report;
    }

    /** The debt block's days; empty without a debt block. */
    public Optional<DebtDaily> debt() {
        return debt;
    }

    /** Watches one range of a run's paths where it runs; see {@link RunObservers#watch}. */
    public static final class Watch implements DayObserver {
        private final int from;
        private final int to;
        private final DailyBands.Part bands;
        private final PathMetrics metrics = new PathMetrics();
        private final TrajectorySample.Part sample;
        private final DailyShares shares = new DailyShares();
        private final ReportMeasures report;
        /** Null without a debt block. */
        private final DebtDaily.Part debt;

        private Watch(
                int from,
                int to,
                DailyBands.Part bands,
                TrajectorySample.Part sample,
                ReportMeasures report,
                DebtDaily.Part debt) {
            this.from = from;
            this.to = to;
            this.bands = bands;
            this.sample = sample;
            this.report = report;
            this.debt = debt;
        }

        @Override
        public void onDay(int day, DaySnapshot snapshot) {
            bands.onDay(day, snapshot);
            metrics.onDay(day, snapshot);
            sample.onDay(day, snapshot);
            shares.onDay(day, snapshot);
            report.onDay(day, snapshot);
            if (debt != null) {
                debt.onDay(day, snapshot);
            }
        }

        /** What the range's paths showed, as plain data to send to where the run is joined. */
        public RangeObservations observations() {
            return new RangeObservations(from, to, bands, metrics, sample, shares, report.tally(), debt);
        }
    }

    /**
     * What one range of paths showed its {@link Watch}, for {@link RunObservers#join}: serializable,
     * and about the size of the range's band values (or sketches) plus a few numbers per path.
     */
    public record RangeObservations(
            int from,
            int to,
            DailyBands.Part bands,
            PathMetrics metrics,
            TrajectorySample.Part sample,
            DailyShares shares,
            ReportMeasures.Tally report,
            DebtDaily.Part debt)
            implements Serializable {}
}
