package io.gramkit.interpreter;

import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.model.Behaviour;
import io.gramkit.model.Gold;
import io.gramkit.model.GoldModel;
import io.gramkit.model.MintingPolicy;
import io.gramkit.model.RedemptionPolicy;
import io.gramkit.model.Scenario;
import io.gramkit.model.Shock;
import io.gramkit.model.Token;
import java.util.List;

/** Scenarios built in code for tests: the reference parameters of the model brief. */
public final class TestScenarios {
    public static final SourceSpan SPAN = SourceSpan.of(new SourceFile("test-scenario", ""));

    private TestScenarios() {}

    /** The reference scenario of the model brief, with the given paths and seed. */
    public static Scenario reference(int paths, long seed) {
        return new Scenario(
                SPAN,
                "Reference v1",
                "built in code",
                365,
                paths,
                seed,
                new Gold(
                        SPAN,
                        75.0,
                        new GoldModel.Gbm(SPAN, 0.0, 0.18),
                        List.of(new Shock.Move(SPAN, "Two-day drop", -0.13, 2, 10))),
                new Token(SPAN, 1_000_000.0, 950_000.0, 4_125_000.0),
                referenceBehaviour(),
                new RedemptionPolicy(SPAN, 0.0025, 0.01, 0.01, 0.002, 0.02),
                new MintingPolicy(SPAN, 1.0),
                List.of());
    }

    public static Behaviour referenceBehaviour() {
        return new Behaviour(SPAN, 0.001, 5.0, 0.5, 0.003, 0.95, 0.5);
    }

    /** The reference scenario with a zero-volatility, drift-free market and no shocks. */
    public static Scenario flatGold(int horizonDays) {
        Scenario reference = reference(1, 1);
        return reference
                .withHorizon(horizonDays)
                .withGold(new Gold(SPAN, 75.0, new GoldModel.Gbm(SPAN, 0.0, 0.0), List.of()));
    }

    public static Scenario withToken(Scenario scenario, Token token) {
        return scenario.withToken(token);
    }

    public static Scenario withBehaviour(Scenario scenario, Behaviour behaviour) {
        return scenario.withBehaviour(behaviour);
    }
}
