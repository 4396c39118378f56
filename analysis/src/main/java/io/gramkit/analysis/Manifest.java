package io.gramkit.analysis;

import io.gramkit.interpreter.RuleFile;
import io.gramkit.interpreter.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What is needed to reproduce a run and to check its files: kit version and commit, inputs with
 * their hashes, seed, generator, paths, threads and JDK.
 */
public record Manifest(
        KitVersion kit,
        String scenarioName,
        InputFile scenario,
        List<InputFile> rules,
        Optional<InputFile> goldPaths,
        long seed,
        String generator,
        int paths,
        int horizonDays,
        int threads,
        String jdk) {

    public Manifest {
        rules = List.copyOf(rules);
    }

    public static Manifest of(RunResult result, InputFile scenario, Optional<InputFile> goldPaths) {
        List<InputFile> rules = new ArrayList<>();
        for (RuleFile file : result.ruleFiles()) {
            rules.add(new InputFile(InputFile.absolute(file.name()), file.sha256()));
        }
        String jdk = System.getProperty("java.vendor", "unknown") + " " + System.getProperty("java.version", "unknown")
                + " (" + System.getProperty("java.vm.name", "unknown") + ")";
        return new Manifest(
                KitVersion.current(),
                result.scenario().name(),
                scenario,
                rules,
                goldPaths,
                result.scenario().seed(),
                result.generator(),
                result.paths(),
                result.scenario().horizonDays(),
                result.threads(),
                jdk);
    }

    /** The manifest as JSON, with the SHA-256 of each output file written beside it. */
    public String toJson(List<InputFile> outputs) {
        StringBuilder json = new StringBuilder("{\n");
        field(json, "kit_version", kit.version());
        field(json, "kit_commit", kit.commit());
        field(json, "scenario_name", scenarioName);
        json.append("  \"scenario\": ").append(file(scenario)).append(",\n");
        json.append("  \"rules\": ").append(files(rules)).append(",\n");
        json.append("  \"gold_paths\": ")
                .append(goldPaths.map(Manifest::file).orElse("null"))
                .append(",\n");
        json.append("  \"seed\": ").append(seed).append(",\n");
        field(json, "generator", generator);
        json.append("  \"paths\": ").append(paths).append(",\n");
        json.append("  \"horizon_days\": ").append(horizonDays).append(",\n");
        json.append("  \"threads\": ").append(threads).append(",\n");
        field(json, "daily_quantiles", DailyBands.method(paths));
        field(json, "jdk", jdk);
        json.append("  \"outputs\": ").append(files(outputs)).append("\n}\n");
        return json.toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append("  \"").append(name).append("\": ").append(string(value)).append(",\n");
    }

    private static String files(List<InputFile> files) {
        if (files.isEmpty()) {
            return "[]";
        }
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < files.size(); i++) {
            json.append("    ").append(file(files.get(i))).append(i + 1 < files.size() ? ",\n" : "\n");
        }
        return json.append("  ]").toString();
    }

    private static String file(InputFile file) {
        return "{\"file\": " + string(file.name()) + ", \"sha256\": " + string(file.sha256()) + "}";
    }

    static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
