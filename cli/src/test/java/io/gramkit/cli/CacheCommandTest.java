package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.rules.CompiledRulesCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gram cache} and {@code gram cache clear}, {@code --no-rules-cache}, and {@code
 * GRAM_RULES_CACHE} / {@code XDG_CACHE_HOME} as a user's shell sets them (in a child process).
 */
class CacheCommandTest {
    @TempDir
    Path temp;

    private Path cache;
    private String before;

    @BeforeEach
    void pointTheCacheIntoTemp() {
        cache = temp.resolve("cache");
        before = System.getProperty(CompiledRulesCache.PROPERTY);
        System.setProperty(CompiledRulesCache.PROPERTY, cache.toString());
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(CompiledRulesCache.PROPERTY);
        } else {
            System.setProperty(CompiledRulesCache.PROPERTY, before);
        }
    }

    private long entries(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".kpkg")).count();
        }
    }

    @Test
    void cacheShowsTheLocationEntriesAndSizeAndClearEmptiesIt() throws IOException {
        Cli empty = Cli.run("cache");
        assertThat(empty.exitCode()).as(empty.err()).isZero();
        assertThat(empty.out())
                .contains("location: " + cache)
                .contains("entries: 0")
                .contains("size: 0 bytes");

        assertThat(Cli.run("check", Cli.reference()).exitCode()).isZero();
        Cli one = Cli.run("cache");
        assertThat(one.out()).contains("entries: 1").doesNotContain("size: 0 bytes");
        assertThat(Cli.run("check", Cli.reference()).out()).contains("ok");
        assertThat(entries(cache)).isEqualTo(1);

        Cli clear = Cli.run("cache", "clear");
        assertThat(clear.exitCode()).as(clear.err()).isZero();
        assertThat(clear.out()).contains("removed 1 entry from " + cache);
        assertThat(Cli.run("cache").out()).contains("entries: 0");
    }

    @Test
    void noRulesCacheNeitherReadsNorWritesTheCache() throws IOException {
        Cli check = Cli.run("check", "--no-rules-cache", Cli.reference());
        assertThat(check.exitCode()).as(check.err()).isZero();
        Cli run = Cli.run(
                "run",
                Cli.reference(),
                "--paths",
                "5",
                "--no-rules-cache",
                "--out",
                temp.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        assertThat(entries(cache)).isZero();
        assertThat(System.getProperty(CompiledRulesCache.PROPERTY)).isEqualTo(cache.toString());
        Cli cached = Cli.run(
                "run",
                Cli.reference(),
                "--paths",
                "5",
                "--out",
                temp.resolve("out2").toString());
        assertThat(cached.exitCode()).as(cached.err()).isZero();
        assertThat(entries(cache)).isEqualTo(1);
        assertThat(Files.readString(temp.resolve("out/paths.csv")))
                .isEqualTo(Files.readString(temp.resolve("out2/paths.csv")));
    }

    /** The command line in a child JVM with the given environment (and no cache property). */
    private Cli child(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "io.gramkit.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove(CompiledRulesCache.ENVIRONMENT);
        builder.environment().putAll(environment);
        builder.redirectOutput(temp.resolve("child.out").toFile());
        builder.redirectError(temp.resolve("child.err").toFile());
        int code = builder.start().waitFor();
        return new Cli(code, Files.readString(temp.resolve("child.out")), Files.readString(temp.resolve("child.err")));
    }

    @Test
    void gramRulesCacheOffTurnsTheCacheOffAndXdgCacheHomeMovesIt() throws Exception {
        Path xdg = temp.resolve("xdg");
        Path home = temp.resolve("home");
        Map<String, String> off =
                Map.of("GRAM_RULES_CACHE", "off", "XDG_CACHE_HOME", xdg.toString(), "HOME", home.toString());
        Cli shown = child(off, "cache");
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("location: off");
        Cli check = child(off, "check", Cli.reference());
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(entries(xdg) + entries(home)).isZero();

        Cli moved = child(Map.of("XDG_CACHE_HOME", xdg.toString()), "check", Cli.reference());
        assertThat(moved.exitCode()).as(moved.err()).isZero();
        assertThat(entries(xdg.resolve("gram/rules"))).isEqualTo(1);
    }
}
