package io.gramkit.analysis;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * manifest.json of a library diff: what reproduces it and what a sign-off checks against, the kit
 * version, both rule sets with the fingerprint of each folder or file and the SHA-256 of each file
 * it counts, paths, seed, threads, JDK, the scenarios run (file, hash, seed, changed) and skipped
 * (with the reason), and the SHA-256 of each output file.
 */
final class LibraryDiffManifest {
    private LibraryDiffManifest() {}

    static String toJson(LibraryDiff diff, Map<String, String> outputs) {
        KitVersion kit = KitVersion.current();
        StringBuilder json = new StringBuilder("{\n");
        field(json, "kit_version", Manifest.string(kit.version()));
        field(json, "kit_commit", Manifest.string(kit.commit()));
        field(json, "rules_a", ruleSet(diff.a()));
        field(json, "rules_b", ruleSet(diff.b()));
        field(json, "paths", Integer.toString(diff.paths()));
        field(json, "seed", diff.seed().isPresent() ? Long.toString(diff.seed().getAsLong()) : "null");
        field(json, "threads", Integer.toString(diff.threads()));
        field(
                json,
                "jdk",
                Manifest.string(System.getProperty("java.vendor", "unknown") + " "
                        + System.getProperty("java.version", "unknown")));
        field(
                json,
                "scenarios_run",
                array(diff.ran().stream().map(LibraryDiffManifest::ran).toList()));
        field(
                json,
                "scenarios_skipped",
                array(diff.skipped().stream()
                        .map(s -> "{\"name\": " + Manifest.string(s.name()) + ", \"file\": " + Manifest.string(s.file())
                                + ", \"reason\": " + Manifest.string(s.reason()) + "}")
                        .toList()));
        json.append("  \"outputs\": ")
                .append(array(outputs.entrySet().stream()
                        .map(e -> file(new InputFile(e.getKey(), e.getValue())))
                        .toList()))
                .append("\n}\n");
        return json.toString();
    }

    private static String ruleSet(LibraryDiff.RuleSet set) {
        return array(set.sources().stream()
                .map(source -> "{\"source\": " + Manifest.string(source.path()) + ", \"fingerprint\": "
                        + Manifest.string(source.fingerprint()) + ", \"files\": ["
                        + source.files().stream().map(LibraryDiffManifest::file).collect(Collectors.joining(", "))
                        + "]}")
                .toList());
    }

    private static String ran(LibraryDiff.ScenarioDiff scenario) {
        return "{\"name\": " + Manifest.string(scenario.name()) + ", \"file\": " + file(scenario.file())
                + ", \"seed\": " + scenario.comparison().seed() + ", \"changed\": " + scenario.changed() + "}";
    }

    private static String file(InputFile file) {
        return "{\"file\": " + Manifest.string(file.name()) + ", \"sha256\": " + Manifest.string(file.sha256()) + "}";
    }

    private static String array(List<String> items) {
        if (items.isEmpty()) {
            return "[]";
        }
        return "[\n    " + String.join(",\n    ", items) + "\n  ]";
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append("  \"").append(name).append("\": ").append(value).append(",\n");
    }
}
