package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.diagnostic.DiagnosticCode;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.golddata.DataCode;
import io.gramkit.interpreter.ModelCode;
import io.gramkit.notebook.kernel.KernelCode;
import io.gramkit.rules.RuleCode;
import io.gramkit.server.ServiceCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic code of every module, in one place: unique, listed in a table of docs/, and
 * produced by at least one golden file or test. A module that adds a catalogue adds it here; the
 * first test fails until it does.
 */
class DiagnosticCatalogueTest {
    private static final List<Class<? extends DiagnosticCode>> CATALOGUES = List.of(
            GramCode.class, DataCode.class, RuleCode.class, ModelCode.class, KernelCode.class, ServiceCode.class);

    /** Tests that list codes without producing them (the per-module catalogue checks, this one). */
    private static final Set<String> NOT_PRODUCERS =
            Set.of("CatalogueTest.java", "DataCodeCatalogueTest.java", "DiagnosticCatalogueTest.java");

    private static final Path ROOT = Cli.repository();

    @Test
    void everyCatalogueInTheSourcesIsChecked() {
        Set<String> declared = files("src/main/java")
                .filter(file -> read(file).contains("implements DiagnosticCode"))
                .map(file -> file.getFileName().toString().replace(".java", ""))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(declared)
                .containsExactlyInAnyOrderElementsOf(
                        CATALOGUES.stream().map(Class::getSimpleName).toList());
    }

    @Test
    void everyCodeIsUniqueAcrossModulesAndWellFormed() {
        assertThat(codes().map(DiagnosticCode::code))
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[A-Z][1-9]\\d\\d"));
        assertThat(codes())
                .allSatisfy(code -> assertThat(code.meaning())
                        .as("%s's meaning", code.code())
                        .isNotBlank()
                        .doesNotEndWith("."));
    }

    @Test
    void everyCodeIsInATableOfTheDocs() throws IOException {
        StringBuilder docs = new StringBuilder();
        try (Stream<Path> pages = Files.list(ROOT.resolve("docs"))) {
            pages.filter(page -> page.toString().endsWith(".md")).sorted().forEach(page -> docs.append(read(page)));
        }
        assertThat(codes())
                .allSatisfy(code -> assertThat(docs.toString())
                        .as("a table in docs/ lists %s", code.code())
                        .contains("| " + code.code() + " |"));
    }

    @Test
    void everyCodeIsProducedByAGoldenFileOrATest() {
        String tests = files("src/test")
                .filter(file -> !NOT_PRODUCERS.contains(file.getFileName().toString()))
                .map(DiagnosticCatalogueTest::read)
                .collect(Collectors.joining("\n"));
        // Printed output shows "[G205]"; a test may also compare the code ("G205") or the constant.
        assertThat(codes())
                .allSatisfy(code -> assertThat(tests)
                        .as("a golden file or test produces %s (%s)", code.code(), code.meaning())
                        .containsAnyOf(
                                "[" + code.code() + "]",
                                "\"" + code.code() + "\"",
                                code.getClass().getSimpleName() + "." + ((Enum<?>) code).name()));
    }

    private static Stream<DiagnosticCode> codes() {
        return CATALOGUES.stream().flatMap(catalogue -> Arrays.stream(catalogue.getEnumConstants()));
    }

    /** Every file under {@code <module>/<folder>} of every module, generated output left out. */
    private static Stream<Path> files(String folder) {
        try (Stream<Path> modules = Files.list(ROOT)) {
            return modules.map(module -> module.resolve(folder)).filter(Files::isDirectory).toList().stream()
                    .flatMap(DiagnosticCatalogueTest::walk)
                    .filter(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> walk(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
