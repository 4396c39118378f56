package io.gramkit.model.policy;

/**
 * The observed-values table of docs/language.md, generated from {@link Observable}: a test fails
 * when the docs' copy differs ({@code -Dgram.docs.update=true} rewrites it).
 */
public final class ObservablesTable {
    /** The line before the generated table in docs/language.md. */
    public static final String BEGIN = "<!-- observables table: generated from io.gramkit.model.policy.Observable -->";
    /** The line after it. */
    public static final String END = "<!-- end of observables table -->";

    private ObservablesTable() {}

    /** The table in Markdown, one row per word, in declaration order. */
    public static String markdown() {
        StringBuilder table = new StringBuilder();
        table.append("| word | unit | formula | through the feed | DRL (`TokenDay`) | meaning |\n");
        table.append("|---|---|---|---|---|---|\n");
        for (Observable word : Observable.values()) {
            table.append("| `")
                    .append(word == Observable.GOLD_MOVE ? "gold move over <duration>" : word.words())
                    .append("` | ")
                    .append(
                            switch (word.measure()) {
                                case FRACTION -> "percentage";
                                case PRICE -> "USD/g";
                                default -> "number";
                            })
                    .append(" | `")
                    .append(word.formula())
                    .append("` | ")
                    .append(word.throughFeed() ? "yes" : "no: seen = true")
                    .append(" | `")
                    .append(word.drl())
                    .append("` | ")
                    .append(word.meaning())
                    .append(" |\n");
        }
        return table.toString();
    }
}
