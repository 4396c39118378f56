package io.gramkit.model;

import io.gramkit.diagnostic.SourceSpan;

/**
 * A scheduled event in the gold market, acting on given days. Shocks act on the price only; the
 * model's own state (its random draws, GARCH variance, regime) runs as in the unshocked run.
 * How shocks compose on one day is defined in docs/gold-models.md.
 */
public sealed interface Shock {

    SourceSpan span();

    String name();

    /** The first day the shock acts on (days are numbered from 1). */
    int firstDay();

    /** The last day the shock acts on (for a closure, the last closed day). */
    int lastDay();

    /**
     * A total relative move spread over {@code days} days in equal log-steps: each of days
     * {@code firstDay .. firstDay + days - 1} adds {@code ln(1 + totalReturn) / days} to that
     * day's log-return. A one-day jump is {@code days == 1}. A drop of 13% is
     * {@code totalReturn = -0.13}.
     */
    record Move(SourceSpan span, String name, double totalReturn, int days, int firstDay) implements Shock {
        public Move {
            Check.present("span", span);
            Check.present("name", name);
            if (!(totalReturn > -1) || Double.isInfinite(totalReturn)) {
                throw new IllegalArgumentException("a move must stay above -100%, got " + totalReturn);
            }
            Check.positive("shock days", days);
            Check.positive("shock start day", firstDay);
        }

        @Override
        public int lastDay() {
            return firstDay + days - 1;
        }

        /** The log-return this shock adds on {@code day}, or 0 outside its days. */
        public double logReturnOn(int day) {
            return day >= firstDay && day <= lastDay() ? StrictMath.log(1 + totalReturn) / days : 0.0;
        }
    }

    /**
     * The model's volatility multiplied by {@code multiplier} on days {@code firstDay ..
     * firstDay + days - 1}, in the drift correction and the diffusion alike. Windows that overlap
     * multiply.
     */
    record VolatilityWindow(SourceSpan span, String name, double multiplier, int days, int firstDay) implements Shock {
        public VolatilityWindow {
            Check.present("span", span);
            Check.present("name", name);
            Check.nonNegative("volatility multiplier", multiplier);
            Check.positive("shock days", days);
            Check.positive("shock start day", firstDay);
        }

        @Override
        public int lastDay() {
            return firstDay + days - 1;
        }
    }

    /**
     * The market is closed on days {@code firstDay .. firstDay + days - 1}: the price stays at
     * the last close (redemptions run at it), while the model still draws its numbers and its
     * moves accumulate. On the first open day the price moves by the accumulated log-return plus
     * that day's own, plus {@code ln(1 + gapReturn)}.
     */
    record Closure(SourceSpan span, String name, int days, int firstDay, double gapReturn) implements Shock {
        public Closure {
            Check.present("span", span);
            Check.present("name", name);
            Check.positive("closed days", days);
            Check.positive("shock start day", firstDay);
            if (!(gapReturn > -1) || Double.isInfinite(gapReturn)) {
                throw new IllegalArgumentException("a reopening gap must stay above -100%, got " + gapReturn);
            }
        }

        @Override
        public int lastDay() {
            return firstDay + days - 1;
        }

        /** The day the market opens again. */
        public int reopeningDay() {
            return firstDay + days;
        }
    }

    /**
     * A historical window replayed from {@code firstDay}: the window's first price is matched to
     * the path's price on the day before, and each later observation, {@code k} calendar days after
     * the first, moves the price to its ratio to the first on day {@code firstDay + k - 1}; days
     * without an observation hold the price. The replayed moves replace the model's.
     */
    record Replay(SourceSpan span, String name, PriceHistory window, int firstDay) implements Shock {
        public Replay {
            Check.present("span", span);
            Check.present("name", name);
            Check.present("window", window);
            Check.positive("shock start day", firstDay);
        }

        /** Calendar days the window spans (its last observation's offset from the first). */
        public int days() {
            return window.dayOffset(window.size() - 1);
        }

        @Override
        public int lastDay() {
            return firstDay + days() - 1;
        }
    }
}
