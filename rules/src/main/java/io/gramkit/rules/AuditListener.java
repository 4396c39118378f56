package io.gramkit.rules;

import io.gramkit.interpreter.AuditRecord;
import io.gramkit.interpreter.AuditTrail;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Writes the audit trail of one session's sampled paths: for every rule firing that matched a
 * sampled path's {@link TokenDay} or pulled one of its levers, the facts the rule matched and each
 * lever it set, with the value before. Attached only to sessions holding a sampled path; firings
 * on other paths cost one look at the match's facts.
 */
final class AuditListener extends DefaultAgendaEventListener implements DecisionRecorder.DecisionListener {
    private record Decision(TokenDay day, Lever lever, double before, double after) {}

    private static final Comparator<AuditRecord> PATH_THEN_RULE =
            Comparator.comparingInt(AuditRecord::path).thenComparingInt(AuditRecord::rule);

    private final AuditTrail trail;
    private final List<DeclaredRule> rules;
    private final Map<String, Integer> ruleIndex;
    private final boolean[] sampled;
    /** The levels patterns Drools no longer matches, by rule name, and the session's levels facts. */
    private final Map<String, PolicyGlobals.Splice> splices;

    private final Map<Class<?>, Object> levels;
    private final List<Decision> decisions = new ArrayList<>();
    private final List<AuditRecord> today = new ArrayList<>();

    /** @param sampled by slot of the session's paths: whether the path is audited */
    AuditListener(
            AuditTrail trail,
            List<DeclaredRule> rules,
            Map<String, Integer> ruleIndex,
            boolean[] sampled,
            Map<String, PolicyGlobals.Splice> splices,
            Map<Class<?>, Object> levels) {
        this.trail = trail;
        this.splices = splices;
        this.levels = levels;
        this.rules = rules;
        this.ruleIndex = ruleIndex;
        this.sampled = sampled;
    }

    @Override
    public void decided(TokenDay day, Lever lever, double value) {
        if (sampled[day.slot()]) {
            decisions.add(new Decision(day, lever, lever.current(day), value));
        }
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        decisions.clear();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Match match = event.getMatch();
        List<? extends Object> facts = match.getObjects();
        TokenDay matchedDay = null;
        for (Object fact : facts) {
            if (fact instanceof TokenDay token && sampled[token.slot()]) {
                matchedDay = token;
                break;
            }
        }
        if (decisions.isEmpty() && matchedDay == null) {
            return;
        }
        int rule = ruleIndex.getOrDefault(match.getRule().getName(), -1);
        if (rule < 0) {
            decisions.clear();
            return;
        }
        DeclaredRule declared = rules.get(rule);
        String file = declared.span().file().name();
        int line = declared.span().line();
        // the facts the rule as written matches, the levels it reads through globals included
        PolicyGlobals.Splice splice = splices.get(match.getRule().getName());
        String matched = FactText.of(splice == null ? facts : splice.restore(facts, levels));
        if (decisions.isEmpty()) {
            today.add(new AuditRecord(
                    matchedDay.getPath(),
                    matchedDay.getDay(),
                    rule,
                    declared.name(),
                    file,
                    line,
                    "",
                    Double.NaN,
                    Double.NaN,
                    matched));
        }
        for (Decision decision : decisions) {
            today.add(new AuditRecord(
                    decision.day().getPath(),
                    decision.day().getDay(),
                    rule,
                    declared.name(),
                    file,
                    line,
                    decision.lever().key(),
                    decision.before(),
                    decision.after(),
                    matched));
        }
        decisions.clear();
    }

    /** Starts a day: forgets what a failed day may have left. */
    void startDay() {
        decisions.clear();
        today.clear();
    }

    /** Ends a day whose decisions were applied: hands its records to the trail in path, then rule order. */
    void endDay() {
        today.sort(PATH_THEN_RULE);
        today.forEach(trail::record);
        today.clear();
    }
}
