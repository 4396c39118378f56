package io.gramkit.analysis;

import io.gramkit.interpreter.PathOutcomes;
import java.io.IOException;
import java.io.Writer;

/**
 * paths.csv: one row per path, the model brief's columns in its order, then the columns of the
 * extensions that are on (none for the reference model).
 */
public final class PathsCsv {
    private PathsCsv() {}

    public static void write(PathOutcomes outcomes, Writer out) throws IOException {
        out.write(String.join(",", outcomes.columns()));
        out.write('\n');
        StringBuilder line = new StringBuilder(256);
        for (int path = 0; path < outcomes.size(); path++) {
            line.setLength(0);
            line.append(path)
                    .append(',')
                    .append(outcomes.goldPrice(path))
                    .append(',')
                    .append(outcomes.supply(path))
                    .append(',')
                    .append(outcomes.reserves(path))
                    .append(',')
                    .append(outcomes.cash(path))
                    .append(',')
                    .append(outcomes.marketPrice(path))
                    .append(',')
                    .append(outcomes.discount(path))
                    .append(',')
                    .append(outcomes.fee(path))
                    .append(',')
                    .append(outcomes.mintEnabled(path) ? 1 : 0)
                    .append(',')
                    .append(outcomes.coverage(path))
                    .append(',')
                    .append(outcomes.redeemedTotal(path))
                    .append(',')
                    .append(outcomes.unmetTotal(path))
                    .append(',')
                    .append(outcomes.mintedTotal(path))
                    .append(',')
                    .append(outcomes.maxDiscount(path))
                    .append(',')
                    .append(outcomes.daysFeeRaised(path))
                    .append(',')
                    .append(outcomes.daysMintingHalted(path));
            for (String column : outcomes.extensionColumns()) {
                line.append(',').append(outcomes.value(path, column));
            }
            line.append('\n');
            out.append(line);
        }
    }
}
