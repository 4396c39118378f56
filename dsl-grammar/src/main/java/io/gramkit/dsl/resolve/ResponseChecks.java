package io.gramkit.dsl.resolve;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.model.policy.Action;
import io.gramkit.model.policy.Condition;
import io.gramkit.model.policy.Expression;
import io.gramkit.model.policy.Observable;
import java.util.List;
import java.util.Optional;

/**
 * What can be seen in responses before a run: a condition no state can meet (a warning) and two
 * responses that would set one lever to different values on the same day (an error; the run would
 * stop there). Only simple conditions, one observed value against a number, are judged; anything
 * else is left to the run, which reports the conflict with its path and day.
 */
final class ResponseChecks {
    private final Diagnostics diagnostics;

    ResponseChecks(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void check(List<Responses.Written> responses) {
        for (Responses.Written written : responses) {
            if (never(written.response().condition())) {
                diagnostics.report(GramCode.NEVER_FIRES.at(
                        written.statement().span(), "this response can never fire: " + "no state meets its condition"));
            }
        }
        for (int i = 0; i < responses.size(); i++) {
            for (int j = i + 1; j < responses.size(); j++) {
                conflict(responses.get(i), responses.get(j));
            }
        }
    }

    /** Values an observed quantity can take: [low, high], with open ends where marked. */
    record Interval(double low, boolean lowOpen, double high, boolean highOpen) {
        static final Interval ALL = new Interval(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);

        static Interval of(Observable observable) {
            return switch (observable) {
                case DISCOUNT, FEE -> new Interval(0, false, 1, true);
                case COVERAGE, CASH_SHARE, SUPPLY -> new Interval(0, false, Double.POSITIVE_INFINITY, true);
                case GOLD_PRICE -> new Interval(0, true, Double.POSITIVE_INFINITY, true);
                case GOLD_MOVE -> new Interval(-1, true, Double.POSITIVE_INFINITY, true);
            };
        }

        static Interval of(Condition.Comparator comparator, double bound) {
            return switch (comparator) {
                case BELOW -> new Interval(Double.NEGATIVE_INFINITY, true, bound, true);
                case AT_MOST -> new Interval(Double.NEGATIVE_INFINITY, true, bound, false);
                case ABOVE -> new Interval(bound, true, Double.POSITIVE_INFINITY, true);
                case AT_LEAST -> new Interval(bound, false, Double.POSITIVE_INFINITY, true);
            };
        }

        Interval and(Interval other) {
            boolean lowFromThis = low > other.low || (low == other.low && lowOpen);
            boolean highFromThis = high < other.high || (high == other.high && highOpen);
            return new Interval(
                    lowFromThis ? low : other.low,
                    lowFromThis ? lowOpen : other.lowOpen,
                    highFromThis ? high : other.high,
                    highFromThis ? highOpen : other.highOpen);
        }

        boolean isEmpty() {
            return low > high || (low == high && (lowOpen || highOpen));
        }
    }

    /** A comparison of one observed value with a number, as an interval of that value. */
    private record Simple(Observable observable, int window, Interval interval) {
        static Optional<Simple> of(Condition condition) {
            if (!(condition instanceof Condition.Comparison comparison)) {
                return Optional.empty();
            }
            if (comparison.left() instanceof Expression.Observation observed
                    && comparison.right() instanceof Expression.Constant constant) {
                return Optional.of(new Simple(
                        observed.observable(),
                        observed.windowDays(),
                        Interval.of(comparison.comparator(), constant.value())));
            }
            if (comparison.right() instanceof Expression.Observation observed
                    && comparison.left() instanceof Expression.Constant constant) {
                return Optional.of(new Simple(
                        observed.observable(),
                        observed.windowDays(),
                        Interval.of(mirror(comparison.comparator()), constant.value())));
            }
            return Optional.empty();
        }

        private static Condition.Comparator mirror(Condition.Comparator comparator) {
            return switch (comparator) {
                case BELOW -> Condition.Comparator.ABOVE;
                case AT_MOST -> Condition.Comparator.AT_LEAST;
                case ABOVE -> Condition.Comparator.BELOW;
                case AT_LEAST -> Condition.Comparator.AT_MOST;
            };
        }

        Interval possible() {
            return interval.and(Interval.of(observable));
        }
    }

    private static boolean never(Condition condition) {
        if (condition instanceof Condition.All all) {
            return never(all.left()) || never(all.right());
        } else if (condition instanceof Condition.Any any) {
            return never(any.left()) && never(any.right());
        } else if (condition instanceof Condition.Comparison comparison) {
            if (comparison.left() instanceof Expression.Constant a
                    && comparison.right() instanceof Expression.Constant b) {
                return !comparison.comparator().test(a.value(), b.value());
            }
            return Simple.of(comparison)
                    .map(simple -> simple.possible().isEmpty())
                    .orElse(false);
        }
        return false;
    }

    private void conflict(Responses.Written first, Responses.Written second) {
        Optional<Simple> a = Simple.of(first.response().condition());
        Optional<Simple> b = Simple.of(second.response().condition());
        if (a.isEmpty()
                || b.isEmpty()
                || a.get().observable() != b.get().observable()
                || a.get().window() != b.get().window()) {
            return;
        }
        Interval both = a.get().possible().and(b.get().interval());
        if (both.isEmpty()) {
            return;
        }
        for (Action x : first.response().actions()) {
            for (Action y : second.response().actions()) {
                if (lever(x).equals(lever(y)) && !x.equals(y)) {
                    String what = lever(x).equals("minting") || lever(x).equals("redemptions")
                            ? "one halts " + lever(x) + " and the other resumes it"
                            : "they set the " + lever(x) + " to different values";
                    diagnostics.report(GramCode.CONFLICTING_RESPONSES.at(
                            second.statement().span(),
                            "this response and the one "
                                    + Statements.where(
                                            first.statement().span(),
                                            second.statement().span()) + " both hold on some days, and " + what
                                    + "; make their conditions exclusive (a restore level below the raise level)"));
                    return;
                }
            }
        }
    }

    private static String lever(Action action) {
        if (action instanceof Action.ChargeFee) {
            return "redemption fee";
        } else if (action instanceof Action.LimitRedemptions) {
            return "daily limit";
        } else if (action instanceof Action.HaltMinting || action instanceof Action.ResumeMinting) {
            return "minting";
        }
        return "redemptions";
    }
}
