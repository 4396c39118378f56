package io.gramkit.spark;

import io.gramkit.RunEngine;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes the Spark engine for {@code gram run --engine spark} and {@link io.gramkit.GramScenario#onSpark}:
 * options {@code master} (default {@code local[*]}), {@code partitions} (default: a few per core) and
 * any {@code spark.*} setting.
 */
public final class SparkEngineProvider implements RunEngine.Provider {

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public RunEngine create(Map<String, String> options) {
        SparkEngine engine = SparkEngine.on(options.getOrDefault("master", "local[*]"));
        if (options.containsKey("partitions")) {
            engine = engine.withPartitions(Integer.parseInt(options.get("partitions")));
        }
        Map<String, String> settings = new TreeMap<>();
        options.forEach((key, value) -> {
            if (key.startsWith("spark.")) {
                settings.put(key, value);
            }
        });
        return engine.withSettings(settings);
    }
}
