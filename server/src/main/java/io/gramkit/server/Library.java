package io.gramkit.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The scenario and rule libraries the service offers: {@code scenario-library/*.gram} and the
 * rule files under {@code rules/} of one folder (the repository, or where an image copies them).
 * Read only; names from requests are checked before any file is opened.
 */
final class Library {
    static final String SCENARIOS = "scenario-library";
    static final String RULES = "rules";
    private static final String SCENARIO_NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";

    private final Path root;

    Library(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    Path scenarios() {
        return root.resolve(SCENARIOS);
    }

    Path rules() {
        return root.resolve(RULES);
    }

    /** The library's scenarios by name, without {@code .gram}, sorted. */
    List<String> scenarioNames() {
        if (!Files.isDirectory(scenarios())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(scenarios())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".gram") && !name.startsWith("."))
                    .map(name -> name.substring(0, name.length() - ".gram".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of scenario {@code name} ({@code reference-v1} or {@code reference-v1.gram}), if the library has it. */
    Optional<Path> scenario(String name) {
        String stem = name.endsWith(".gram") ? name.substring(0, name.length() - ".gram".length()) : name;
        if (!stem.matches(SCENARIO_NAME) || !scenarioNames().contains(stem)) {
            return Optional.empty();
        }
        return Optional.of(scenarios().resolve(stem + ".gram"));
    }

    /** Every file under {@code rules/} (rule files and their notes), relative, sorted. */
    List<String> ruleFiles() {
        if (!Files.isDirectory(rules())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(rules())) {
            return files.filter(Files::isRegularFile)
                    .map(file -> rules().relativize(file).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith(".") && !name.contains("/."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule library file at {@code relative}, if it is one of {@link #ruleFiles()}. */
    Optional<Path> ruleFile(String relative) {
        // Only names the listing holds: no '..', no absolute paths, no links followed out.
        return ruleFiles().contains(relative) ? Optional.of(rules().resolve(relative)) : Optional.empty();
    }
}
