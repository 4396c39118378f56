package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario in the library parses, resolves without warnings, and runs (on fewer paths). */
class ScenarioLibraryTest {

    static List<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.walk(Repository.file("scenario-library"))) {
            List<Path> scenarios = files.filter(file -> file.toString().endsWith(".gram"))
                    .sorted()
                    .toList();
            assertThat(scenarios).isNotEmpty();
            return scenarios;
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void runs(Path file) {
        assertThat(io.gramkit.dsl.ScenarioLoader.check(file))
                .as("diagnostics of " + file)
                .isEmpty();
        GramRun run = Gram.load(file).withPaths(200).run();
        assertThat(run.outcomes().size()).isEqualTo(200);
        assertThat(run.dailyBands().days()).isEqualTo(run.result().scenario().horizonDays() + 1);
        assertThat(run.summaryText()).contains(run.result().scenario().name());
    }
}
