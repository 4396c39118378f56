package io.gramkit.rules;

import static io.gramkit.rules.TestScenarios.SPAN;

import io.gramkit.interpreter.PathState;
import io.gramkit.interpreter.PathStateAccess;
import io.gramkit.model.Extensions;
import io.gramkit.model.Scenario;
import java.nio.file.Path;
import java.util.List;

/** Rule-library files, levels and end-of-day states built in code for the library's rule tests. */
final class LibraryStates {
    static final Extensions.CollateralLevels COLLATERAL =
            new Extensions.CollateralLevels(SPAN, 0.95, 0.005, 1_000_000.0);
    static final Extensions.PegDefenceLevels PEG =
            new Extensions.PegDefenceLevels(SPAN, 0.03, 0.01, 0.005, 0.02, 1_000_000.0);
    static final Extensions.RebalancingBand BAND = new Extensions.RebalancingBand(SPAN, 0.04, 0.08, 0.05, 0.25);
    static final Extensions.CircuitBreakerLevels BREAKER = new Extensions.CircuitBreakerLevels(SPAN, 0.125, 3, 5);

    private LibraryStates() {}

    static DroolsRules load(String file) {
        return DroolsRules.load(List.of(Path.of("library", file)));
    }

    /** The reference scenario with the given library levels. */
    static Scenario with(Extensions extensions) {
        return TestScenarios.reference().withExtensions(extensions);
    }

    /** A calm end-of-day state: discount, coverage; fee 0.25%, minting on, limit 2%, no gate, open. */
    static PathState state(int path, double discount, double coverage) {
        PathState state = PathState.endOfDay(path, 7, discount, coverage, 0.0025, true);
        return PathStateAccess.redemptions(state, 0.02, 1.0, true, 0);
    }
}
