package io.gramkit.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects one session's decisions during one {@code fireAllRules()}: the agenda listener says
 * which rule is firing, the levers of {@link TokenDay} record what it decided. Consequences thus
 * stay plain policy ({@code $token.haltMinting()}) with no {@code drools.getRule()} in them.
 */
final class DecisionRecorder {
    /** A lever value a rule asked for that the model cannot take; reported after the rules ran. */
    record InvalidDecision(int rule, int path, Lever lever, double value) {}

    /** Told of every decision as it is recorded: the audit trail. */
    interface DecisionListener {
        void decided(TokenDay day, Lever lever, double value);
    }

    private final List<TokenDay> decided = new ArrayList<>();
    private DecisionListener listener;
    private final long[] firings;
    private int firingRule = -1;
    private InvalidDecision invalid;

    DecisionRecorder(int rules) {
        this.firings = new long[rules];
    }

    /** A rule starts firing; -1 for something that is not one of the listed rules. */
    void ruleFiring(int rule) {
        firingRule = rule;
        if (rule >= 0) {
            firings[rule]++;
        }
    }

    void ruleDone() {
        firingRule = -1;
    }

    void record(TokenDay day, Lever lever, double value) {
        if (firingRule < 0) {
            throw new IllegalStateException("levers are pulled by rule consequences only");
        }
        if (!lever.accepts(value)) {
            if (invalid == null) {
                invalid = new InvalidDecision(firingRule, day.getPath(), lever, value);
            }
            return;
        }
        if (day.markDecided()) {
            decided.add(day);
        }
        day.decisions(lever).add(firingRule, value);
        if (listener != null) {
            listener.decided(day, lever, value);
        }
    }

    /** Sets the one listener told of every valid decision (null: none). */
    void listen(DecisionListener decisionListener) {
        this.listener = decisionListener;
    }

    /** The path-days with at least one decision since the last {@link #clear()}, in firing order. */
    List<TokenDay> decided() {
        return decided;
    }

    InvalidDecision invalid() {
        return invalid;
    }

    /** How many times each rule fired since the session opened (changes or not); for tests. */
    long[] firings() {
        return firings.clone();
    }

    void clear() {
        for (TokenDay day : decided) {
            day.clearDecisions();
        }
        decided.clear();
        invalid = null;
        firingRule = -1;
    }
}
