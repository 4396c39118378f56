package io.gramkit.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.DiagnosticPrinter;
import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.dsl.parser.ScenarioParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input of every kind ends as diagnostics, never as an exception or a hang. The timeouts are
 * generous guards against pathological slowness, not performance assertions.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PathologicalInputTest {
    private static final String FIVE_MB = "x".repeat(5 << 20);

    @TempDir
    Path temp;

    @Test
    void missingFileIsOneWholeFileError() {
        List<Diagnostic> diagnostics = ScenarioLoader.check(temp.resolve("absent.gram"));
        assertThat(codes(diagnostics)).containsExactly("G100");
        assertThat(diagnostics.get(0).span().isWholeFile()).isTrue();
        assertThatThrownBy(() -> ScenarioLoader.load(temp.resolve("absent.gram")))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.render())
                                .isEqualTo(temp.resolve("absent.gram")
                                        + ": error: cannot read the file: it does not exist [G100]\n"));
    }

    @Test
    void folderIsNotAFile() {
        assertThat(codes(ScenarioLoader.check(temp))).containsExactly("G100");
    }

    @Test
    void binaryGarbageIsNotText() throws IOException {
        byte[] bytes = new byte[100_000];
        new Random(1).nextBytes(bytes);
        Path file = Files.write(temp.resolve("garbage.gram"), bytes);
        List<Diagnostic> diagnostics = ScenarioLoader.check(file);
        assertThat(codes(diagnostics)).containsExactly("G101");
        assertThat(diagnostics.get(0).message()).startsWith("the file is not UTF-8 text: byte 0x");
    }

    @Test
    void nulCharactersAreNotText() throws IOException {
        Path file = Files.write(temp.resolve("nul.gram"), "scenario \"x\" {\n\0\n}".getBytes(StandardCharsets.UTF_8));
        List<Diagnostic> diagnostics = ScenarioLoader.check(file);
        assertThat(codes(diagnostics)).containsExactly("G101");
        assertThat(diagnostics.get(0).message()).isEqualTo("the file is not text: it holds a NUL character on line 2");
    }

    @Test
    void fileLargerThanTheLimitIsRefusedUnread() throws IOException {
        Path file = temp.resolve("huge.gram");
        try (var out = Files.newOutputStream(file)) {
            byte[] block = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written <= ScenarioLoader.MAX_FILE_BYTES; written += block.length) {
                out.write(block);
            }
        }
        assertThat(codes(ScenarioLoader.check(file))).containsExactly("G107");
    }

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(42);
        String alphabet = "scenario gold token { } \" , % 0123456789 USD/g spot fee \n\t/*//é😀\u0001\\";
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<Diagnostic> diagnostics = check(text.toString());
            assertThat(codes(diagnostics)).as("%s", text).doesNotContain("G299");
            assertThat(DiagnosticPrinter.render(diagnostics)).isNotNull();
        }
    }

    @Test
    void mutatedReferenceScenariosNeverThrow() throws IOException {
        String reference = Files.readString(Repository.root().resolve("scenario-library/reference-v1.gram"));
        Random random = new Random(3);
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder(reference);
            for (int edits = 1 + random.nextInt(5); edits > 0; edits--) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, reference.charAt(random.nextInt(reference.length())));
                    default -> text.delete(at, Math.min(text.length(), at + random.nextInt(30)));
                }
            }
            List<Diagnostic> diagnostics = check(text.toString());
            assertThat(codes(diagnostics)).as("%s", text).doesNotContain("G299");
        }
    }

    @Test
    void emptyFile() {
        assertThat(codes(check(""))).containsExactly("G112");
    }

    @Test
    void fiveMegabyteLineOfOneWord() {
        List<Diagnostic> diagnostics = check(FIVE_MB);
        assertThat(codes(diagnostics)).containsExactly("G110");
        String printed = DiagnosticPrinter.render(diagnostics);
        assertThat(printed).contains("unknown keyword 'xxxxxxxx").hasSizeLessThan(1_000);
    }

    @Test
    void fiveMegabyteString() {
        String text = minimal("description \"" + FIVE_MB + "\"");
        assertThat(check(text)).isEmpty();
        assertThat(ScenarioLoader.load(new SourceFile("big.gram", text), temp).description())
                .hasSize(5 << 20);
    }

    @Test
    void fiveMegabyteNumber() {
        List<Diagnostic> diagnostics = check(minimal("paths " + "9".repeat(5 << 20)));
        assertThat(codes(diagnostics)).containsExactly("G207");
        assertThat(diagnostics.get(0).message()).contains("has 5,242,880 digits");
        assertThat(DiagnosticPrinter.render(diagnostics)).hasSizeLessThan(1_000);
    }

    @Test
    void fourHundredDigitNumbers() {
        String digits = "1" + "0".repeat(399);
        assertThat(codes(check(minimal("paths " + digits)))).containsExactly("G207");
        assertThat(codes(check(minimal("policy redemption { fee " + digits + "% }"))))
                .containsExactly("G207");
        assertThat(codes(check(minimal("policy redemption { fee 0." + digits + "% }"))))
                .isEmpty();
    }

    @Test
    void deepNestingOfBraces() {
        String text = "scenario \"deep\" " + "{".repeat(90_000) + "}".repeat(90_000);
        List<Diagnostic> diagnostics = check(text);
        assertThat(diagnostics).isNotEmpty().hasSizeLessThan(10);
        assertThat(codes(diagnostics)).doesNotContain("G299");
    }

    @Test
    void deepNestingWithoutClosingBraces() {
        List<Diagnostic> diagnostics = check(minimal("gold " + "{ gold ".repeat(50_000)));
        assertThat(codes(diagnostics)).isNotEmpty().doesNotContain("G299");
    }

    @Test
    void tenThousandNestedParenthesesInAConditionAreRefusedBeforeParsing() {
        String condition = "(".repeat(10_000) + "discount > 1%" + ")".repeat(10_000);
        List<Diagnostic> diagnostics = check(minimal("policy redemption { when " + condition + " then fee 1% }"));
        assertThat(codes(diagnostics)).containsExactly("G108");
        assertThat(diagnostics).hasSize(1);
        List<Diagnostic> unclosed = check(minimal("policy redemption { when " + "(".repeat(10_000)));
        assertThat(codes(unclosed)).containsExactly("G108");
    }

    @Test
    void aVeryLongChainOfConditionsIsRefusedBeforeParsing() {
        String chain = String.join(" and ", Collections.nCopies(20_000, "discount > 1%"));
        List<Diagnostic> diagnostics = check(minimal("policy redemption { when " + chain + " then fee 1% }"));
        assertThat(codes(diagnostics)).containsExactly("G108");
        // Well below the limit, a long chain resolves and compiles without deep recursion.
        String fine = String.join(" or ", Collections.nCopies(300, "discount > 1%"));
        assertThat(codes(check(minimal("policy redemption { when " + fine + " then fee 1% }"))))
                .isEmpty();
    }

    @Test
    void importCyclesEndWithTheChainOfFiles() throws IOException {
        Files.writeString(temp.resolve("a.gram"), "import \"b.gram\"\ntoken { supply 1,000 }\n");
        Files.writeString(temp.resolve("b.gram"), "import \"c.gram\"\n");
        Files.writeString(temp.resolve("c.gram"), "import \"a.gram\"\n");
        Path main = Files.writeString(temp.resolve("main.gram"), minimal("import \"a.gram\""));
        List<Diagnostic> diagnostics = ScenarioLoader.check(main);
        assertThat(codes(diagnostics)).containsExactly("G223");
        assertThat(diagnostics.get(0).message())
                .isEqualTo("import cycle: a.gram imports b.gram imports c.gram imports a.gram");
        Path itself = Files.writeString(temp.resolve("self.gram"), minimal("import \"self.gram\""));
        assertThat(ScenarioLoader.check(itself))
                .singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo("this file imports itself"));
    }

    @Test
    void importingBinaryGarbageOrAnEmptyFileIsReportedInThatFile() throws IOException {
        byte[] bytes = new byte[10_000];
        new Random(2).nextBytes(bytes);
        Files.write(temp.resolve("garbage.gram"), bytes);
        Files.writeString(temp.resolve("empty.gram"), "");
        Path main = Files.writeString(temp.resolve("main.gram"), minimal("import \"garbage.gram\""));
        assertThat(codes(ScenarioLoader.check(main))).containsExactly("G101");
        Path empty = Files.writeString(temp.resolve("main2.gram"), minimal("import \"empty.gram\""));
        assertThat(ScenarioLoader.check(empty))
                .singleElement()
                .satisfies(
                        d -> assertThat(d.message()).isEqualTo("nothing to import: 'empty.gram' holds no statements"));
    }

    @Test
    void tooManyTokensStopsEarly() {
        List<Diagnostic> diagnostics = check("{".repeat(ScenarioParser.MAX_TOKENS + 10));
        assertThat(codes(diagnostics)).containsExactly("G107");
    }

    @Test
    void manyErrorsAreAllCollectedAndThePrintoutIsCapped() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            body.append("  spto 75 USD/g\n");
        }
        List<Diagnostic> diagnostics = check("scenario \"many\" {\n  gold {\n" + body + "  }\n}\n");
        assertThat(diagnostics).hasSize(500);
        assertThat(DiagnosticPrinter.render(diagnostics)).endsWith("... and 450 more problems not shown\n");
    }

    private List<Diagnostic> check(String text) {
        return ScenarioLoader.check(new SourceFile("input.gram", text), temp);
    }

    private static List<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.code().code()).distinct().toList();
    }

    /** A valid scenario with one more line at its end (replacing its {@code paths} if that is the line). */
    private static String minimal(String line) {
        String scenario = """
                scenario "Minimal" {
                  horizon 30 days
                  paths 100
                  seed 1
                  gold {
                    spot 75 USD/g
                    model gbm drift 0% vol 18%
                  }
                  token {
                    supply 1,000
                    reserves 1,000 g gold
                  }
                """ + "  " + line + "\n}\n";
        return line.startsWith("paths ") ? scenario.replace("  paths 100\n", "") : scenario;
    }
}
