package io.gramkit.rules;

import static io.gramkit.rules.TestRuleFiles.drl;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The book printed: HTML self-contained and escaped, Markdown escaped; every rule and the fingerprint in both. */
class RuleBookRenderingTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(
            strings = {"reference", "library", "debt", "fee-tiers/drl", "fee-tiers/dslr", "fee-tiers/decision-table"})
    void bothFormsHoldEveryRuleTheFingerprintAndEveryHeader(String source) {
        RuleBook book = RuleBook.of(List.of(Path.of(source)));
        String html = RuleBookHtml.render(book);
        String markdown = RuleBookMarkdown.render(book);

        String fingerprint = "sha256:" + RuleSetFingerprint.of(Path.of(source));
        assertThat(html).contains(fingerprint);
        assertThat(markdown).contains(fingerprint);
        for (RuleBook.Rule rule : book.rules()) {
            assertThat(html).contains(">" + RuleBookHtml.escape(rule.name()) + "</h3>");
            assertThat(markdown).contains("### " + RuleBookMarkdown.escape(rule.name()) + "\n");
            assertThat(html).contains(RuleBookHtml.escape(rule.condition()));
            assertThat(html).contains(RuleBookHtml.escape(rule.header().field("Purpose")));
        }
    }

    @Test
    void theHtmlIsOnePageThatAsksForNothingElse() {
        String html = RuleBookHtml.render(RuleBook.of(List.of(Path.of("library"))));

        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<style>")
                .contains("@media print")
                .contains("default-src 'none'")
                .doesNotContain("<script")
                .doesNotContain("<link")
                .doesNotContain("<img")
                .doesNotContain("http://")
                .doesNotContain("https://")
                .doesNotContain("url(");
        // one id per rule, each unique, each linked from the contents
        Matcher ids = Pattern.compile("<article class=\"rule\" id=\"([^\"]+)\"").matcher(html);
        List<String> found = ids.results().map(match -> match.group(1)).toList();
        assertThat(found).hasSize(10).doesNotHaveDuplicates();
        assertThat(found).allSatisfy(id -> assertThat(html).contains("href=\"#" + id + "\""));
        assertThat(found).contains("rule-pause-redemptions-after-a-sharp-fall-in-gold");
    }

    @Test
    void textFromTheRuleFilesIsEscaped() {
        TestRuleFiles.write(folder, "odd <names>.drl", """
                // Purpose: <b>bold</b> & "quoted" *stars* `ticks` | pipes
                // Owner:   governance.
                """ + TestRuleFiles.HEADER + """

                rule "Halt <minting> & *all* `that` | more"
                when
                    $token : TokenDay( coverage < 0.9 )
                then
                    $token.haltMinting(); // a comment with </pre> in it
                end

                rule "Halt <minting> & *all* `that` | more!"
                when
                    $token : TokenDay( coverage < 0.8 )
                then
                    $token.haltMinting();
                end
                """);
        RuleBook book = RuleBook.of(List.of(folder));
        String html = RuleBookHtml.render(book);
        String markdown = RuleBookMarkdown.render(book);

        assertThat(html)
                .doesNotContain("<b>bold</b>")
                .doesNotContain("<minting>")
                .doesNotContain("with </pre>")
                .contains("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;")
                .contains("Halt &lt;minting&gt; &amp; *all*")
                .contains("id=\"rule-halt-minting-all-that-more\"")
                .contains("id=\"rule-halt-minting-all-that-more-2\"");
        assertThat(markdown)
                .contains("### Halt \\<minting\\> & \\*all\\* \\`that\\` \\| more\n")
                .contains("\\<b\\>bold\\</b\\>")
                .contains("```drl\nrule \"Halt <minting> & *all* `that` | more\"");
    }

    @Test
    void aSourceWithACodeFenceInItGetsALongerFence() {
        drl(folder, "fence.drl", """
                rule "Fenced"
                when
                    $token : TokenDay( coverage < 0.9 )
                then
                    $token.haltMinting(); // ``` is not the end of the block
                end
                """);
        String markdown = RuleBookMarkdown.render(RuleBook.of(List.of(folder)));

        assertThat(markdown).contains("````drl\n").contains("\n````\n");
    }
}
