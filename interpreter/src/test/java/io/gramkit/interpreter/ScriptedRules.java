package io.gramkit.interpreter;

import io.gramkit.model.Scenario;
import java.util.List;

/**
 * The reference rules (the plain-Java oracle) followed by a test's script, which may read each
 * path's end-of-day state and pull the extensions' levers: a stand-in for library rules in
 * interpreter tests.
 */
final class ScriptedRules implements ResponseRules {
    /** Called once per path-day after the reference rules. */
    @FunctionalInterface
    interface Script {
        void respond(int day, PathState state);
    }

    private final ReferenceRulesOracle reference = new ReferenceRulesOracle();
    private final Script script;

    ScriptedRules(Script script) {
        this.script = script;
    }

    @Override
    public List<String> ruleNames() {
        return reference.ruleNames();
    }

    @Override
    public List<RuleFile> files() {
        return List.of();
    }

    @Override
    public ResponseSession open(Scenario scenario, List<PathState> paths) {
        ResponseSession rules = reference.open(scenario, paths);
        return new ResponseSession() {
            @Override
            public void respond(int day, long[] changes) {
                rules.respond(day, changes);
                for (PathState state : paths) {
                    script.respond(day, state);
                }
            }

            @Override
            public void close() {
                rules.close();
            }
        };
    }
}
