package io.gramkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.rules.CompiledRulesCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run with rules from the compiled-rules cache writes the same files, byte for byte, as one without. */
class CompiledRulesCacheRunTest {
    private static final Path REFERENCE = Repository.file("scenario-library/reference-v1.gram");

    @TempDir
    Path temp;

    private Path runInto(String folder, String cache) throws IOException {
        String before = System.getProperty(CompiledRulesCache.PROPERTY);
        System.setProperty(CompiledRulesCache.PROPERTY, cache);
        try {
            return Gram.load(REFERENCE)
                    .withPaths(200)
                    .withThreads(2)
                    .withAudit(20)
                    .run()
                    .writeTo(temp.resolve(folder), false);
        } finally {
            if (before == null) {
                System.clearProperty(CompiledRulesCache.PROPERTY);
            } else {
                System.setProperty(CompiledRulesCache.PROPERTY, before);
            }
        }
    }

    @Test
    void aRunWithCachedRulesWritesTheSameFilesAsOneWithout() throws IOException {
        Path cache = temp.resolve("cache");
        Path without = runInto("off", "off");
        Path cold = runInto("cold", cache.toString());
        assertThat(cache).isDirectoryContaining(file -> file.toString().endsWith(".kpkg"));
        Path warm = runInto("warm", cache.toString());

        for (String file : List.of(
                "paths.csv",
                "path-metrics.csv",
                "summary.csv",
                "metrics.csv",
                "daily.csv",
                "daily-shares.csv",
                "audit.csv",
                "rule-changes.csv",
                "columns.csv")) {
            assertThat(Files.mismatch(without.resolve(file), cold.resolve(file)))
                    .as(file + " cold")
                    .isEqualTo(-1L);
            assertThat(Files.mismatch(without.resolve(file), warm.resolve(file)))
                    .as(file + " warm")
                    .isEqualTo(-1L);
        }
    }
}
