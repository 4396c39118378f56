package io.gramkit.analysis;

import io.gramkit.interpreter.RuleChanges;
import java.io.IOException;
import java.io.Writer;

/**
 * summary.csv: {@code metric,value,standard_error}, one headline number per row. Nothing in it
 * depends on the number of threads or the time taken, so it is byte-identical across runs.
 */
public final class SummaryCsv {
    private SummaryCsv() {}

    public static void write(Summary summary, Writer out) throws IOException {
        Csv.row(out, "metric", "value", "standard_error");
        Csv.row(out, "scenario", summary.scenario(), "");
        Csv.row(out, "paths", Integer.toString(summary.paths()), "");
        Csv.row(out, "horizon_days", Integer.toString(summary.horizonDays()), "");
        Csv.row(out, "seed", Long.toString(summary.seed()), "");
        Csv.row(out, "generator", summary.generator(), "");
        for (String quantity : summary.quantities()) {
            double[] q = summary.quantiles(quantity);
            for (int i = 0; i < q.length; i++) {
                String name = quantity + "_q" + String.format("%02d", Math.round(Summary.PROBABILITIES.get(i) * 100));
                Csv.row(out, name, Csv.number(q[i]), "");
            }
        }
        share(out, "share_max_discount_above_1pct", summary.maxDiscountAbove1Percent());
        share(out, "share_max_discount_above_10pct", summary.maxDiscountAbove10Percent());
        share(out, "share_minting_halted", summary.haltedMinting());
        for (RuleChanges rule : summary.ruleChanges()) {
            Csv.row(out, "rule_changes: " + rule.rule(), Long.toString(rule.pathDays()), "");
        }
    }

    private static void share(Writer out, String name, Share share) throws IOException {
        Csv.row(out, name, Csv.number(share.value()), Csv.number(share.standardError()));
    }
}
