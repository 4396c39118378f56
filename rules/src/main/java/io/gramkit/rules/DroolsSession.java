package io.gramkit.rules;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.InputException;
import io.gramkit.interpreter.AuditTrail;
import io.gramkit.interpreter.PathState;
import io.gramkit.interpreter.ResponseSession;
import io.gramkit.interpreter.RuleConflictException;
import io.gramkit.model.Scenario;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One worker's stateful Drools session: the policy facts go in when it opens and one {@link
 * TokenDay} per path on the first day; each day every path fact is refreshed and updated, the
 * rules fire once, and the recorded decisions are checked for conflicts and applied to the paths.
 */
final class DroolsSession implements ResponseSession {
    private final KieSession session;
    private final EveryPropertyUpdate updates;
    private final List<DeclaredRule> rules;
    private final DecisionRecorder recorder;
    private final PathState[] states;
    private final TokenDay[] facts;
    private final FactHandle[] handles;
    /** The debt block's facts and handles by slot; null without a debt block. */
    private final DebtFacts debt;
    /**
     * More firings than this in one day mean a rule makes the rules fire again (an {@code update}
     * or {@code modify} of a fact): far above what rules that fire once per path can reach.
     */
    private final int firingLimit;
    /** The audit trail, or null; with it, lever changes counted by lever and rule ({@code [lever][rule]}). */
    private final AuditTrail trail;

    private final long[][] leverChanges;
    /** Records the sampled paths' firings; null when the session holds none. */
    private final AuditListener audit;

    private boolean closed;
    /** The levels facts inserted, by class: what the rules' globals hold, and the audit trail shows. */
    private final Map<Class<?>, Object> levels = new java.util.LinkedHashMap<>();

    DroolsSession(
            KieSession session,
            List<DeclaredRule> rules,
            Map<String, Integer> ruleIndex,
            PolicyGlobals.Rewrites rewrites,
            Scenario scenario,
            List<PathState> paths) {
        this(session, rules, ruleIndex, rewrites, scenario, paths, null);
    }

    /** A session that writes into {@code trail} (null: no audit trail). */
    DroolsSession(
            KieSession session,
            List<DeclaredRule> rules,
            Map<String, Integer> ruleIndex,
            PolicyGlobals.Rewrites rewrites,
            Scenario scenario,
            List<PathState> paths,
            AuditTrail trail) {
        this.session = session;
        this.updates = new EveryPropertyUpdate(session);
        this.rules = rules;
        this.recorder = new DecisionRecorder(rules.size());
        this.states = paths.toArray(PathState[]::new);
        this.facts = new TokenDay[states.length];
        this.handles = new FactHandle[states.length];
        this.firingLimit = (int) Math.min(Integer.MAX_VALUE, 100L * (rules.size() + 1) * (states.length + 1));
        session.addEventListener(new RuleAttribution(ruleIndex, recorder));
        this.trail = trail;
        this.leverChanges = trail == null ? null : new long[Lever.values().length][rules.size()];
        List<Object> tokenLevels = new java.util.ArrayList<>();
        tokenLevels.add(RedemptionLevels.of(scenario.redemption()));
        tokenLevels.add(MintingLevels.of(scenario.minting()));
        // The rule library's levels: present only when the scenario sets them, so a library rule
        // whose levels are absent never matches.
        scenario.extensions().collateral().map(CollateralLevels::of).ifPresent(tokenLevels::add);
        scenario.extensions().pegDefence().map(PegDefenceLevels::of).ifPresent(tokenLevels::add);
        scenario.extensions().rebalancingBand().map(RebalancingLevels::of).ifPresent(tokenLevels::add);
        scenario.extensions().circuitBreaker().map(CircuitBreakerLevels::of).ifPresent(tokenLevels::add);
        List<Object> debtLevels = DebtFacts.levels(scenario);
        for (Object fact : tokenLevels) {
            levels.put(fact.getClass(), fact);
        }
        for (Object fact : debtLevels) {
            levels.put(fact.getClass(), fact);
        }
        // Before any fact goes in: Drools evaluates a pattern's alpha constraints on insertion.
        PolicyGlobals.set(session, rewrites.globals(), levels);
        this.audit = trail == null ? null : auditListener(trail, rules, ruleIndex, rewrites);
        if (audit != null) {
            session.addEventListener(audit);
            recorder.listen(audit);
        }
        tokenLevels.forEach(session::insert);
        debtLevels.forEach(session::insert);
        for (int i = 0; i < states.length; i++) {
            facts[i] = new TokenDay(states[i], i, recorder);
        }
        this.debt = DebtFacts.of(scenario, states, facts);
    }

    @Override
    public void respond(int day, long[] changes) {
        if (closed) {
            throw new IllegalStateException("session is closed");
        }
        if (changes.length < rules.size()) {
            throw new IllegalArgumentException(
                    "changes has " + changes.length + " slots for " + rules.size() + " rules");
        }
        if (audit != null) {
            audit.startDay();
        }
        try {
            // The session is not thread-safe, so Drools evaluates conditions as facts go in and
            // change: the path facts go in on the first day, refreshed, and a failing condition
            // is reported like one that fails while firing.
            for (int i = 0; i < facts.length; i++) {
                facts[i].refresh(states[i], day);
                handles[i] = updates.put(handles[i], facts[i]);
            }
            if (debt != null) {
                debt.refresh(updates, day);
            }
            int fired = session.fireAllRules(firingLimit);
            if (fired >= firingLimit) {
                throw runaway(day);
            }
            rejectInvalid(day);
            rejectConflicts(day);
            apply(changes);
            if (audit != null) {
                audit.endDay();
            }
        } catch (ConsequenceException e) {
            throw consequenceFailed(e, day);
        } catch (InputException | RuleConflictException e) {
            throw e;
        } catch (RuntimeException e) {
            throw conditionFailed(e, day);
        } finally {
            recorder.clear();
        }
    }

    /** Whether the daily updates take {@link EveryPropertyUpdate}'s direct path; for tests. */
    boolean updatesDirectly() {
        return updates.direct();
    }

    /** How many times each rule fired since the session opened; for tests. */
    long[] firings() {
        return recorder.firings();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            session.dispose();
            if (trail != null) {
                for (int rule = 0; rule < rules.size(); rule++) {
                    for (Lever lever : Lever.values()) {
                        trail.addChanges(rule, lever.key(), leverChanges[lever.index()][rule]);
                    }
                }
            }
        }
    }

    private AuditListener auditListener(
            AuditTrail auditTrail,
            List<DeclaredRule> declared,
            Map<String, Integer> ruleIndex,
            PolicyGlobals.Rewrites rewrites) {
        boolean[] sampled = new boolean[states.length];
        boolean any = false;
        for (int i = 0; i < states.length; i++) {
            sampled[i] = auditTrail.samples(states[i].path());
            any |= sampled[i];
        }
        return any ? new AuditListener(auditTrail, declared, ruleIndex, sampled, rewrites.splices(), levels) : null;
    }

    private void rejectInvalid(int day) {
        DecisionRecorder.InvalidDecision invalid = recorder.invalid();
        if (invalid != null) {
            DeclaredRule rule = rules.get(invalid.rule());
            throw new InputException(Diagnostic.error(
                    RuleCode.INVALID_DECISION,
                    rule.span(),
                    "rule '" + rule.name() + "' set the " + invalid.lever().label() + " to " + invalid.value()
                            + " on path " + invalid.path() + ", day " + day + "; "
                            + invalid.lever().range()));
        }
    }

    /** The conflict on the lowest-numbered path, so the report does not depend on firing order. */
    private void rejectConflicts(int day) {
        TokenDay worst = null;
        Lever worstLever = null;
        for (TokenDay fact : recorder.decided()) {
            for (Lever lever : Lever.ALL) {
                LeverDecisions decisions = fact.decisions(lever);
                if (!decisions.isEmpty()
                        && decisions.disagreeingRule() >= 0
                        && (worst == null || fact.getPath() < worst.getPath())) {
                    worst = fact;
                    worstLever = lever;
                }
            }
        }
        if (worst != null) {
            LeverDecisions decisions = worst.decisions(worstLever);
            int first = decisions.firstRule();
            int second = decisions.disagreeingRule();
            throw new RuleConflictException(
                    rules.get(first).name(),
                    rules.get(first).span(),
                    rules.get(second).name(),
                    rules.get(second).span(),
                    worstLever.label(),
                    worstLever.describe(decisions.value()),
                    worstLever.describe(decisions.valueOf(second)),
                    worst.getPath(),
                    day);
        }
    }

    /**
     * Sets each decided lever on its path; a rule is credited only when the value moved, in the
     * run's counts and, when auditing, in its lever's counts.
     */
    private void apply(long[] changes) {
        for (TokenDay fact : recorder.decided()) {
            PathState state = states[fact.slot()];
            for (Lever lever : Lever.ALL) {
                LeverDecisions decided = fact.decisions(lever);
                if (!decided.isEmpty() && decided.value() != lever.current(state)) {
                    lever.set(state, decided.value());
                    decided.credit(changes);
                    if (leverChanges != null) {
                        decided.credit(leverChanges[lever.index()]);
                    }
                }
            }
        }
    }

    private InputException runaway(int day) {
        long[] firings = recorder.firings();
        int busiest = 0;
        for (int i = 1; i < firings.length; i++) {
            busiest = firings[i] > firings[busiest] ? i : busiest;
        }
        DeclaredRule rule = rules.get(busiest);
        return new InputException(Diagnostic.error(
                RuleCode.RUNAWAY,
                rule.span(),
                "the rules fired more than "
                        + firingLimit + " times on day " + day + ", most often '" + rule.name()
                        + "'; a consequence that"
                        + " updates or modifies a fact makes the rules fire again: pull a lever instead"));
    }

    /**
     * A condition that threw while the rules ran (say, {@code goldMoveOver(n)} looking back further
     * than the path keeps): reported like a failed consequence, naming the rule when Drools does.
     */
    private InputException conditionFailed(RuntimeException e, int day) {
        java.util.regex.Matcher named =
                java.util.regex.Pattern.compile("Rule \"([^\"]*)\"").matcher(String.valueOf(e.getMessage()));
        String name = named.find() ? named.group(1) : "?";
        DeclaredRule rule =
                rules.stream().filter(r -> r.name().equals(name)).findFirst().orElse(rules.get(0));
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return new InputException(Diagnostic.error(
                RuleCode.CONSEQUENCE_FAILED,
                rule.span(),
                "a condition of rule '" + name + "' failed on day " + day + ": " + cause.getMessage()));
    }

    private InputException consequenceFailed(ConsequenceException e, int day) {
        String name = e.getRule() != null ? e.getRule().getName() : "?";
        DeclaredRule rule =
                rules.stream().filter(r -> r.name().equals(name)).findFirst().orElse(rules.get(0));
        String where = "on day " + day;
        if (e.getMatch() != null) {
            for (Object fact : e.getMatch().getObjects()) {
                if (fact instanceof TokenDay token) {
                    where = "on path " + token.getPath() + ", day " + day;
                }
            }
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return new InputException(Diagnostic.error(
                RuleCode.CONSEQUENCE_FAILED, rule.span(), "rule '" + name + "' failed " + where + ": " + cause));
    }
}
