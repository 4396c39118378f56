package io.gramkit.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.DiagnosticPrinter;
import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.dsl.format.ScenarioFormatter;
import io.gramkit.model.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code gram fmt}: {@code golden/format/X.gram} (deliberately messy) formats to exactly
 * {@code X.formatted.gram}; formatting twice changes nothing; a formatted scenario resolves to the
 * same model as the original, spans aside; the scenario library is kept in canonical form; a file
 * that does not parse is refused with the diagnostics {@code gram check} prints.
 */
class FormatGoldenFilesTest {
    private static final String FORMATTED = ".formatted.gram";

    @TestFactory
    Stream<DynamicTest> messyInputsFormatAsTheirGoldens() {
        return formatInputs().stream()
                .map(input -> DynamicTest.dynamicTest(
                        Golden.relativeName(input),
                        () -> Golden.assertMatches(
                                Golden.sibling(input, FORMATTED), ScenarioFormatter.format(source(input)))));
    }

    @TestFactory
    Stream<DynamicTest> formattingTwiceChangesNothing() {
        return Stream.of(formatInputs(), library(), Golden.inputs("accepted"), parsingRejected())
                .flatMap(List::stream)
                .map(input -> DynamicTest.dynamicTest(name(input), () -> {
                    String once = ScenarioFormatter.format(source(input));
                    String twice = ScenarioFormatter.format(new SourceFile(name(input), once));
                    assertThat(twice).as("%s formatted twice", input).isEqualTo(once);
                }));
    }

    @TestFactory
    Stream<DynamicTest> formattedScenariosResolveToTheSameModel() {
        return Stream.of(formatInputs(), library(), Golden.inputs("accepted"))
                .flatMap(List::stream)
                .map(input -> DynamicTest.dynamicTest(name(input), () -> {
                    SourceFile original = source(input);
                    SourceFile formatted = new SourceFile(original.name(), ScenarioFormatter.format(original));
                    Scenario before = ScenarioLoader.load(original, input.getParent());
                    Scenario after = ScenarioLoader.load(formatted, input.getParent());
                    assertThat(SpanFreeComparison.differences(before, after))
                            .as("model of %s, formatted", input)
                            .isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> libraryIsInCanonicalForm() {
        return library().stream()
                .map(input -> DynamicTest.dynamicTest(
                        name(input),
                        () -> assertThat(ScenarioFormatter.format(input))
                                .as("%s is not formatted; run gram fmt on it", input)
                                .isEqualTo(Files.readString(input))));
    }

    /** Syntax errors stop the formatter with exactly what check prints; errors of settings do not. */
    @TestFactory
    Stream<DynamicTest> rejectedFilesAreFormattedOnlyIfTheyParse() {
        return Golden.inputs("rejected").stream()
                .map(input -> DynamicTest.dynamicTest(Golden.relativeName(input), () -> {
                    SourceFile source = source(input);
                    // Only the file's own syntax matters: an imported file's errors do not stop formatting it.
                    List<Diagnostic> checked = ScenarioLoader.check(source, input.getParent()).stream()
                            .filter(d -> d.span().file().name().equals(source.name()))
                            .toList();
                    if (isSyntaxError(checked)) {
                        assertThatThrownBy(() -> ScenarioFormatter.format(source))
                                .isInstanceOfSatisfying(
                                        InputException.class,
                                        e -> assertThat(e.render()).isEqualTo(DiagnosticPrinter.render(checked)));
                    } else {
                        assertThat(ScenarioFormatter.format(source)).isNotEmpty();
                    }
                }));
    }

    @Test
    void aFileThatCannotBeReadIsReportedAsTheLoaderReportsIt() {
        Path missing = Golden.root().resolve("format/no-such-file.gram");
        assertThatThrownBy(() -> ScenarioFormatter.format(missing))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.render()).isEqualTo(DiagnosticPrinter.render(ScenarioLoader.check(missing))));
    }

    @Test
    void theComparisonIgnoresSpansButNotValues() {
        Path reference = Repository.root().resolve("scenario-library/reference-v1.gram");
        String text = read(reference);
        Scenario original = ScenarioLoader.load(new SourceFile("a.gram", text), reference.getParent());
        Scenario moved = ScenarioLoader.load(
                new SourceFile("b.gram", "\n\n" + text.replace("  seed", "   seed")), reference.getParent());
        Scenario changed = ScenarioLoader.load(
                new SourceFile("a.gram", text.replace("fee 0.25%", "fee 0.3%")), reference.getParent());
        assertThat(SpanFreeComparison.differences(original, moved)).isEmpty();
        assertThat(SpanFreeComparison.differences(original, changed))
                .singleElement()
                .asString()
                .containsIgnoringCase("fee");
    }

    private static boolean isSyntaxError(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(d -> d.isError() && d.code().code().startsWith("G1"));
    }

    private static List<Path> formatInputs() {
        return Golden.inputs("format").stream()
                .filter(f -> !f.getFileName().toString().endsWith(FORMATTED))
                .toList();
    }

    private static List<Path> parsingRejected() {
        return Golden.inputs("rejected").stream()
                .filter(input -> !isSyntaxError(ScenarioLoader.check(source(input), input.getParent())))
                .toList();
    }

    private static List<Path> library() {
        try (Stream<Path> files = Files.list(Repository.root().resolve("scenario-library"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".gram"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path input) {
        Path root = Repository.root();
        return (input.startsWith(root) ? root.relativize(input) : input)
                .toString()
                .replace('\\', '/');
    }

    private static SourceFile source(Path input) {
        return new SourceFile(input.startsWith(Golden.root()) ? Golden.relativeName(input) : name(input), read(input));
    }

    private static String read(Path input) {
        try {
            return Files.readString(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
