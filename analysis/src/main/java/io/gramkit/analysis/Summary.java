package io.gramkit.analysis;

import io.gramkit.interpreter.PathOutcomes;
import io.gramkit.interpreter.RuleChanges;
import io.gramkit.interpreter.RunResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headline answers of a run: horizon quantiles of the key quantities, the shares of paths
 * that depegged or halted minting, and how often each rule changed something.
 */
public record Summary(
        String scenario,
        int paths,
        int horizonDays,
        long seed,
        String generator,
        Map<String, double[]> horizonQuantiles,
        Share maxDiscountAbove1Percent,
        Share maxDiscountAbove10Percent,
        Share haltedMinting,
        List<RuleChanges> ruleChanges) {

    /** Probabilities of the horizon quantiles: 5, 50 and 95%. */
    public static final List<Double> PROBABILITIES = List.of(0.05, 0.50, 0.95);
    /** {@link #PROBABILITIES} as the array {@link Quantiles#of} takes. */
    private static final double[] LEVELS =
            PROBABILITIES.stream().mapToDouble(Double::doubleValue).toArray();
    /** Quantities with horizon quantiles, mapped to their paths.csv column. */
    public static final Map<String, String> QUANTITIES =
            Map.of("discount", "discount", "coverage", "coverage", "supply", "supply", "gold", "gold_price");

    private static final List<String> ORDER = List.of("discount", "coverage", "supply", "gold");

    public Summary {
        horizonQuantiles = Map.copyOf(horizonQuantiles);
        ruleChanges = List.copyOf(ruleChanges);
    }

    public static Summary of(RunResult result) {
        PathOutcomes outcomes = result.outcomes();
        Map<String, double[]> quantiles = new LinkedHashMap<>();
        for (String quantity : ORDER) {
            quantiles.put(quantity, Quantiles.of(outcomes.column(QUANTITIES.get(quantity)), LEVELS));
        }
        int n = outcomes.size();
        long above1 = 0;
        long above10 = 0;
        long halted = 0;
        for (int path = 0; path < n; path++) {
            above1 += outcomes.maxDiscount(path) > 0.01 ? 1 : 0;
            above10 += outcomes.maxDiscount(path) > 0.10 ? 1 : 0;
            halted += outcomes.daysMintingHalted(path) > 0 ? 1 : 0;
        }
        return new Summary(
                result.scenario().name(),
                n,
                result.scenario().horizonDays(),
                result.scenario().seed(),
                result.generator(),
                quantiles,
                new Share(above1, n),
                new Share(above10, n),
                new Share(halted, n),
                result.ruleChanges());
    }

    /** Quantities with horizon quantiles, in report order. */
    public List<String> quantities() {
        return ORDER;
    }

    public double[] quantiles(String quantity) {
        return horizonQuantiles.get(quantity).clone();
    }
}
