package io.gramkit;

import io.gramkit.interpreter.ResponseRules;
import io.gramkit.model.RuleSource;
import io.gramkit.model.Scenario;
import io.gramkit.rules.DroolsRules;
import java.util.List;

/** The rules a scenario runs with: the files it names, or the kit's packaged reference rules. */
final class RuleSets {
    private RuleSets() {
    }

    static ResponseRules forScenario(Scenario scenario) {
        List<RuleSource> sources = scenario.rules();
        if (sources.isEmpty()) {
            return DroolsRules.packagedReference();
        }
        return DroolsRules.load(sources.stream().map(RuleSource::path).toList());
    }
}
