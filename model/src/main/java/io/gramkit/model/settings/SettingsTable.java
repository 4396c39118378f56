package io.gramkit.model.settings;

import java.math.BigDecimal;
import java.util.List;

/**
 * The settings table of docs/language.md, generated from {@link Settings}: a test fails when the
 * docs' copy differs ({@code -Dgram.docs.update=true} rewrites it).
 */
public final class SettingsTable {
    /** The line before the generated table in docs/language.md. */
    public static final String BEGIN = "<!-- settings table: generated from io.gramkit.model.settings.Settings -->";
    /** The line after it. */
    public static final String END = "<!-- end of settings table -->";

    private SettingsTable() {}

    /** The table in Markdown, one row per declaration, in catalogue order. */
    public static String markdown() {
        return markdown(Settings.ALL);
    }

    static String markdown(List<SettingDeclaration> declarations) {
        StringBuilder table = new StringBuilder();
        table.append("| block | statement | default | range | sweep as | model | read by rules as | what it does |\n");
        table.append("|---|---|---|---|---|---|---|---|\n");
        for (SettingDeclaration d : declarations) {
            table.append("| `")
                    .append(d.block().header())
                    .append("` | `")
                    .append(d.written())
                    .append("` | ")
                    .append(fallback(d))
                    .append(" | ")
                    .append(d.bounds().describe(d.measure()))
                    .append(" | ")
                    .append(d.sweepName().map(n -> "`" + n + "`").orElse("no"))
                    .append(" | `")
                    .append(d.model())
                    .append("` | ")
                    .append(d.ruleLevel().map(l -> "`" + l + "`").orElse(""))
                    .append(d.negatedInRules() ? " (negated)" : "")
                    .append(" | ")
                    .append(d.doc())
                    .append(" |\n");
        }
        return table.toString();
    }

    private static String fallback(SettingDeclaration d) {
        SettingDeclaration.Default fallback = d.fallback();
        return switch (fallback.kind()) {
            case REQUIRED -> "required";
            case OFF -> "off";
            case DERIVED -> fallback.note();
            case VALUE ->
                value(d.measure(), fallback.value()) + (fallback.note().isEmpty() ? "" : " (" + fallback.note() + ")");
        };
    }

    private static String value(Measure measure, double value) {
        String plain =
                new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        return switch (measure) {
            case FRACTION ->
                new BigDecimal(Double.toString(value))
                                .movePointRight(2)
                                .stripTrailingZeros()
                                .toPlainString() + "%";
            case MONEY -> plain + " USD";
            case DAYS -> plain + " days";
            case PRICE -> plain + " USD/g";
            case MASS -> plain + " g";
            default -> plain;
        };
    }
}
