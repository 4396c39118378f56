package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `gram check` compiles the rules a scenario names; option and output-path mistakes are bad input. */
class CheckAndUsageTest {
    @TempDir
    Path temp;

    @Test
    void checkReportsBrokenRulesTheScenarioNames() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), """
                package x;
                import io.gramkit.rules.TokenDay;
                rule "Broken"
                when
                  TokenDay( discount > )
                then
                end
                """);
        String text =
                Files.readString(Path.of(Cli.reference())).replace("rules \"../rules/reference\"", "rules \"rules\"");
        Path scenario = Files.writeString(temp.resolve("scenario.gram"), text);
        Cli check = Cli.run("check", scenario.toString());
        assertThat(check.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(check.err()).contains("broken.drl:5:").contains("[R110]");
        assertThat(check.out()).doesNotContain("ok");

        Cli good = Cli.run("check", Cli.reference());
        assertThat(good.exitCode()).as(good.err()).isZero();
        assertThat(good.out()).contains("ok");
    }

    @Test
    void optionMistakesArePrintedAsErrorsWithASuggestion() {
        Cli misspelt = Cli.run("run", Cli.reference(), "--path", "5");
        assertThat(misspelt.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(misspelt.err())
                .startsWith("gram: error: ")
                .contains("--paths")
                .contains("gram run --help");
        Cli notANumber = Cli.run("run", Cli.reference(), "--paths", "five");
        assertThat(notANumber.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(notANumber.err()).startsWith("gram: error: ").doesNotContain("Usage:");
    }

    @Test
    void anOutputPathThatCannotBeWrittenIsBadInputNotABug() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        Cli run = Cli.run(
                "run",
                Cli.reference(),
                "--paths",
                "10",
                "--out",
                file.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("gram: error: cannot write").doesNotContain("internal error");
    }
}
