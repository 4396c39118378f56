package io.gramkit.model.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.testing.RepositoryRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalogue is the one source of the docs' settings table, and every setting is documented and sweepable. */
class SettingsCatalogueTest {
    private static final Path LANGUAGE = RepositoryRoot.file("docs/language.md");

    @Test
    void theDocsSettingsTableIsTheGeneratedOne() throws IOException {
        String docs = Files.readString(LANGUAGE, StandardCharsets.UTF_8);
        int begin = docs.indexOf(SettingsTable.BEGIN);
        int end = docs.indexOf(SettingsTable.END);
        assertThat(begin)
                .as("docs/language.md has the line %s", SettingsTable.BEGIN)
                .isNotNegative();
        assertThat(end)
                .as("docs/language.md has the line %s", SettingsTable.END)
                .isGreaterThan(begin);
        String written = docs.substring(begin + SettingsTable.BEGIN.length() + 1, end);
        String generated = SettingsTable.markdown();
        if (Boolean.getBoolean("gram.docs.update") && !written.equals(generated)) {
            Files.writeString(
                    LANGUAGE,
                    docs.substring(0, begin + SettingsTable.BEGIN.length() + 1) + generated + docs.substring(end),
                    StandardCharsets.UTF_8);
            written = generated;
        }
        assertThat(written)
                .as("the settings table of docs/language.md (regenerate with -Dgram.docs.update=true)")
                .isEqualTo(generated);
    }

    @Test
    void everySettingIsDocumentedInTheTable() {
        String table = SettingsTable.markdown();
        for (SettingDeclaration d : Settings.ALL) {
            assertThat(d.doc()).as("doc line of %s", d.words()).isNotBlank();
            assertThat(table).contains("`" + d.written() + "`");
        }
    }

    @Test
    void everySettingIsSweepableUnlessOnTheDocumentedList() {
        for (SettingDeclaration d : Settings.ALL) {
            assertThat(d.sweepable() || Settings.NOT_SWEEPABLE.contains(d.words()))
                    .as("'%s' is sweepable or on Settings.NOT_SWEEPABLE", d.words())
                    .isTrue();
        }
        assertThat(Settings.NOT_SWEEPABLE).containsExactly("horizon", "paths", "seed");
    }

    @Test
    void sweepNamesAndWordsWithinABlockAreUnique() {
        Set<String> sweeps = new HashSet<>();
        Set<String> inBlock = new HashSet<>();
        for (SettingDeclaration d : Settings.ALL) {
            d.sweepName()
                    .ifPresent(n ->
                            assertThat(sweeps.add(n)).as("sweep name %s", n).isTrue());
            assertThat(inBlock.add(d.block() + " " + d.words()))
                    .as("%s in %s", d.words(), d.block())
                    .isTrue();
        }
    }

    @Test
    void referenceDefaultsAreTheModelDocsParameters() {
        // docs/model.md, "Parameters of the reference scenario"
        assertThat(Settings.REDEMPTION_BASE.referenceValue()).isEqualTo(0.001);
        assertThat(Settings.DISCOUNT_SENSITIVITY.referenceValue()).isEqualTo(5.0);
        assertThat(Settings.PANIC_SENSITIVITY.referenceValue()).isEqualTo(0.5);
        assertThat(Settings.DAILY_LIMIT.referenceValue()).isEqualTo(0.02);
        assertThat(Settings.MARKET_IMPACT.referenceValue()).isEqualTo(0.5);
        assertThat(Settings.MINT_RATE.referenceValue()).isEqualTo(0.003);
        assertThat(Settings.MINT_GOLD_SHARE.referenceValue()).isEqualTo(0.95);
        assertThat(Settings.FEE.referenceValue()).isEqualTo(0.0025);
        assertThat(Settings.RAISED_FEE.referenceValue()).isEqualTo(0.01);
        assertThat(Settings.WIDE_DISCOUNT.referenceValue()).isEqualTo(0.01);
        assertThat(Settings.CALM_DISCOUNT.referenceValue()).isEqualTo(0.002);
        assertThat(Settings.MINIMUM_COVERAGE.referenceValue()).isEqualTo(1.0);
    }
}
