package io.gramkit;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.model.Extensions;
import io.gramkit.model.Scenario;
import io.gramkit.model.settings.SettingBlock;
import io.gramkit.model.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rule-library levels act only through a rule that reads them: a warning (G228) for each policy
 * block whose levels no rule of the scenario's rule set reads. Which levels a block sets comes
 * from the settings catalogue (each declaration names the rule level that reads it); which levels
 * the rules read comes from the rule catalogue, over every form of rule file a run loads.
 */
final class UnreadLevels {
    /** A library policy the scenario may set: where, how messages name it, and the library files that read it. */
    private record Policy(Optional<SourceSpan> span, String what, SettingBlock block, String libraryFiles) {}

    private UnreadLevels() {}

    static List<Diagnostic> of(Scenario scenario, Set<String> levelsRead) {
        Extensions x = scenario.extensions();
        List<Policy> policies = List.of(
                new Policy(
                        x.collateral().map(Extensions.CollateralLevels::span),
                        "policy collateral",
                        SettingBlock.COLLATERAL,
                        "collateral-gate.drl or treasury-top-up.drl"),
                new Policy(
                        x.pegDefence().map(Extensions.PegDefenceLevels::span),
                        "policy peg defence",
                        SettingBlock.PEG_DEFENCE,
                        "peg-daily-limit.drl or peg-buyback.drl"),
                new Policy(
                        x.rebalancingBand().map(Extensions.RebalancingBand::span),
                        "policy rebalancing",
                        SettingBlock.REBALANCING,
                        "rebalancing.drl"),
                new Policy(
                        x.circuitBreaker().map(Extensions.CircuitBreakerLevels::span),
                        "pause redemptions",
                        SettingBlock.CIRCUIT_BREAKER,
                        "circuit-breaker.drl"));
        List<Diagnostic> warnings = new ArrayList<>();
        for (Policy policy : policies) {
            if (policy.span().isEmpty()) {
                continue;
            }
            List<String> levels = Settings.ALL.stream()
                    .filter(d -> d.block() == policy.block())
                    .flatMap(d -> d.ruleLevel().stream())
                    .toList();
            if (levels.stream().noneMatch(levelsRead::contains)) {
                String fact = levels.get(0).substring(0, levels.get(0).indexOf('.'));
                warnings.add(GramCode.LEVELS_UNREAD.at(
                        policy.span().get(),
                        policy.what() + " sets levels that no rule file of this scenario reads (no rule reads " + fact
                                + "); name one with 'rules', such as the library's " + policy.libraryFiles()));
            }
        }
        return warnings;
    }
}
