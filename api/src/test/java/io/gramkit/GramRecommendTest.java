package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gramkit.analysis.Headline;
import io.gramkit.analysis.PolicySetting;
import java.util.List;
import org.junit.jupiter.api.Test;

class GramRecommendTest {
    private static GramScenario reference() {
        return Gram.load(Repository.file("scenario-library/reference-v1.gram"))
                .withPaths(300)
                .withThreads(2);
    }

    private static final Headline DEVIATION =
            Headline.named("mean_max_deviation_bp").orElseThrow();

    @Test
    void findsHighFeeAndDailyCapSettingsThatKeepDepegsRare() {
        List<PolicySetting> vary = List.of(
                PolicySetting.parse("raised_fee in 1%..2% step 0.5%"), PolicySetting.parse("daily_limit in 2%, 3%"));
        GramRecommend.Result result = GramRecommend.search(
                reference(), vary, GramMetrics.condition("share_max_discount_above_10pct < 5%"), DEVIATION);
        assertThat(result.candidates()).hasSize(6);
        // The file's own policy (1% fee, 2% cap) depegs on about a fifth of paths: it must not meet.
        GramRecommend.Candidate reference = result.candidates().get(0);
        assertThat(reference.settings()).containsEntry("raised_fee", 0.01).containsEntry("daily_limit", 0.02);
        assertThat(reference.meets()).isFalse();
        GramRecommend.Candidate best = result.best().orElseThrow();
        assertThat(best.meets()).isTrue();
        assertThat(best.requirement().value()).isLessThan(0.05);
        for (GramRecommend.Candidate c : result.candidates()) {
            if (c.meets()) {
                assertThat(best.objective().value())
                        .isLessThanOrEqualTo(c.objective().value());
            }
        }
        assertThat(result.bestMinusRunnerUp()).isPresent();
        assertThat(result.bestMinusRunnerUp().get().value()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void saysSoWhenNoSettingMeetsTheRequirement() {
        GramRecommend.Result result = GramRecommend.search(
                reference(),
                List.of(PolicySetting.parse("raised_fee in 1%, 1.5%")),
                GramMetrics.condition("share_max_discount_above_0.5pct < 0%"),
                DEVIATION);
        assertThat(result.best()).isEmpty();
        assertThat(result.candidates()).noneMatch(GramRecommend.Candidate::meets);
    }

    @Test
    void levelsTheModelForbidsAreSkippedAndBadSettingsNamed() {
        GramRecommend.Result result = GramRecommend.search(
                reference().withPaths(20),
                List.of(PolicySetting.parse("calm_discount in 0.5%, 1%")),
                GramMetrics.condition("mean_max_deviation_bp < 1000000"),
                DEVIATION);
        assertThat(result.candidates()).hasSize(1);
        assertThat(result.skipped())
                .singleElement()
                .asString()
                .contains("calm_discount", "must be below wide discount");
        assertThat(PolicySetting.parse("raised_fee in 1%..3% step 0.5%").values())
                .containsExactly(0.01, 0.015, 0.02, 0.025, 0.03);
        assertThatThrownBy(() -> PolicySetting.parse("gold_price in 1, 2"))
                .hasMessageContaining("unknown setting 'gold_price'");
        assertThatThrownBy(() -> PolicySetting.parse("raised_fee 1%")).hasMessageContaining("expected '<setting> in");
    }
}
