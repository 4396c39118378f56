package io.gramkit.dsl.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void distanceCountsASwapOfNeighboursAsOneEdit() {
        assertThat(Suggestions.distance("spto", "spot")).isEqualTo(1);
        assertThat(Suggestions.distance("behavior", "behaviour")).isEqualTo(1);
        assertThat(Suggestions.distance("gram", "gold")).isEqualTo(3);
        assertThat(Suggestions.distance("", "fee")).isEqualTo(3);
    }

    @Test
    void suggestsTheClosestExpectedKeywordWithinTheAllowance() {
        List<String> gold = List.of("spot", "model", "shock", "}");
        assertThat(Suggestions.closest("spto", gold)).contains("spot");
        assertThat(Suggestions.closest("Spot", gold)).contains("spot");
        assertThat(Suggestions.closest("modle", gold)).contains("model");
        assertThat(Suggestions.closest("price", gold)).isEmpty();
        assertThat(Suggestions.closest("x".repeat(1000), gold)).isEmpty();
    }

    @Test
    void knowsTheWordsPeopleWriteForUnitSymbols() {
        assertThat(Suggestions.closest("percent", List.of("%", "bp"))).contains("%");
        assertThat(Suggestions.closest("grams", List.of("g", "oz", "t"))).contains("g");
        assertThat(Suggestions.closest("percent", List.of("spot"))).isEmpty();
    }
}
