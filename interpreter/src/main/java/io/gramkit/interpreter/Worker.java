package io.gramkit.interpreter;

import io.gramkit.diagnostic.Note;
import io.gramkit.interpreter.gold.GoldPath;
import io.gramkit.model.Scenario;
import java.util.Arrays;
import java.util.List;

/**
 * Steps a fixed range of paths through chunks of days, one rule session per block of paths. A worker is used by
 * one thread at a time; its paths' results depend only on their streams, never on the range.
 */
final class Worker {
    private final Scenario scenario;
    private final StepParameters parameters;
    private final PathState[] states;
    private final GoldPath[] gold;
    private final ResponseRules rules;
    private final long[] changes;
    /**
     * Paths per rule session. Drools' cost per update grows with a session's working set (its
     * tuple lists stop fitting the CPU caches), so a worker holds one session per block of paths.
     */
    static final int SESSION_PATHS = Integer.getInteger("gram.sessionPaths", 512);

    /** Paths per session block here: {@link #SESSION_PATHS} but in tests of the block boundaries. */
    private final int sessionPaths;

    private ResponseSession[] sessions;
    /** The first error met, or null. */
    private Stop stop;

    Worker(Scenario scenario, ResponseRules rules, int firstPath, GoldPath[] gold) {
        this(scenario, rules, firstPath, gold, SESSION_PATHS);
    }

    Worker(Scenario scenario, ResponseRules rules, int firstPath, GoldPath[] gold, int sessionPaths) {
        this.sessionPaths = sessionPaths;
        this.scenario = scenario;
        this.parameters = StepParameters.of(scenario);
        this.rules = rules;
        this.gold = gold;
        this.states = new PathState[gold.length];
        for (int i = 0; i < states.length; i++) {
            states[i] = new PathState(firstPath + i);
        }
        this.changes = new long[rules.ruleNames().size()];
    }

    /** Day 0: initial states, then the rule session over them. */
    void initialise(DaySnapshot snapshot) {
        for (int i = 0; i < states.length; i++) {
            ReferenceStep.initialise(states[i], scenario, gold[i].spot());
            ExtendedStep.initialise(states[i], parameters);
            if (parameters.market() != null) {
                MarketStep.initialise(states[i], parameters);
            }
            DebtDays.open(states[i], scenario);
            snapshot.recordBeforeRules(states[i]);
            snapshot.record(states[i]);
        }
        List<PathState> all = Arrays.asList(states);
        sessions = new ResponseSession[Math.max(1, (states.length + sessionPaths - 1) / sessionPaths)];
        for (int s = 0; s < sessions.length; s++) {
            sessions[s] = rules.open(
                    scenario, all.subList(s * sessionPaths, Math.min(states.length, (s + 1) * sessionPaths)));
        }
    }

    /**
     * Days {@code first .. first + count - 1} for every path of the range, day {@code first + d}
     * recorded in {@code days[d]}: one session block at a time, each block through all the days
     * while its paths and rule session are still in the CPU caches (stepping every path a day at a
     * time fetched them from memory every day: at 100,000 paths that cost more than the rules).
     *
     * <p>A block stops at its first error (a negative cash, a rule clash or any exception of the
     * day's step); the worker keeps the earliest day's, on that day a
     * negative cash before a rule failure, then the lowest path, whatever the split of paths into
     * workers and blocks. Blocks after it still run to that day, since one of them may meet a
     * negative cash the same day.
     */
    void step(int first, int count, DaySnapshot[] days) {
        for (int s = 0; s < sessions.length; s++) {
            int from = s * sessionPaths;
            int to = Math.min(states.length, from + sessionPaths);
            for (int d = 0; d < count && (stop == null || first + d <= stop.lastDayToStep()); d++) {
                int day = first + d;
                // Any failure of the day, the model's or the rules', is kept with its day: a later
                // block may still meet an earlier or same-day error that comes first.
                try {
                    ModelException cash = advance(from, to, day, days[d]);
                    if (cash != null) {
                        keep(new Stop(day, cash.path(), true, cash));
                        break;
                    }
                    sessions[s].respond(day, changes);
                    close(from, to, days[d]);
                } catch (RuleConflictException conflict) {
                    keep(new Stop(day, conflict.path(), false, conflictError(conflict)));
                    break;
                } catch (RuntimeException failure) {
                    keep(new Stop(day, states[from].path, false, failure));
                    break;
                }
            }
        }
    }

    /** Keeps {@code next} when it comes before the error kept so far. */
    private void keep(Stop next) {
        if (stop == null || next.before(stop)) {
            stop = next;
        }
    }

    /** Steps paths {@code [from, to)} to the end of the day; the error of the first whose cash falls below zero. */
    private ModelException advance(int from, int to, int day, DaySnapshot snapshot) {
        for (int i = from; i < to; i++) {
            PathState state = states[i];
            GoldPath path = gold[i];
            path.advance(day);
            // A path takes the market step when the scenario has a market, the extended step when an
            // extension is on or a rule pulled one of its levers; otherwise the reference step,
            // exactly as docs/model.md writes it.
            if (state.market != null) {
                MarketStep.advance(state, parameters, day, path.price(), path.factor());
            } else if (state.extended) {
                ExtendedStep.advance(state, parameters, day, path.price(), path.factor());
            } else {
                ReferenceStep.advance(state, parameters, day, path.price(), path.factor());
            }
            if (state.cash < ReferenceStep.CASH_TOLERANCE) {
                return new ModelException(
                        ModelCode.NEGATIVE_CASH,
                        state.path,
                        day,
                        "cash reserves fell to " + state.cash
                                + " USD; the reserves cannot pay the redemptions the model served");
            }
            DebtDays.advance(state, day);
            snapshot.recordBeforeRules(state);
        }
        return null;
    }

    /** After the rules: the levers they set take effect on paths {@code [from, to)}. */
    private void close(int from, int to, DaySnapshot snapshot) {
        for (int i = from; i < to; i++) {
            PathState state = states[i];
            if (state.market != null) {
                MarketStep.close(state, parameters);
            } else if (state.extended) {
                ExtendedStep.close(state, parameters);
            } else {
                ReferenceStep.close(state, parameters);
            }
            DebtDays.close(state);
            snapshot.record(state);
        }
    }

    private static ModelException conflictError(RuleConflictException conflict) {
        return new ModelException(
                ModelCode.RULE_CONFLICT,
                conflict.path(),
                conflict.day(),
                conflict.clash(),
                conflict.firstSpan(),
                List.of(new Note(
                        conflict.secondSpan(),
                        "rule '" + conflict.secondRule() + "' sets the " + conflict.lever() + " to "
                                + conflict.secondValue())));
    }

    void recordOutcomes(PathOutcomes outcomes) {
        for (PathState state : states) {
            outcomes.record(state);
        }
    }

    /** The first error met (earliest day, a negative cash, lowest path), or null. */
    Stop stop() {
        return stop;
    }

    /**
     * Where a worker stopped: the day, the path, whether its cash fell below zero (which comes
     * before a rule failure the same day), and the error to report.
     */
    record Stop(int day, int path, boolean negativeCash, RuntimeException error) {
        boolean before(Stop other) {
            if (day != other.day) {
                return day < other.day;
            }
            if (negativeCash != other.negativeCash) {
                return negativeCash;
            }
            return path < other.path;
        }

        /** The last day a later block must still step: a rule failure's day, where a negative cash would come first. */
        int lastDayToStep() {
            return negativeCash ? day - 1 : day;
        }
    }

    long[] changes() {
        return changes;
    }

    void close() {
        if (sessions != null) {
            for (ResponseSession session : sessions) {
                if (session != null) {
                    session.close();
                }
            }
        }
    }
}
