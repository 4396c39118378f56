package io.gramkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

/**
 * The compiled-rules cache: a hit after a miss, a new key for any edit or component change, a
 * corrupt entry read as a miss and rewritten, and an unwritable folder that only loses the speed-up.
 */
class CompiledRulesCacheTest {
    private static final ClassLoader LOADER = DroolsRules.class.getClassLoader();
    private static final CompiledRulesCache.Components COMPONENTS =
            new CompiledRulesCache.Components("kit 1", "drools 10.2.0", "jdk 17");

    @TempDir
    Path temp;

    private static List<RuleText> reference() {
        return RuleSources.packaged(LOADER);
    }

    private static int ruleCount(KieBase base) {
        return base.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    }

    private KieBase compile(CompiledRulesCache cache) {
        return RuleCompiler.compile(reference(), LOADER, DroolsRules.FACT_TYPES, cache)
                .get();
    }

    @Test
    void aSecondCompileOfTheSameRulesIsAHitAndBuildsTheSameRules() {
        CompiledRulesCache cache = CompiledRulesCache.at(temp, COMPONENTS);
        String key = cache.key(reference(), DroolsRules.FACT_TYPES);
        assertThat(cache.contains(key)).isFalse();

        KieBase compiled = compile(cache);

        assertThat(cache.contains(key)).isTrue();
        assertThat(cache.entries()).hasSize(1);
        assertThat(cache.read(key, LOADER)).isPresent();
        KieBase cached = compile(cache);
        assertThat(ruleCount(cached)).isEqualTo(ruleCount(compiled)).isEqualTo(4);
        assertThat(cache.entries()).hasSize(1);
    }

    @Test
    void aOneCharacterEditChangesTheKey() {
        CompiledRulesCache cache = CompiledRulesCache.at(temp, COMPONENTS);
        List<RuleText> texts = reference();
        List<RuleText> edited = new ArrayList<>(texts);
        String drl = texts.get(0).drl().text();
        int less = drl.indexOf(" < ");
        String changed = drl.substring(0, less + 1) + ">" + drl.substring(less + 2);
        edited.set(0, RuleText.of(texts.get(0).name(), changed.getBytes(StandardCharsets.UTF_8)));

        assertThat(cache.key(edited, DroolsRules.FACT_TYPES)).isNotEqualTo(cache.key(texts, DroolsRules.FACT_TYPES));
        assertThat(cache.key(reference(), DroolsRules.FACT_TYPES)).isEqualTo(cache.key(texts, DroolsRules.FACT_TYPES));
    }

    @Test
    void aChangeOfTheKitDroolsOrTheJdkChangesTheKey() {
        List<RuleText> texts = reference();
        String key = CompiledRulesCache.at(temp, COMPONENTS).key(texts, DroolsRules.FACT_TYPES);
        for (CompiledRulesCache.Components other : List.of(
                new CompiledRulesCache.Components("kit 2", "drools 10.2.0", "jdk 17"),
                new CompiledRulesCache.Components("kit 1", "drools 10.3.0", "jdk 17"),
                new CompiledRulesCache.Components("kit 1", "drools 10.2.0", "jdk 21"))) {
            assertThat(CompiledRulesCache.at(temp, other).key(texts, DroolsRules.FACT_TYPES))
                    .as(other.toString())
                    .isNotEqualTo(key);
        }
    }

    @Test
    void aCorruptEntryIsAMissAndIsRewritten() throws IOException {
        CompiledRulesCache cache = CompiledRulesCache.at(temp, COMPONENTS);
        String key = cache.key(reference(), DroolsRules.FACT_TYPES);
        compile(cache);
        Path entry = cache.entry(key);
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(cache.read(key, LOADER)).isEmpty();

        assertThat(ruleCount(compile(cache))).isEqualTo(4);

        assertThat(cache.read(key, LOADER)).isPresent();
        assertThat(Files.size(entry)).isEqualTo(whole.length);
        Files.writeString(entry, "not an entry");
        assertThat(ruleCount(compile(cache))).isEqualTo(4);
        assertThat(cache.read(key, LOADER)).isPresent();
    }

    @Test
    void aFolderThatCannotBeWrittenOnlyLosesTheSpeedUp() throws IOException {
        // A path under a regular file can never be created, even by root (which ignores permissions).
        Path file = Files.writeString(temp.resolve("a-file"), "");
        CompiledRulesCache cache = CompiledRulesCache.at(file.resolve("rules"), COMPONENTS);

        assertThat(ruleCount(compile(cache))).isEqualTo(4);
        assertThat(ruleCount(compile(cache))).isEqualTo(4);
        assertThat(cache.entries()).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void clearRemovesEveryEntry() throws IOException {
        CompiledRulesCache cache = CompiledRulesCache.at(temp, COMPONENTS);
        compile(cache);
        assertThat(cache.size()).isPositive();

        assertThat(cache.clear()).isEqualTo(1);

        assertThat(cache.entries()).isEmpty();
        assertThat(CompiledRulesCache.off().entries()).isEmpty();
    }
}
