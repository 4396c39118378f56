package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.rules.RuleSetFingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gram rules book: what it writes, its exit codes, and its errors. */
class RulesBookCommandTest {
    @TempDir
    Path temp;

    private static String repository(String relative) {
        return Cli.repository().resolve(relative).toString();
    }

    @Test
    void writesTheHtmlBookOfTheLibrary() throws IOException {
        Path out = temp.resolve("book/library.html");
        Cli run = Cli.run("rules", "book", repository("rules/library"), "--html", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String fingerprint = RuleSetFingerprint.of(Path.of(repository("rules/library")));
        assertThat(run.out())
                .isEqualTo("sha256:" + fingerprint + "  " + repository("rules/library") + "\nwrote " + out
                        + " (10 rules)\n");
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("sha256:" + fingerprint);
        assertThat(html).contains("Pause redemptions after a sharp fall in gold");
        assertThat(Files.getPosixFilePermissions(out))
                .as("readable by the committee, not private as a temporary file is")
                .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
        try (var left = Files.list(out.getParent())) {
            assertThat(left).as("no partial file is left behind").containsExactly(out);
        }
    }

    @Test
    void writesTheMarkdownBookOfADslrForm() throws IOException {
        Path out = temp.resolve("tiers.md");
        Cli run = Cli.run("rules", "book", repository("rules/fee-tiers/dslr"), "--markdown", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out))
                .startsWith("# Rule book: ")
                .contains("### Charge 2% while the discount is above 3%\n")
                .contains("- **When:** discount is above 0.03 and discount is at most 0.05\n")
                .contains("    - the discount is above 3%\n");
    }

    @Test
    void refusesToReplaceABookUnlessForced() throws IOException {
        Path out = Files.writeString(temp.resolve("book.html"), "old");
        Cli refused = Cli.run("rules", "book", repository("rules/reference"), "--html", out.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("gram: error: '" + out + "' exists; pass --force to replace it\n");
        assertThat(Files.readString(out)).isEqualTo("old");

        Cli forced = Cli.run("rules", "book", repository("rules/reference"), "--html", out.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readString(out)).contains("Halt minting below full coverage");
    }

    @Test
    void aMissingFolderIsBadInputAndWritesNothing() {
        Path out = temp.resolve("book.html");
        Cli run = Cli.run("rules", "book", temp.resolve("nowhere").toString(), "--html", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: no rule file or folder at '" + temp.resolve("nowhere") + "'");
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void aRuleThatDoesNotCompileIsReportedAtItsLine() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), """
                package io.gramkit.rules.test;

                import io.gramkit.rules.TokenDay;

                rule "Broken"
                when
                    $token : TokenDay( discont > 0.05 )
                then
                    $token.chargeFee( 0.03 );
                end
                """);
        Path out = temp.resolve("book.md");
        Cli run = Cli.run("rules", "book", rules.toString(), "--markdown", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(rules.resolve("broken.drl") + ":7:").contains("error: ");
        assertThat(out).doesNotExist();
    }

    @Test
    void wantsExactlyOneOutput() {
        Cli neither = Cli.run("rules", "book", repository("rules/reference"));
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("--html").contains("--markdown");

        Cli both = Cli.run(
                "rules",
                "book",
                repository("rules/reference"),
                "--html",
                temp.resolve("a.html").toString(),
                "--markdown",
                temp.resolve("a.md").toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
    }
}
