package io.gramkit.interpreter.gold;

/**
 * One path of a stochastic model with the scenario's shocks applied. Each day the model draws
 * its random numbers and gives its log-return for the day's volatility multiplier, shock or no
 * shock; then, in this order:
 * <pre>
 * x     = model's log-return (volatility multiplied by the windows active today)
 * x     = replayed log-return instead, on a replayed day
 * total = x + moves_t                   (the spread and one-day moves)
 * total = total + gap_t                 (ln(1 + gap) of closures reopening today)
 * closed today:  pending = pending + total; e = 1; G unchanged
 * open today:    total = total + pending; pending = 0; e = exp(total); G = G_{t-1} * e
 * </pre>
 * With no shock at all, {@code e = exp(x + 0)}: the unshocked model exactly.
 */
abstract class ShockedPath implements GoldPath {
    private final ShockSchedule schedule;
    private final double spot;
    private double price;
    private double factor = 1.0;
    private double pending;

    ShockedPath(ShockSchedule schedule, double spot) {
        this.schedule = schedule;
        this.spot = spot;
        this.price = spot;
    }

    /**
     * Draws this day's random numbers and returns the model's log-return for the day.
     *
     * @param volatilityMultiplier the product of the volatility windows active on {@code day}
     */
    abstract double logReturn(int day, double volatilityMultiplier);

    @Override
    public final double spot() {
        return spot;
    }

    @Override
    public final void advance(int day) {
        double x = logReturn(day, schedule.volatility(day));
        if (schedule.replayed(day)) {
            x = schedule.replay(day);
        }
        double total = x + schedule.move(day);
        double gap = schedule.gap(day);
        if (gap != 0) {
            total = total + gap;
        }
        if (schedule.closed(day)) {
            pending = pending + total;
            factor = 1.0;
            return;
        }
        if (pending != 0) {
            total = total + pending;
            pending = 0;
        }
        factor = StrictMath.exp(total);
        price = price * factor;
    }

    @Override
    public final double price() {
        return price;
    }

    @Override
    public final double factor() {
        return factor;
    }
}
