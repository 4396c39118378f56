package io.gramkit.rules;

import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Tells the recorder which rule is firing, so each decision is credited to its rule. */
final class RuleAttribution extends DefaultAgendaEventListener {
    private final Map<String, Integer> ruleIndex;
    private final DecisionRecorder recorder;

    RuleAttribution(Map<String, Integer> ruleIndex, DecisionRecorder recorder) {
        this.ruleIndex = ruleIndex;
        this.recorder = recorder;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        recorder.ruleFiring(ruleIndex.getOrDefault(event.getMatch().getRule().getName(), -1));
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        recorder.ruleDone();
    }
}
