package io.gramkit;

import io.gramkit.analysis.Condition;
import io.gramkit.analysis.Estimate;
import io.gramkit.analysis.Metric;
import io.gramkit.analysis.PolicySetting;
import io.gramkit.interpreter.ResponseRules;
import io.gramkit.model.Scenario;
import io.gramkit.rules.DroolsRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Searches policy settings on common random numbers (every candidate runs the same seed and
 * paths, the rules compiled once): which meet a requirement on one metric (any metric of
 * {@link GramMetrics}), and which of those is best by another. How confident the choice is comes from paired per-path differences:
 * the best candidate against the runner-up on the objective, and how far the best candidate's
 * requirement metric is from its threshold in standard errors.
 */
public final class GramRecommend {
    /** One combination of settings and what it gave. */
    public record Candidate(
            Map<String, Double> settings,
            Estimate requirement,
            Estimate objective,
            boolean meets,
            boolean meetsWithConfidence) {}

    /** The answer; {@code best} is empty when no candidate meets the requirement. */
    public record Result(
            Condition requirement,
            Metric objective,
            List<Candidate> candidates,
            List<String> skipped,
            Optional<Candidate> best,
            Optional<Candidate> runnerUp,
            Optional<Estimate> bestMinusRunnerUp) {}

    private GramRecommend() {}

    public static Result search(
            GramScenario base, List<PolicySetting> settings, Condition requirement, Metric objective) {
        if (settings.isEmpty()) {
            throw new IllegalArgumentException("vary at least one setting");
        }
        base = base.withMetrics(List.of(requirement.metric(), objective));
        ResponseRules rules = DroolsRules.forScenario(base.scenario());
        List<Candidate> candidates = new ArrayList<>();
        List<double[]> objectiveValues = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Map<String, Double> combination : combinations(settings)) {
            Scenario scenario = base.scenario();
            try {
                for (Map.Entry<String, Double> s : combination.entrySet()) {
                    scenario = PolicySetting.apply(scenario, s.getKey(), s.getValue());
                }
            } catch (IllegalArgumentException e) {
                skipped.add(combination + ": " + e.getMessage());
                continue;
            }
            GramRun run = base.withModel(scenario).run(rules);
            Estimate required = requirement.metric().estimate(run.pathResults());
            double[] values = objective.values(run.pathResults());
            Estimate goal = objective.estimate(run.pathResults());
            candidates.add(new Candidate(
                    combination,
                    required,
                    goal,
                    requirement.holds(required.value()),
                    confidently(requirement, required)));
            objectiveValues.add(values);
        }
        List<Integer> meeting = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).meets()) {
                meeting.add(i);
            }
        }
        meeting.sort(
                Comparator.comparingDouble(i -> candidates.get(i).objective().value()));
        Optional<Candidate> best = meeting.isEmpty() ? Optional.empty() : Optional.of(candidates.get(meeting.get(0)));
        Optional<Candidate> runnerUp =
                meeting.size() < 2 ? Optional.empty() : Optional.of(candidates.get(meeting.get(1)));
        Optional<Estimate> gap = Optional.empty();
        if (meeting.size() >= 2) {
            double[] a = objectiveValues.get(meeting.get(0));
            double[] b = objectiveValues.get(meeting.get(1));
            double[] d = new double[a.length];
            for (int p = 0; p < d.length; p++) {
                d[p] = b[p] - a[p];
            }
            gap = Optional.of(Estimate.mean(d));
        }
        return new Result(requirement, objective, candidates, skipped, best, runnerUp, gap);
    }

    /** Whether the whole 95% interval lies on the requirement's side of the threshold. */
    private static boolean confidently(Condition requirement, Estimate e) {
        boolean upper = requirement.op().startsWith("<");
        return requirement.holds(upper ? e.high() : e.low());
    }

    private static List<Map<String, Double>> combinations(List<PolicySetting> settings) {
        List<Map<String, Double>> all = new ArrayList<>();
        all.add(new LinkedHashMap<>());
        for (PolicySetting setting : settings) {
            List<Map<String, Double>> next = new ArrayList<>();
            for (Map<String, Double> partial : all) {
                for (double value : setting.values()) {
                    Map<String, Double> extended = new LinkedHashMap<>(partial);
                    extended.put(setting.name(), value);
                    next.add(extended);
                }
            }
            all = next;
        }
        return all;
    }
}
