package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.diagnostic.DiagnosticPrinter;
import io.gramkit.dsl.ScenarioLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `gram fmt`: rewrites in place, `--check` for CI, and leaves a file that does not parse alone. */
class FmtCommandTest {
    private static final String MESSY = """
            scenario "Fmt" {
            horizon 30 days   paths 10
                seed 1   // the seed



            gold { spot 75 USD/g model gbm drift 0 % vol 18% }
            token { supply 1,000
              reserves 1,000 g gold }
            }""";
    private static final String FORMATTED = """
            scenario "Fmt" {
              horizon 30 days paths 10
              seed 1  // the seed

              gold {
                spot 75 USD/g model gbm drift 0% vol 18%
              }
              token {
                supply 1,000
                reserves 1,000 g gold
              }
            }
            """;
    private static final String BROKEN = "scenario \"Broken\" {\n  horizon 30 days\n  gold { spto 75 USD/g }\n";

    @TempDir
    Path temp;

    @Test
    void rewritesFilesInPlaceAndNamesThoseItChanged() throws IOException {
        Path messy = Files.writeString(temp.resolve("messy.gram"), MESSY);
        Path tidy = Files.writeString(temp.resolve("tidy.gram"), FORMATTED);
        Cli fmt = Cli.run("fmt", messy.toString(), tidy.toString());
        assertThat(fmt.exitCode()).as(fmt.err()).isZero();
        assertThat(fmt.out()).isEqualTo(messy + System.lineSeparator());
        assertThat(Files.readString(messy)).isEqualTo(FORMATTED);
        assertThat(Files.readString(tidy)).isEqualTo(FORMATTED);
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).as("no temporary file is left behind").hasSize(2);
        }
    }

    @Test
    void rewritesWhatASymbolicLinkPointsAtAndKeepsTheLink() throws IOException {
        Path messy = Files.writeString(temp.resolve("messy.gram"), MESSY);
        Path link = Files.createSymbolicLink(temp.resolve("link.gram"), messy.getFileName());
        Cli fmt = Cli.run("fmt", link.toString());
        assertThat(fmt.exitCode()).as(fmt.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(messy)).isEqualTo(FORMATTED);
    }

    @Test
    void checkChangesNothingNamesUnformattedFilesAndExitsOne() throws IOException {
        Path messy = Files.writeString(temp.resolve("messy.gram"), MESSY);
        Path tidy = Files.writeString(temp.resolve("tidy.gram"), FORMATTED);
        Cli check = Cli.run("fmt", "--check", tidy.toString(), messy.toString());
        assertThat(check.exitCode()).as(check.err()).isEqualTo(ExitCode.NOT_FORMATTED);
        assertThat(check.out()).isEqualTo(messy + System.lineSeparator());
        assertThat(Files.readString(messy)).isEqualTo(MESSY);

        Cli clean = Cli.run("fmt", "--check", tidy.toString());
        assertThat(clean.exitCode()).as(clean.err()).isZero();
        assertThat(clean.out()).isEmpty();
    }

    @Test
    void aFileThatDoesNotParseIsLeftAloneWithTheErrorsCheckPrints() throws IOException {
        Path broken = Files.writeString(temp.resolve("broken.gram"), BROKEN);
        Path messy = Files.writeString(temp.resolve("messy.gram"), MESSY);
        for (String option : new String[] {"--check", "--stdout", "--help"}) {
            Cli fmt = option.equals("--help")
                    ? Cli.run("fmt", broken.toString(), messy.toString())
                    : Cli.run("fmt", option, broken.toString());
            assertThat(fmt.exitCode()).as(option).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(fmt.err())
                    .as(option)
                    .isEqualTo(DiagnosticPrinter.render(ScenarioLoader.check(broken)))
                    .contains("[G1");
            assertThat(Files.readString(broken)).isEqualTo(BROKEN);
        }
        assertThat(Files.readString(messy)).as("the other file is formatted").isEqualTo(FORMATTED);
        Cli missing = Cli.run("fmt", temp.resolve("missing.gram").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("cannot read the file: it does not exist [G100]");
    }

    @Test
    void printsInsteadOfRewritingWithStdoutOrADash() throws IOException {
        Path messy = Files.writeString(temp.resolve("messy.gram"), MESSY);
        Cli printed = Cli.run("fmt", "--stdout", messy.toString());
        assertThat(printed.exitCode()).as(printed.err()).isZero();
        assertThat(printed.out()).isEqualTo(FORMATTED);
        assertThat(Files.readString(messy)).isEqualTo(MESSY);

        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(MESSY.getBytes(StandardCharsets.UTF_8)));
            Cli piped = Cli.run("fmt", "-");
            assertThat(piped.exitCode()).as(piped.err()).isZero();
            assertThat(piped.out()).isEqualTo(FORMATTED);
        } finally {
            System.setIn(stdin);
        }
        assertThat(Cli.run("fmt", "--check", "--stdout", messy.toString()).exitCode())
                .isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void helpDocumentsTheExitCodes() {
        Cli help = Cli.run("fmt", "--help");
        assertThat(help.out()).contains("--check").contains("Exit codes:").contains("1   --check only");
    }
}
