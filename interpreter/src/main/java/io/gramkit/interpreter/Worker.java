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

    /** One day for every path of the range; stops at the first model error (the lowest path). */
    void step(int day, DaySnapshot snapshot) {
        for (int i = 0; i < states.length; i++) {
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
                return;
            }
            DebtDays.advance(state, day);
            snapshot.recordBeforeRules(state);
        }
        try {
            // In path order: the first conflict is on the lowest path, as with one session.
            for (ResponseSession session : sessions) {
                session.respond(day, changes);
            }
        } catch (RuleConflictException conflict) {
            error = new ModelException(
                    ModelCode.RULE_CONFLICT,
                    conflict.path(),
                    conflict.day(),
                    conflict.clash(),
                    conflict.firstSpan(),
                    List.of(new Note(
                            conflict.secondSpan(),
                            "rule '" + conflict.secondRule() + "' sets the " + conflict.lever() + " to "
                                    + conflict.secondValue())));
            return;
        }
        for (PathState state : states) {
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
