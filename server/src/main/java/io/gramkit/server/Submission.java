package io.gramkit.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.gramkit.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What a check or run request asks for, read from its JSON body and validated: the scenario (its
 * text, or a library scenario by name), its file name, the request's own rule and import files,
 * and for runs the number of paths and the seed. Every problem is a diagnostic of a
 * {@link BadRequest}.
 *
 * @param library the library scenario the text came from, if the request named one
 */
record Submission(
        String name,
        String scenario,
        Optional<String> library,
        Map<String, String> rules,
        Map<String, String> imports,
        OptionalInt paths,
        OptionalLong seed) {

    static final String DEFAULT_NAME = "scenario.gram";
    private static final String PLAIN_NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";
    private static final Set<String> CHECK_FIELDS = Set.of("scenario", "library", "name", "rules", "imports");
    private static final Set<String> RUN_FIELDS =
            Set.of("scenario", "library", "name", "rules", "imports", "paths", "seed");

    Submission {
        rules = Map.copyOf(rules);
        imports = Map.copyOf(imports);
    }

    /** Reads a {@code POST /check} body. */
    static Submission forCheck(byte[] body, Library library) {
        return read(body, library, CHECK_FIELDS, Integer.MAX_VALUE);
    }

    /** Reads a {@code POST /runs} body; {@code maxPaths} is the service's limit. */
    static Submission forRun(byte[] body, Library library, int maxPaths) {
        return read(body, library, RUN_FIELDS, maxPaths);
    }

    /**
     * Reads the body of a job whose request is a run's plus fields of its own ({@code extra}, read
     * by the caller from the same body): a reverse stress test, a rules diff.
     */
    static Submission forJob(byte[] body, Library library, int maxPaths, Set<String> extra) {
        Set<String> fields = new java.util.HashSet<>(RUN_FIELDS);
        fields.addAll(extra);
        return read(body, library, Set.copyOf(fields), maxPaths);
    }

    /** The settings a job keeps in its record (its files are kept in its folder). */
    Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("name", name);
        library.ifPresent(value -> settings.put("library", value));
        paths.ifPresent(value -> settings.put("paths", value));
        seed.ifPresent(value -> settings.put("seed", value));
        return settings;
    }

    private static Submission read(byte[] body, Library library, Set<String> fields, int maxPaths) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new BadRequest(ServiceCode.BAD_SETTING.request(
                    "the body is not JSON: " + e.getOriginalMessage().toLowerCase(java.util.Locale.ROOT)));
        }
        if (root == null || !root.isObject()) {
            throw new BadRequest(ServiceCode.BAD_SETTING.request("the body must be a JSON object"));
        }
        List<Diagnostic> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String field = entry.getKey();
            if (!fields.contains(field)) {
                problems.add(ServiceCode.BAD_SETTING.request("unknown field '" + field + "'; expected one of: "
                        + String.join(", ", fields.stream().sorted().toList())));
            }
        }
        Optional<String> libraryName = text(root, "library", problems);
        Optional<String> given = text(root, "scenario", problems);
        String scenario = "";
        String name = text(root, "name", problems)
                .orElse(libraryName.map(n -> stem(n) + ".gram").orElse(DEFAULT_NAME));
        if (libraryName.isPresent() == given.isPresent()) {
            problems.add(ServiceCode.BAD_SETTING.request(
                    "give either 'scenario' (its text) or 'library' (a library scenario's name)"));
        } else if (libraryName.isPresent()) {
            Optional<Path> file = library.scenario(libraryName.get());
            if (file.isEmpty()) {
                problems.add(ServiceCode.NO_SUCH_SCENARIO.request("the library has no scenario '" + libraryName.get()
                        + "'; it has: " + String.join(", ", library.scenarioNames())));
            } else {
                scenario = read(file.get());
            }
        } else {
            scenario = given.get();
        }
        checkName(name, ".gram", "name", problems);
        Map<String, String> rules = files(root, "rules", ".drl", problems);
        Map<String, String> imports = files(root, "imports", ".gram", problems);
        Set<String> seen = new java.util.HashSet<>(Set.of(name));
        for (String file : rules.keySet()) {
            if (!seen.add(file)) {
                problems.add(ServiceCode.BAD_FILE_NAME.request("two files are named '" + file + "'"));
            }
        }
        for (String file : imports.keySet()) {
            if (!seen.add(file)) {
                problems.add(ServiceCode.BAD_FILE_NAME.request("two files are named '" + file + "'"));
            }
        }
        OptionalInt paths = OptionalInt.empty();
        if (root.has("paths")) {
            JsonNode value = root.get("paths");
            if (!value.isIntegralNumber()
                    || !value.canConvertToInt()
                    || value.intValue() < 1
                    || value.intValue() > maxPaths) {
                problems.add(ServiceCode.BAD_SETTING.request("'paths' must be a whole number from 1 to " + maxPaths
                        + " (this service's limit), got " + value));
            } else {
                paths = OptionalInt.of(value.intValue());
            }
        }
        OptionalLong seed = OptionalLong.empty();
        if (root.has("seed")) {
            JsonNode value = root.get("seed");
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                problems.add(ServiceCode.BAD_SETTING.request("'seed' must be a whole number, got " + value));
            } else {
                seed = OptionalLong.of(value.longValue());
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequest(problems);
        }
        return new Submission(name, scenario, libraryName.map(Submission::stem), rules, imports, paths, seed);
    }

    private static String stem(String name) {
        return name.endsWith(".gram") ? name.substring(0, name.length() - ".gram".length()) : name;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> text(JsonNode root, String field, List<Diagnostic> problems) {
        if (!root.has(field) || root.get(field).isNull()) {
            return Optional.empty();
        }
        if (!root.get(field).isTextual()) {
            problems.add(ServiceCode.BAD_SETTING.request("'" + field + "' must be a string"));
            return Optional.empty();
        }
        return Optional.of(root.get(field).textValue());
    }

    private static Map<String, String> files(JsonNode root, String field, String extension, List<Diagnostic> problems) {
        Map<String, String> files = new LinkedHashMap<>();
        if (!root.has(field) || root.get(field).isNull()) {
            return files;
        }
        JsonNode value = root.get(field);
        if (!value.isObject()) {
            problems.add(ServiceCode.BAD_SETTING.request("'" + field + "' must map file names to their text"));
            return files;
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            if (!entry.getValue().isTextual()) {
                problems.add(ServiceCode.BAD_SETTING.request(
                        "the file '" + entry.getKey() + "' in '" + field + "' must be text"));
            } else if (checkName(entry.getKey(), extension, field, problems)) {
                files.put(entry.getKey(), entry.getValue().textValue());
            }
        }
        return files;
    }

    private static boolean checkName(String name, String extension, String field, List<Diagnostic> problems) {
        if (!name.matches(PLAIN_NAME) || !name.endsWith(extension) || name.contains("..")) {
            problems.add(ServiceCode.BAD_FILE_NAME.request(
                    "the file name '" + name + "' in '" + field + "' must be a plain name ending in " + extension
                            + " (letters, digits, '.', '_', '-'; no folders)"));
            return false;
        }
        return true;
    }
}
