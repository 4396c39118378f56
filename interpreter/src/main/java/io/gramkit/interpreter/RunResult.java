package io.gramkit.interpreter;

import io.gramkit.model.Scenario;
import java.time.Duration;
import java.util.List;

/**
 * What a run produced: per-path outcomes after the horizon and per-rule change counts, with
 * what is needed to reproduce it (scenario, generator description, rule files).
 */
public record RunResult(
        Scenario scenario,
        PathOutcomes outcomes,
        List<RuleChanges> ruleChanges,
        List<RuleFile> ruleFiles,
        String generator,
        int threads,
        Duration elapsed) {

    public RunResult {
        ruleChanges = List.copyOf(ruleChanges);
        ruleFiles = List.copyOf(ruleFiles);
    }

    public int paths() {
        return outcomes.size();
    }
}
