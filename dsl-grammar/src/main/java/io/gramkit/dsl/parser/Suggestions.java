package io.gramkit.dsl.parser;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The keyword a misspelt word most likely meant, by edit distance or a known alias. */
public final class Suggestions {
    /** Longer words are not compared: no keyword is this long, and distance is quadratic. */
    private static final int MAX_WORD = 40;
    /** Words people write for a unit symbol. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("percent", "%"),
            Map.entry("pct", "%"),
            Map.entry("gram", "g"),
            Map.entry("grams", "g"),
            Map.entry("ounce", "oz"),
            Map.entry("ounces", "oz"),
            Map.entry("tonne", "t"),
            Map.entry("tonnes", "t"),
            Map.entry("ton", "t"),
            Map.entry("tons", "t"),
            Map.entry("behavior", "behaviour"));

    private Suggestions() {}

    /**
     * The closest of the expected literals, if close enough: one edit for words of up to four
     * letters, two for longer ones; case is ignored, and a swap of neighbours counts as one edit.
     */
    public static Optional<String> closest(String word, List<String> literals) {
        if (word.length() > MAX_WORD) {
            return Optional.empty();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String alias = ALIASES.get(lower);
        if (alias != null && literals.contains(alias)) {
            return Optional.of(alias);
        }
        int allowed = word.length() <= 4 ? 1 : 2;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : literals.stream()
                .filter(l -> Character.isLetter(l.charAt(0)))
                .sorted()
                .toList()) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
