package io.gramkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import org.junit.jupiter.api.Test;

/** The extensions are off by default, validate their values and keep their spans. */
class ExtensionsTest {
    private static final SourceSpan SPAN = SourceSpan.of(new SourceFile("test", ""));

    @Test
    void noneIsTheReferenceModel() {
        assertThat(Extensions.NONE.changesTheStep()).isFalse();
        assertThat(Extensions.NONE.goldHistoryDays()).isZero();
        assertThat(Extensions.NONE.spans()).isEmpty();
    }

    @Test
    void eachModelPartChangesTheStepAndPolicyLevelsDoNot() {
        assertThat(Extensions.NONE
                        .withSettlementDelay(new Extensions.SettlementDelay(SPAN, 1))
                        .changesTheStep())
                .isTrue();
        assertThat(Extensions.NONE
                        .withMintLimit(new Extensions.MintLimit(SPAN, 0.0))
                        .changesTheStep())
                .isTrue();
        assertThat(Extensions.NONE
                        .withRebalancing(new Extensions.Rebalancing(SPAN, 0.0))
                        .changesTheStep())
                .isTrue();
        assertThat(Extensions.NONE
                        .withCustodyFee(new Extensions.CustodyFee(SPAN, 0.0))
                        .changesTheStep())
                .isTrue();
        assertThat(Extensions.NONE
                        .withFeeRevenue(new Extensions.FeeRevenue(SPAN))
                        .changesTheStep())
                .isTrue();
        assertThat(Extensions.NONE
                        .withReserveShortfall(new Extensions.ReserveShortfall(SPAN, 1, 0.0))
                        .changesTheStep())
                .isTrue();
        assertThat(Extensions.NONE.withFeedLag(new Extensions.FeedLag(SPAN, 1)).changesTheStep())
                .isTrue();
        assertThat(Extensions.NONE
                        .withTreasury(new Extensions.Treasury(SPAN, 0.0))
                        .changesTheStep())
                .isTrue();
        Extensions levels = Extensions.NONE
                .withCollateral(new Extensions.CollateralLevels(SPAN, 0.95, 0.005, 0))
                .withPegDefence(new Extensions.PegDefenceLevels(SPAN, 0.03, 0.01, 0.005, 0.02, 0))
                .withRebalancingBand(new Extensions.RebalancingBand(SPAN, 0.03, 0.08, 0.02, 0.25));
        assertThat(levels.changesTheStep()).isFalse();
        assertThat(levels.spans()).hasSize(3);
    }

    @Test
    void theGoldHistoryCoversTheFeedLagAndTheFurthestLookBack() {
        Extensions x = Extensions.NONE
                .withFeedLag(new Extensions.FeedLag(SPAN, 2))
                .withGoldLookbackDays(4)
                .withCircuitBreaker(new Extensions.CircuitBreakerLevels(SPAN, 0.1, 7, 3));
        assertThat(x.goldHistoryDays()).isEqualTo(2 + 7);
        assertThat(x.withGoldLookbackDays(10).goldHistoryDays()).isEqualTo(2 + 10);
    }

    @Test
    void valuesTheModelCannotTakeAreRejected() {
        assertThatThrownBy(() -> new Extensions.SettlementDelay(SPAN, 0))
                .hasMessage("settlement delay must be positive, got 0");
        assertThatThrownBy(() -> new Extensions.MintLimit(SPAN, 1.5))
                .hasMessage("mint limit must be in [0, 1], got 1.5");
        assertThatThrownBy(() -> new Extensions.Rebalancing(SPAN, 1.0))
                .hasMessage("rebalancing spread must be in [0, 1), got 1.0");
        assertThatThrownBy(() -> new Extensions.ReserveShortfall(SPAN, 3, -0.1))
                .hasMessage("shortfall share must be in [0, 1], got -0.1");
        assertThatThrownBy(() -> new Extensions.Treasury(SPAN, Double.POSITIVE_INFINITY))
                .hasMessage("treasury must be zero or more and finite, got Infinity");
        assertThatThrownBy(() -> new Extensions.PegDefenceLevels(SPAN, 0.01, 0.01, 0.005, 0.02, 0))
                .hasMessage("calm discount 0.01 must be below wide discount 0.01");
        assertThatThrownBy(() -> new Extensions.RebalancingBand(SPAN, 0.08, 0.03, 0.02, 0.25))
                .hasMessage("lower cash buffer 0.08 must be below upper cash buffer 0.03");
        assertThatThrownBy(() -> new Extensions.CircuitBreakerLevels(SPAN, 0.0, 3, 3))
                .hasMessage("breaker fall must be in (0, 1), got 0.0");
        assertThatThrownBy(() -> Extensions.NONE.withGoldLookbackDays(-1))
                .hasMessage("gold lookback must be zero or more days, got -1");
    }

    @Test
    void aScenarioKeepsItsExtensionsThroughItsOtherWithers() {
        Extensions lag = Extensions.NONE.withFeedLag(new Extensions.FeedLag(SPAN, 3));
        Scenario scenario = new Scenario(
                SPAN,
                "s",
                "",
                10,
                1,
                1,
                new Gold(SPAN, 75.0, new GoldModel.Gbm(SPAN, 0.0, 0.18), java.util.List.of()),
                new Token(SPAN, 1_000.0, 950.0, 4_125.0),
                new Behaviour(SPAN, 0.001, 5.0, 0.5, 0.003, 0.95, 0.5),
                new RedemptionPolicy(SPAN, 0.0025, 0.01, 0.01, 0.002, 0.02),
                new MintingPolicy(SPAN, 1.0),
                java.util.List.of());
        assertThat(scenario.extensions()).isEqualTo(Extensions.NONE);
        Scenario lagged = scenario.withExtensions(lag);
        assertThat(lagged.withPaths(5)
                        .withSeed(2)
                        .withHorizon(20)
                        .withRules(java.util.List.of())
                        .extensions())
                .isEqualTo(lag);
    }
}
