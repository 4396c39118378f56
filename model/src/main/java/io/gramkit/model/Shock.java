package io.gramkit.model;

import io.gramkit.diagnostic.SourceSpan;

/** A scheduled event that moves the gold price on given days. */
public sealed interface Shock {

    SourceSpan span();

    String name();

    /** The first day the shock acts on (days are numbered from 1). */
    int firstDay();

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

        public int lastDay() {
            return firstDay + days - 1;
        }

        /** The log-return this shock adds on {@code day}, or 0 outside its days. */
        public double logReturnOn(int day) {
            return day >= firstDay && day <= lastDay() ? StrictMath.log(1 + totalReturn) / days : 0.0;
        }
    }
}
