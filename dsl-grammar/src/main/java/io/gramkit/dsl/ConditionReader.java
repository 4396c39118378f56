package io.gramkit.dsl;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.dsl.parser.ScenarioParser;
import io.gramkit.dsl.resolve.MeasuredConditions;
import io.gramkit.model.policy.ReportRequest;
import java.util.Optional;

/**
 * Reads a condition written on its own, such as the inside of {@code probability[discount > 5%]}
 * in a command-line option: parsed and checked as a report block's condition, with diagnostics
 * naming {@code source} (the option) and pointing into its text.
 */
public final class ConditionReader {
    private ConditionReader() {}

    /** The condition, or empty with every problem in {@code diagnostics}. */
    public static Optional<ReportRequest.Measured> read(SourceFile source, Diagnostics diagnostics) {
        return ScenarioParser.parseCondition(source, diagnostics)
                .flatMap(node -> MeasuredConditions.resolve(node, diagnostics));
    }
}
