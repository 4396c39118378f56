package io.gramkit.rules;

import io.gramkit.model.settings.Bounds;
import io.gramkit.model.settings.SettingDeclaration;
import io.gramkit.model.settings.Settings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What the review may assume about a policy level when no scenario says its value: its reference
 * value when the settings catalogue gives one, else the range the catalogue declares for it, and the orderings the language checks
 * between levels (the calm discount below the wide one, a band's lower edge below its upper). A
 * level the catalogue does not list (the debt block's) ranges over all reals.
 */
final class LevelRanges {
    /** {lower, upper}: the language rejects a scenario in which lower exceeds upper. */
    private static final List<String[]> ORDERED = List.of(
            new String[] {"RedemptionLevels.calmDiscount", "RedemptionLevels.wideDiscount"},
            new String[] {"PegDefenceLevels.calmDiscount", "PegDefenceLevels.wideDiscount"},
            new String[] {"RebalancingLevels.lowerCash", "RebalancingLevels.upperCash"},
            new String[] {"StabilityFeeLevels.stressRatio", "StabilityFeeLevels.calmRatio"},
            new String[] {"NewDebtLevels.pauseRatio", "NewDebtLevels.resumeRatio"},
            new String[] {"LiquidationRatioLevels.trippingMove", "LiquidationRatioLevels.calmMove"});

    private static final Map<String, SettingDeclaration> BY_LEVEL = new HashMap<>();

    static {
        for (SettingDeclaration setting : Settings.ALL) {
            setting.ruleLevel().ifPresent(level -> BY_LEVEL.putIfAbsent(level, setting));
        }
    }

    private LevelRanges() {}

    /** The declared bounds of a level ({@code RedemptionLevels.wideDiscount}), or null. */
    static Bounds bounds(String level) {
        SettingDeclaration setting = BY_LEVEL.get(level);
        return setting == null ? null : setting.bounds();
    }

    /**
     * A level as a reader of the rules needs it, when no scenario is given: the scenario setting it
     * comes from ({@code wide discount in policy redemption}), the range the catalogue declares and
     * the reference value, written as the scenario writes them; null for a level the catalogue does
     * not list.
     */
    static String[] declared(String level) {
        SettingDeclaration setting = BY_LEVEL.get(level);
        if (setting == null) {
            return null;
        }
        String range = setting.bounds().describe(setting.measure());
        if (setting.negatedInRules()) {
            range += ", read by the rules negated (a fall of 10% is -0.1)";
        }
        String reference = setting.fallback().referenceValue().stream()
                .mapToObj(value -> new Bounds(value, true, value, true)
                        .describe(setting.measure())
                        .replaceFirst("^from (.*) to \\1$", "$1"))
                .findFirst()
                .orElse("");
        return new String[] {setting.words() + " in " + setting.block().header(), range, reference};
    }

    /** The reference value of a level, when the catalogue gives one. */
    static OptionalDouble reference(String level) {
        SettingDeclaration setting = BY_LEVEL.get(level);
        return setting == null ? OptionalDouble.empty() : setting.fallback().referenceValue();
    }

    /** Every level with a reference value. */
    static Map<String, Double> references() {
        Map<String, Double> values = new HashMap<>();
        BY_LEVEL.forEach(
                (level, setting) -> setting.fallback().referenceValue().ifPresent(value -> values.put(level, value)));
        return values;
    }

    /** Adds what is known of the levels among {@code variables} to {@code constraints}. */
    static void constrain(DifferenceConstraints constraints, java.util.Set<String> variables) {
        for (String variable : variables) {
            if (!variable.startsWith(RuleAnatomy.LEVEL)) {
                continue;
            }
            String level = variable.substring(RuleAnatomy.LEVEL.length());
            OptionalDouble reference = reference(level);
            if (reference.isPresent()) {
                // a level the reference scenario sets is taken at that value: tiers written around it
                // (the fee tiers assume a wide discount below 3%) are reviewed as the reference runs them
                constraints.compare(variable, "==", DifferenceConstraints.ZERO, reference.getAsDouble());
                continue;
            }
            Bounds bounds = bounds(level);
            if (bounds == null) {
                continue;
            }
            if (bounds.min() != Double.NEGATIVE_INFINITY) {
                constraints.add(DifferenceConstraints.ZERO, variable, -bounds.min(), !bounds.minIncluded());
            }
            if (bounds.max() != Double.POSITIVE_INFINITY) {
                constraints.add(variable, DifferenceConstraints.ZERO, bounds.max(), !bounds.maxIncluded());
            }
        }
        for (String[] pair : ORDERED) {
            String lower = RuleAnatomy.LEVEL + pair[0];
            String upper = RuleAnatomy.LEVEL + pair[1];
            if (variables.contains(lower) && variables.contains(upper)) {
                constraints.add(lower, upper, 0, false);
            }
        }
    }

    /** The level a literal stands in for: one read against the same observable whose reference value it is. */
    static String levelWithValue(String observable, double value) {
        for (Map.Entry<String, List<String>> entry : COMPARED.entrySet()) {
            if (!observable.equals(entry.getKey())) {
                continue;
            }
            for (String level : entry.getValue()) {
                OptionalDouble reference = reference(level);
                if (reference.isPresent() && reference.getAsDouble() == value) {
                    return level;
                }
            }
        }
        return null;
    }

    /** The levels written for comparison with an observable (docs/rules.md, "What rules can read"). */
    private static final Map<String, List<String>> COMPARED = Map.of(
            "TokenDay.discount",
            List.of(
                    "RedemptionLevels.wideDiscount",
                    "RedemptionLevels.calmDiscount",
                    "PegDefenceLevels.wideDiscount",
                    "PegDefenceLevels.calmDiscount",
                    "PegDefenceLevels.buybackDiscount"),
            "TokenDay.coverage",
            List.of("MintingLevels.minimumCoverage", "CollateralLevels.coverageFloor"),
            "TokenDay.cashBuffer",
            List.of("RebalancingLevels.lowerCash", "RebalancingLevels.upperCash"));
}
