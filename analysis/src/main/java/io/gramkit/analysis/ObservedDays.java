package io.gramkit.analysis;

import io.gramkit.interpreter.DayObserver;
import io.gramkit.interpreter.DaySnapshot;
import io.gramkit.model.policy.Observations;
import io.gramkit.model.policy.PathNumbers;

/**
 * What report conditions read on each path-day: the day's snapshot as {@link PathNumbers}, so
 * each word is computed by its {@link io.gramkit.model.policy.Observable} definition, the same
 * one the rules' {@code TokenDay} uses. Keeps the gold prices a condition looks back over (the
 * longest {@code gold move over} window plus the feed lag, for {@code seen} values).
 */
public final class ObservedDays implements DayObserver {
    private final int window;
    private DaySnapshot snapshot;
    private int day;
    private int kept;
    /** Gold by path for the last {@code kept + 1} days, a ring indexed by day; null when nothing looks back. */
    private double[][] goldHistory;

    /** @param window the longest {@code gold move over} window the conditions read, in days (0: none) */
    public ObservedDays(int window) {
        this.window = window;
    }

    @Override
    public void onDay(int day, DaySnapshot snapshot) {
        if (this.snapshot == null) {
            kept = window + snapshot.feedLag();
            goldHistory = kept == 0 ? null : new double[kept + 1][];
        }
        this.snapshot = snapshot;
        this.day = day;
        if (goldHistory != null) {
            goldHistory[day % (kept + 1)] = snapshot.gold().clone();
        }
    }

    /** The words on {@code path} today, true or seen through the snapshot's feed lag. */
    public Observations at(int path) {
        return Observations.of(numbers(path), snapshot.feedLag());
    }

    private PathNumbers numbers(int path) {
        DaySnapshot s = snapshot;
        return numbers(s, path, (p, days) -> days == 0 ? s.gold()[p] : pastGold(p, days));
    }

    private double pastGold(int path, int days) {
        if (days < 0 || days > kept) {
            throw new IllegalArgumentException("gold " + days + " days ago is beyond the " + kept + " days kept");
        }
        return goldHistory[Math.max(0, day - days) % (kept + 1)][path];
    }

    /** How a gold price in the past is found: by path and days ago. */
    @FunctionalInterface
    public interface GoldHistory {
        double goldDaysAgo(int path, int days);
    }

    /**
     * One path of a day's snapshot as {@link PathNumbers}, the adapter report conditions read
     * through; {@code history} answers for gold on earlier days.
     */
    public static PathNumbers numbers(DaySnapshot s, int path, GoldHistory history) {
        return new PathNumbers() {
            @Override
            public double goldDaysAgo(int days) {
                return history.goldDaysAgo(path, days);
            }

            @Override
            public double supply() {
                return s.supply()[path];
            }

            @Override
            public double reserves() {
                return s.reserves()[path];
            }

            @Override
            public double cash() {
                return s.cash()[path];
            }

            @Override
            public double queue() {
                return s.queue()[path];
            }

            @Override
            public double coverage() {
                return s.coverage()[path];
            }

            @Override
            public double discount() {
                return s.discount()[path];
            }

            @Override
            public double fee() {
                return s.feeCharged()[path];
            }
        };
    }
}
