package io.gramkit.interpreter.gold;

import io.gramkit.model.PriceHistory;
import io.gramkit.model.Shock;
import java.util.Arrays;
import java.util.List;

/**
 * What the scenario's shocks do on each day 1..T, laid out before the run so that every path
 * reads the same arrays. The rules of composition (docs/gold-models.md):
 * <ul>
 * <li>moves add their log-steps, summed in the order the scenario lists them;</li>
 * <li>volatility windows multiply the model's volatility, overlapping windows multiply;</li>
 * <li>replays replace the model's move (overlapping replays add);</li>
 * <li>a closure freezes the price; the reopening day also carries each ending closure's gap.</li>
 * </ul>
 */
final class ShockSchedule {
    private final double[] moves;
    private final double[] volatility;
    private final boolean[] replayed;
    private final double[] replays;
    private final boolean[] closed;
    private final double[] gaps;

    private ShockSchedule(int horizonDays) {
        moves = new double[horizonDays + 1];
        volatility = new double[horizonDays + 1];
        Arrays.fill(volatility, 1.0);
        replayed = new boolean[horizonDays + 1];
        replays = new double[horizonDays + 1];
        closed = new boolean[horizonDays + 1];
        gaps = new double[horizonDays + 1];
    }

    static ShockSchedule of(List<Shock> shocks, int horizonDays) {
        ShockSchedule schedule = new ShockSchedule(horizonDays);
        for (Shock shock : shocks) {
            int last = Math.min(shock.lastDay(), horizonDays);
            if (shock instanceof Shock.Move move) {
                for (int day = move.firstDay(); day <= last; day++) {
                    schedule.moves[day] += move.logReturnOn(day);
                }
            } else if (shock instanceof Shock.VolatilityWindow window) {
                for (int day = window.firstDay(); day <= last; day++) {
                    schedule.volatility[day] *= window.multiplier();
                }
            } else if (shock instanceof Shock.Closure closure) {
                for (int day = closure.firstDay(); day <= last; day++) {
                    schedule.closed[day] = true;
                }
                if (closure.reopeningDay() <= horizonDays) {
                    schedule.gaps[closure.reopeningDay()] += StrictMath.log1p(closure.gapReturn());
                }
            } else if (shock instanceof Shock.Replay replay) {
                for (int day = replay.firstDay(); day <= last; day++) {
                    schedule.replayed[day] = true;
                }
                PriceHistory window = replay.window();
                for (int i = 1; i < window.size(); i++) {
                    int day = replay.firstDay() + window.dayOffset(i) - 1;
                    if (day <= horizonDays) {
                        schedule.replays[day] += StrictMath.log(window.price(i) / window.price(i - 1));
                    }
                }
            }
        }
        return schedule;
    }

    /** The summed log-steps of the moves on {@code day}. */
    double move(int day) {
        return moves[day];
    }

    /** The product of the volatility multipliers on {@code day} (1 outside every window). */
    double volatility(int day) {
        return volatility[day];
    }

    boolean replayed(int day) {
        return replayed[day];
    }

    /** The replayed log-return on {@code day} (0 on replayed days without an observation). */
    double replay(int day) {
        return replays[day];
    }

    boolean closed(int day) {
        return closed[day];
    }

    /** {@code ln(1 + gap)} of the closures that reopen on {@code day}. */
    double gap(int day) {
        return gaps[day];
    }

    /** Whether any shock but plain moves is scheduled (the description then says how they act). */
    boolean beyondMoves() {
        for (int day = 0; day < moves.length; day++) {
            if (volatility[day] != 1.0 || replayed[day] || closed[day] || gaps[day] != 0) {
                return true;
            }
        }
        return false;
    }
}
