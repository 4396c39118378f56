package io.gramkit.cli;

import io.gramkit.RunEngine;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --engine}, {@code --master} and {@code --partitions}: where a command's runs spread their paths. */
final class EngineOptions {
    @Option(
            names = "--engine",
            paramLabel = "ENGINE",
            defaultValue = "local",
            description = "Where the paths run: local (this machine's cores, the default) or spark (Apache Spark;"
                    + " bin/gram builds the spark module on first use; same files byte for byte, docs/scale-out.md).")
    String engine;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "With --engine spark: local[N], local[*] (the default) or spark://host:port.")
    String master;

    @Option(
            names = "--partitions",
            paramLabel = "N",
            description = "With --engine spark: the partitions a run is cut into (default: three per core).")
    Integer partitions;

    boolean local() {
        return engine.equals("local");
    }

    /** Rejects an unknown engine and Spark's options without Spark. */
    void validate() {
        if (!local() && !engine.equals("spark")) {
            throw new UsageError("--engine is local or spark, got '" + engine + "'");
        }
        if (local() && (master != null || partitions != null)) {
            throw new UsageError((master != null ? "--master" : "--partitions") + " needs --engine spark");
        }
        if (partitions != null && partitions <= 0) {
            throw new UsageError("--partitions must be positive, got " + partitions);
        }
    }

    /** The engine asked for; Spark only through the module bin/gram puts on the class path. */
    RunEngine engine() {
        validate();
        if (local()) {
            return RunEngine.LOCAL;
        }
        Map<String, String> options = new HashMap<>();
        options.put("master", master != null ? master : "local[*]");
        if (partitions != null) {
            options.put("partitions", Integer.toString(partitions));
        }
        try {
            return RunEngine.named(engine, options);
        } catch (IllegalStateException e) {
            throw new UsageError(e.getMessage());
        }
    }
}
