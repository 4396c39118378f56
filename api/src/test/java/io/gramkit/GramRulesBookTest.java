package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gramkit.diagnostic.InputException;
import io.gramkit.rules.RuleBook;
import io.gramkit.rules.RuleBookHtml;
import io.gramkit.rules.RuleBookMarkdown;
import io.gramkit.rules.RuleSetFingerprint;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule book as a notebook reaches it: one call, an immutable book, two renderings. */
class GramRulesBookTest {
    @Test
    void aNotebookGetsTheBookOfSeveralSourcesAsOneRuleSet() {
        Path minting = Repository.file("rules/reference/minting.drl");
        Path tiers = Repository.file("rules/fee-tiers/decision-table");

        RuleBook book = GramRules.book(List.of(minting, tiers));

        assertThat(book.fingerprints())
                .extracting(RuleBook.Fingerprint::sha256)
                .containsExactly(RuleSetFingerprint.of(minting), RuleSetFingerprint.of(tiers));
        assertThat(book.rules()).hasSize(6);
        assertThat(book.rules().get(0).source().form()).isEqualTo(RuleBook.Form.DRL);
        assertThat(book.rules().get(5).source().form()).isEqualTo(RuleBook.Form.DECISION_TABLE);
        assertThat(RuleBookHtml.render(book)).contains("Charge 3% while the discount is above 5%");
        assertThat(RuleBookMarkdown.render(book)).contains("### Halt minting below full coverage");
    }

    @Test
    void theBookCannotBeChangedAfterTheFact() {
        RuleBook book = GramRules.book(List.of(Repository.file("rules/reference")));

        assertThat(book.rules()).isUnmodifiable();
        assertThat(book.rules().get(0).levels()).isUnmodifiable();
        assertThat(book.files()).isUnmodifiable();
    }

    @Test
    void rulesThatDoNotLoadAreAnInputException() {
        assertThatThrownBy(() -> GramRules.book(List.of(Path.of("no/such/rules"))))
                .isInstanceOf(InputException.class);
    }
}
