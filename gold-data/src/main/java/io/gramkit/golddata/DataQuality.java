package io.gramkit.golddata;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a price series is fit for fitting a model: stale prices (runs of equal prices, clusters
 * of zero returns), returns that look like period averages, outliers against a robust scale, and
 * changes of frequency, each with the lines it concerns. Stale prices make a fit refuse the window
 * (unless accepted by code); the others only warn, since outliers are the tails a stress model
 * needs and averaging is a property of the source. Thresholds and their reasons in
 * docs/gold-models.md#data-quality.
 */
public final class DataQuality {
    /** Equal prices in a row that make a stale run: three unchanged periods in a row. */
    static final int RUN = 4;
    /** A return further than this many robust standard deviations from the median is an outlier. */
    static final double OUTLIER_SCALE = 5;
    /** Lag-1 autocorrelation, and its z under independence, from which returns look averaged. */
    static final double AVERAGED_LAG1 = 0.1;

    static final double AVERAGED_Z = 3;

    /**
     * One problem over the prices {@code first..last} (indices into the series, both included).
     */
    public record Finding(DataCode code, int first, int last, String message) {}

    /**
     * The serial dependence of returns over prices {@code first..last}: lag-1 autocorrelation and
     * the variance ratio {@code VR(q) = Var(q-period sums) / (q Var(returns))}, overlapping sums.
     * A random walk sampled at points gives 0 and 1; averaged over each period, about 0.25 and 1.5
     * for long q (Working, 1960), with one-period variance cut to about two thirds.
     */
    public record Averaging(int first, int last, int returns, double lag1, int q, double varianceRatio) {
        /** lag-1 autocorrelation over its standard error under independence, 1/sqrt(n). */
        public double z() {
            return lag1 * Math.sqrt(returns);
        }

        public boolean looksAveraged() {
            return lag1 >= AVERAGED_LAG1 && z() >= AVERAGED_Z;
        }
    }

    private final PriceSeries series;
    private final List<Finding> stale;
    private final List<Finding> frequencyChanges;
    private final int testedFirst;
    private final int testedLast;
    private final Optional<Averaging> averaging;
    private final List<Finding> outliers;

    private DataQuality(
            PriceSeries series,
            List<Finding> stale,
            List<Finding> frequencyChanges,
            int testedFirst,
            int testedLast,
            Optional<Averaging> averaging,
            List<Finding> outliers) {
        this.series = series;
        this.stale = List.copyOf(stale);
        this.frequencyChanges = List.copyOf(frequencyChanges);
        this.testedFirst = testedFirst;
        this.testedLast = testedLast;
        this.averaging = averaging;
        this.outliers = List.copyOf(outliers);
    }

    /**
     * The whole series, as {@code gram data inspect} checks it: stale prices and frequency changes
     * anywhere; averaging and outliers over the longest stretch without stale prices (stale stretches
     * have a robust scale of zero and no serial dependence worth the name).
     */
    public static DataQuality of(PriceSeries series) {
        List<Finding> stale = stale(series);
        int[] stretch = longestClean(series.size(), stale);
        return new DataQuality(
                series,
                stale,
                frequencyChanges(series),
                stretch[0],
                stretch[1],
                averaging(series, stretch[0], stretch[1]),
                outliers(series, stretch[0], stretch[1]));
    }

    /**
     * A window of the series, as a fit uses it: stale prices of the whole series that put at least
     * one zero return into the window; averaging and outliers over the window itself.
     */
    public static DataQuality ofWindow(PriceSeries whole, LocalDate from, LocalDate to) {
        int first = 0;
        while (first < whole.size() && whole.date(first).isBefore(from)) {
            first++;
        }
        int last = whole.size() - 1;
        while (last >= 0 && whole.date(last).isAfter(to)) {
            last--;
        }
        int f = first;
        int l = last;
        List<Finding> stale = stale(whole).stream()
                .filter(s -> Math.min(s.last(), l) - Math.max(s.first(), f) >= 1)
                .toList();
        List<Finding> changes = frequencyChanges(whole).stream()
                .filter(s -> Math.min(s.last(), l) - Math.max(s.first(), f) >= 1)
                .toList();
        return new DataQuality(whole, stale, changes, f, l, averaging(whole, f, l), outliers(whole, f, l));
    }

    /**
     * Checks a window before a fit: stale prices not accepted are errors (thrown, with every other
     * finding); the warnings (accepted stale prices, frequency changes, averaging, outliers) are returned.
     *
     * @throws io.gramkit.diagnostic.InputException when the window holds stale prices not accepted
     */
    public static List<Diagnostic> gate(PriceSeries whole, PriceSeries window, Set<DataCode> accepted) {
        List<Diagnostic> all =
                ofWindow(whole, window.firstDate(), window.lastDate()).diagnostics(accepted, true);
        if (all.stream().anyMatch(Diagnostic::isError)) {
            throw new io.gramkit.diagnostic.InputException(all);
        }
        return all;
    }

    public List<Finding> stale() {
        return stale;
    }

    public List<Finding> frequencyChanges() {
        return frequencyChanges;
    }

    public Optional<Averaging> averaging() {
        return averaging;
    }

    public List<Finding> outliers() {
        return outliers;
    }

    /** First and last price index whose returns were tested for averaging and outliers. */
    public int testedFirst() {
        return testedFirst;
    }

    public int testedLast() {
        return testedLast;
    }

    /** Every finding as a diagnostic: stale prices as errors unless accepted, the rest as warnings. */
    public List<Diagnostic> diagnostics(Set<DataCode> accepted, boolean staleAsErrors) {
        List<Diagnostic> out = new ArrayList<>();
        for (Finding s : stale) {
            boolean error = staleAsErrors && !accepted.contains(s.code());
            String message = error
                    ? s.message() + "; fit a window after line " + series.line(s.last()) + " (--from "
                            + series.format(Math.min(s.last() + 1, series.size() - 1)) + ") or accept it with --accept "
                            + s.code().code()
                    : s.message();
            out.add(new Diagnostic(
                    error ? Severity.ERROR : Severity.WARNING, s.code(), message, series.span(s.first())));
        }
        for (Finding f : frequencyChanges) {
            out.add(f.code().warningAt(series.span(f.first()), f.message()));
        }
        averaging
                .filter(Averaging::looksAveraged)
                .ifPresent(a -> out.add(DataCode.AVERAGED.warningAt(series.span(a.first()), averagedMessage(a))));
        for (Finding o : outliers) {
            out.add(o.code().warningAt(series.span(o.last()), o.message()));
        }
        out.sort(Diagnostic.READING_ORDER);
        return out;
    }

    private String averagedMessage(Averaging a) {
        return String.format(
                Locale.ROOT,
                "returns on lines %d..%d (%s .. %s) look like period averages, not point-in-time prices:"
                        + " lag-1 autocorrelation %.3f (z %.1f; averaging a random walk gives 0.25) and variance"
                        + " ratio VR(%d) %.2f (averaging gives about 1.5); one-period volatility is then about"
                        + " 18%% too low and a backtest's independence test is flagged by the averaging itself",
                series.line(a.first()),
                series.line(a.last()),
                series.format(a.first()),
                series.format(a.last()),
                a.lag1(),
                a.z(),
                a.q(),
                a.varianceRatio());
    }

    /** Report lines for {@code gram data inspect}. */
    void report(StringBuilder out) {
        Inspection.line(out, "repeated", countOf(DataCode.REPEATED_PRICES, stale));
        Inspection.line(out, "zero clusters", countOf(DataCode.ZERO_RETURNS, stale));
        Inspection.line(
                out,
                "frequency shift",
                frequencyChanges.isEmpty() ? "none" : countOf(DataCode.FREQUENCY_CHANGE, frequencyChanges));
        if (testedLast - testedFirst < 2) {
            Inspection.line(out, "returns tested", "none: no stretch without stale prices");
            return;
        }
        Inspection.line(
                out,
                "returns tested",
                String.format(
                        Locale.ROOT,
                        "lines %d..%d (%s .. %s), the longest stretch without stale prices",
                        series.line(testedFirst),
                        series.line(testedLast),
                        series.format(testedFirst),
                        series.format(testedLast)));
        averaging.ifPresent(a -> Inspection.line(
                out,
                "averaging",
                String.format(
                        Locale.ROOT,
                        "lag-1 autocorrelation %.3f (z %.1f), VR(%d) %.2f: %s",
                        a.lag1(),
                        a.z(),
                        a.q(),
                        a.varianceRatio(),
                        a.looksAveraged()
                                ? "looks like period averages (D220)"
                                : "consistent with point-in-time prices")));
        Inspection.line(
                out,
                "outliers",
                outliers.isEmpty()
                        ? "none beyond 5 robust standard deviations"
                        : String.format(
                                Locale.ROOT,
                                "%d beyond 5 robust standard deviations (listed below; kept)",
                                outliers.size()));
    }

    private static String countOf(DataCode code, List<Finding> findings) {
        long n = findings.stream().filter(f -> f.code() == code).count();
        if (n == 0) {
            return "none";
        }
        int prices = findings.stream()
                .filter(f -> f.code() == code)
                .mapToInt(f -> f.last() - f.first() + 1)
                .sum();
        return String.format(
                Locale.ROOT,
                "%,d stretch%s, %,d prices (listed below with their lines)",
                n,
                n == 1 ? "" : "es",
                prices);
    }

    // ---- stale prices

    static List<Finding> stale(PriceSeries s) {
        List<Finding> out = new ArrayList<>(repeatedRuns(s));
        out.addAll(zeroClusters(s));
        return out;
    }

    /**
     * Maximal runs of at least {@link #RUN} equal prices; runs that follow one another with a single
     * change between them form one stretch (annual values repeated every month look like that).
     */
    static List<Finding> repeatedRuns(PriceSeries s) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            int j = i;
            while (j + 1 < s.size() && s.price(j + 1) == s.price(i)) {
                j++;
            }
            if (j - i + 1 >= RUN) {
                runs.add(new int[] {i, j});
            }
            i = j + 1;
        }
        List<Finding> out = new ArrayList<>();
        int k = 0;
        while (k < runs.size()) {
            int first = runs.get(k)[0];
            int last = runs.get(k)[1];
            int count = 1;
            while (k + count < runs.size() && runs.get(k + count)[0] == last + 1) {
                last = runs.get(k + count)[1];
                count++;
            }
            out.add(new Finding(DataCode.REPEATED_PRICES, first, last, runMessage(s, first, last, count)));
            k += count;
        }
        return out;
    }

    private static String runMessage(PriceSeries s, int first, int last, int runs) {
        int prices = last - first + 1;
        String where = String.format(
                Locale.ROOT, "lines %d..%d (%s .. %s)", s.line(first), s.line(last), s.format(first), s.format(last));
        if (runs == 1) {
            return String.format(
                    Locale.ROOT,
                    "the price %s repeats %d times on %s: stale or carried-forward values",
                    Calibration.number(s.price(first), 10),
                    prices,
                    where);
        }
        int changes = 0;
        for (int i = first + 1; i <= last; i++) {
            if (s.price(i) != s.price(i - 1)) {
                changes++;
            }
        }
        return String.format(
                Locale.ROOT,
                "prices change only %,d times in %,d %s observations on %s, once every %.0f on average:"
                        + " values of a coarser series carried forward",
                changes,
                prices,
                s.frequency().name(),
                where,
                (double) (prices - 1) / Math.max(1, changes));
    }

    /** Observations in a window for zero-return clusters: a year of monthly data, a month of daily. */
    static int clusterWindow(Frequency f) {
        return Math.max(12, (int) Math.round(f.periodsPerYear() / 12));
    }

    /**
     * Zero returns in windows of {@link #clusterWindow} returns of which at least half are zero;
     * flagged zeros less than a window apart form one cluster.
     */
    static List<Finding> zeroClusters(PriceSeries s) {
        int n = s.size() - 1;
        int w = clusterWindow(s.frequency());
        if (n < w) {
            return List.of();
        }
        boolean[] zero = new boolean[n];
        for (int k = 0; k < n; k++) {
            zero[k] = s.price(k + 1) == s.price(k);
        }
        boolean[] flagged = new boolean[n];
        int count = 0;
        for (int k = 0; k < n; k++) {
            count += zero[k] ? 1 : 0;
            if (k >= w) {
                count -= zero[k - w] ? 1 : 0;
            }
            if (k >= w - 1 && 2 * count >= w) {
                for (int j = k - w + 1; j <= k; j++) {
                    flagged[j] = zero[j];
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        int k = 0;
        while (k < n) {
            if (!flagged[k]) {
                k++;
                continue;
            }
            int start = k;
            int end = k;
            int zeros = 0;
            for (int j = k; j < n && j - end <= w; j++) {
                if (flagged[j]) {
                    end = j;
                    zeros++;
                }
            }
            // return k runs from price k to price k + 1
            int first = start;
            int last = end + 1;
            out.add(new Finding(
                    DataCode.ZERO_RETURNS,
                    first,
                    last,
                    String.format(
                            Locale.ROOT,
                            "%,d of the %,d returns on lines %d..%d (%s .. %s) are zero, at least half of every %d"
                                    + " in a row: stale prices",
                            zeros,
                            last - first,
                            s.line(first),
                            s.line(last),
                            s.format(first),
                            s.format(last),
                            w)));
            k = end + 1;
        }
        return out;
    }

    /** The longest run of prices outside every stale finding: {first, last}. */
    static int[] longestClean(int size, List<Finding> stale) {
        boolean[] covered = new boolean[size];
        for (Finding f : stale) {
            Arrays.fill(covered, f.first(), f.last() + 1, true);
        }
        int[] best = {0, -1};
        int i = 0;
        while (i < size) {
            if (covered[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < size && !covered[j + 1]) {
                j++;
            }
            if (j - i > best[1] - best[0]) {
                best = new int[] {i, j};
            }
            i = j + 1;
        }
        return best;
    }

    // ---- frequency changes

    /**
     * At least 3 spacings in a row of another frequency than the file's (annual rows in a monthly
     * file, weekly rows in a daily one).
     */
    static List<Finding> frequencyChanges(PriceSeries s) {
        String own = s.frequency().name();
        List<Finding> out = new ArrayList<>();
        int k = 1;
        while (k < s.size()) {
            String here = Frequency.of(List.of(s.date(k - 1), s.date(k))).name();
            if (here.equals(own)) {
                k++;
                continue;
            }
            int end = k;
            while (end + 1 < s.size()
                    && Frequency.of(List.of(s.date(end), s.date(end + 1)))
                            .name()
                            .equals(here)) {
                end++;
            }
            if (end - k + 1 >= 3) {
                out.add(new Finding(
                        DataCode.FREQUENCY_CHANGE,
                        k - 1,
                        end,
                        String.format(
                                Locale.ROOT,
                                "dates on lines %d..%d (%s .. %s) are %s, the file's are %s: returns there span"
                                        + " another period and a fit at the file's frequency mixes them",
                                s.line(k - 1),
                                s.line(end),
                                s.format(k - 1),
                                s.format(end),
                                here,
                                own)));
            }
            k = end + 1;
        }
        return out;
    }

    // ---- averaging and outliers

    /** Over prices {@code first..last}; empty with fewer than 3 returns or no variance. */
    static Optional<Averaging> averaging(PriceSeries s, int first, int last) {
        int n = last - first;
        if (n < 3) {
            return Optional.empty();
        }
        double[] r = returns(s, first, last);
        double m = Calibrator.mean(r);
        double sum = 0;
        double lagged = 0;
        for (int t = 0; t < n; t++) {
            sum += (r[t] - m) * (r[t] - m);
            if (t > 0) {
                lagged += (r[t] - m) * (r[t - 1] - m);
            }
        }
        if (!(sum > 0)) {
            return Optional.empty();
        }
        int q = varianceRatioLag(s.frequency(), n);
        double[] sums = new double[n - q + 1];
        for (int t = 0; t + q <= n; t++) {
            for (int j = 0; j < q; j++) {
                sums[t] += r[t + j];
            }
        }
        double vq = Calibrator.variance(sums, Calibrator.mean(sums));
        return Optional.of(new Averaging(first, last, n, lagged / sum, q, vq / (q * (sum / n))));
    }

    /** A year of monthly or coarser data (12), two weeks of daily ones (10); never above n/4. */
    static int varianceRatioLag(Frequency f, int returns) {
        int q = f.periodsPerYear() > 60 ? 10 : 12;
        return Math.max(2, Math.min(q, returns / 4));
    }

    static List<Finding> outliers(PriceSeries s, int first, int last) {
        if (last - first < 3) {
            return List.of();
        }
        double[] r = returns(s, first, last);
        double median = median(r.clone());
        double[] deviations = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            deviations[i] = Math.abs(r[i] - median);
        }
        // 1.4826 * MAD estimates the standard deviation of normal returns, undisturbed by the tails.
        double scale = 1.4826 * median(deviations);
        if (!(scale > 0)) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < r.length; i++) {
            double z = (r[i] - median) / scale;
            if (Math.abs(z) > OUTLIER_SCALE) {
                int to = first + i + 1;
                out.add(new Finding(
                        DataCode.OUTLIER,
                        to - 1,
                        to,
                        String.format(
                                Locale.ROOT,
                                "the return from %s to %s (line %d) is %+.1f%%, %.1f robust standard deviations from"
                                        + " the median (robust sd %.2f%%, from the median absolute deviation); kept: tails"
                                        + " are what a stress model needs, but check the price",
                                s.format(to - 1),
                                s.format(to),
                                s.line(to),
                                100 * Math.expm1(r[i]),
                                Math.abs(z),
                                100 * scale)));
            }
        }
        return out;
    }

    private static double[] returns(PriceSeries s, int first, int last) {
        double[] r = new double[last - first];
        for (int i = first + 1; i <= last; i++) {
            r[i - first - 1] = StrictMath.log(s.price(i) / s.price(i - 1));
        }
        return r;
    }

    static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
    }
}
