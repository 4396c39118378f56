package io.gramkit.interpreter;

import io.gramkit.diagnostic.Note;
import io.gramkit.interpreter.gold.GoldPath;
import io.gramkit.model.Scenario;
import java.util.Arrays;
import java.util.List;

/**
 * Steps a fixed range of paths one day at a time, with its own rule session. A worker is used by
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

    private ResponseSession[] sessions;
    private ModelException error;

    Worker(Scenario scenario, ResponseRules rules, int firstPath, GoldPath[] gold) {
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
        sessions = new ResponseSession[Math.max(1, (states.length + SESSION_PATHS - 1) / SESSION_PATHS)];
        for (int s = 0; s < sessions.length; s++) {
            sessions[s] = rules.open(
                    scenario, all.subList(s * SESSION_PATHS, Math.min(states.length, (s + 1) * SESSION_PATHS)));
        }
    }

    /**
     * One day for every path of the range, one session block at a time: each block's paths are
     * stepped, shown to their rules and closed while they are still in the CPU caches. A path whose
     * cash falls below zero ends the day's work (it is the range's lowest such path); a rule failure
     * is kept while the later blocks are stepped, because a negative cash anywhere takes precedence
     * over it, whatever the split of paths into workers and blocks.
     */
    void step(int day, DaySnapshot snapshot) {
        RuntimeException ruleFailure = null;
        for (int s = 0; s < sessions.length; s++) {
            int from = s * SESSION_PATHS;
            int to = Math.min(states.length, from + SESSION_PATHS);
            if (!advance(from, to, day, snapshot)) {
                return;
            }
            if (ruleFailure != null) {
                continue;
            }
            try {
                sessions[s].respond(day, changes);
            } catch (RuntimeException failure) {
                ruleFailure = failure;
                continue;
            }
            close(from, to, snapshot);
        }
        if (ruleFailure instanceof RuleConflictException conflict) {
            error = conflictError(conflict);
        } else if (ruleFailure != null) {
            throw ruleFailure;
        }
    }

    /** Steps paths {@code [from, to)} to the end of the day; false at a negative cash (the error). */
    private boolean advance(int from, int to, int day, DaySnapshot snapshot) {
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
                error = new ModelException(
                        ModelCode.NEGATIVE_CASH,
                        state.path,
                        day,
                        "cash reserves fell to " + state.cash
                                + " USD; the reserves cannot pay the redemptions the model served");
                return false;
            }
            DebtDays.advance(state, day);
            snapshot.recordBeforeRules(state);
        }
        return true;
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

    ModelException error() {
        return error;
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
