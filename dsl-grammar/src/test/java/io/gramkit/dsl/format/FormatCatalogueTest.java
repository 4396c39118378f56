package io.gramkit.dsl.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.diagnostic.SourceFile;
import io.gramkit.dsl.parser.Lexemes;
import io.gramkit.model.settings.SettingBlock;
import io.gramkit.model.settings.SettingDeclaration;
import io.gramkit.model.settings.Settings;
import org.junit.jupiter.api.Test;

/**
 * {@code gram fmt} knows no setting and no block: it lays out lexemes. So every setting the
 * catalogue declares, written in its block, is laid out canonically without a line of formatter
 * code of its own, however the source spaces or indents it.
 */
class FormatCatalogueTest {
    @Test
    void everyDeclaredSettingFormatsInItsBlockWithoutFormatterCode() {
        for (SettingDeclaration declaration : Settings.ALL) {
            String line = declaration.example("1");
            String canonical = declaration.block() == SettingBlock.SCENARIO
                    ? line + "\n"
                    : declaration.block().header() + " {\n  " + line + "\n}\n";
            String messy = declaration.block() == SettingBlock.SCENARIO
                    ? "   " + line.replace(" ", "   ") + "\n"
                    : declaration.block().header() + "   {\n" + line.replace(" ", "  ") + "\n\n   }\n";
            assertThat(layout(messy)).as(declaration.words()).isEqualTo(canonical);
            assertThat(layout(canonical)).as(declaration.words()).isEqualTo(canonical);
        }
    }

    private static String layout(String text) {
        return ScenarioFormatter.layout(Lexemes.of(new SourceFile("catalogue.gram", text)));
    }
}
