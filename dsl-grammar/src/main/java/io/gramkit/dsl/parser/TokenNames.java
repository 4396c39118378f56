package io.gramkit.dsl.parser;

import io.gramkit.dsl.diagnostic.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Readable names for tokens in messages: {@code <number>}, {@code 'spot'}, never ANTLR's raw sets. */
final class TokenNames {
    private static final Vocabulary VOCABULARY = GramParser.VOCABULARY;
    private static final Set<Integer> UNITS = Set.of(
            GramParser.PERCENT,
            GramParser.BASIS_POINTS,
            GramParser.USD,
            GramParser.USD_PER_GRAM,
            GramParser.USD_PER_OUNCE,
            GramParser.GRAM,
            GramParser.OUNCE,
            GramParser.TONNE,
            GramParser.DAY,
            GramParser.DAYS,
            GramParser.WEEK,
            GramParser.WEEKS,
            GramParser.MONTH,
            GramParser.MONTHS,
            GramParser.YEAR,
            GramParser.YEARS);

    /** Where statement keywords belong, to tell a misplaced statement from a wrong word. */
    private static final Map<Integer, String> HOMES = Map.ofEntries(
            Map.entry(GramParser.DESCRIPTION, "directly in the scenario"),
            Map.entry(GramParser.HORIZON, "directly in the scenario"),
            Map.entry(GramParser.PATHS, "directly in the scenario"),
            Map.entry(GramParser.SEED, "directly in the scenario"),
            Map.entry(GramParser.RULES, "directly in the scenario"),
            Map.entry(GramParser.SPOT, "in the gold block"),
            Map.entry(GramParser.MODEL, "in the gold block"),
            Map.entry(GramParser.SHOCK, "in the gold block"),
            Map.entry(GramParser.SUPPLY, "in the token block"),
            Map.entry(GramParser.RESERVES, "in the token block"),
            Map.entry(GramParser.MARKET, "in the behaviour block"),
            Map.entry(GramParser.FEE, "in the policy redemption block"),
            Map.entry(GramParser.RAISED, "in the policy redemption block"),
            Map.entry(GramParser.WIDE, "in the policy redemption block"),
            Map.entry(GramParser.CALM, "in the policy redemption block"),
            Map.entry(GramParser.DAILY, "in the policy redemption block"),
            Map.entry(GramParser.MINIMUM, "in the policy minting block"));

    private TokenNames() {}

    /** The offending token as a message names it: {@code 'spto'} or {@code end of file}. */
    static String found(Token token) {
        return token.getType() == Token.EOF ? "end of file" : Quote.of(token.getText());
    }

    /** {@code ; 'supply' belongs in the token block} for a statement keyword out of place, else "". */
    static String home(Token token) {
        String home = HOMES.get(token.getType());
        return home == null ? "" : " (" + found(token) + " belongs " + home + ")";
    }

    /** {@code expected '}'} or {@code expected one of: <number>, 'model', '}'}. */
    static String expected(IntervalSet expected) {
        List<String> names = names(expected);
        if (names.isEmpty()) {
            return "nothing more was expected";
        }
        return names.size() == 1 ? "expected " + names.get(0) : "expected one of: " + String.join(", ", names);
    }

    /** Placeholders first ({@code <number>}, {@code <string>}, {@code <unit>}), then literals in order. */
    static List<String> names(IntervalSet expected) {
        Set<String> placeholders = new TreeSet<>();
        Set<String> literals = new TreeSet<>();
        boolean endOfFile = false;
        for (int type : expected.toArray()) {
            if (type == Token.EOF) {
                endOfFile = true;
            } else if (type == GramParser.NUMBER
                    || type == GramParser.MALFORMED_NUMBER
                    || type == GramParser.PLUS
                    || type == GramParser.MINUS) {
                placeholders.add("<number>");
            } else if (type == GramParser.STRING || type == GramParser.UNTERMINATED_STRING) {
                placeholders.add("<string>");
            } else if (type == GramParser.DATE) {
                placeholders.add("<date>");
            } else if (type == GramParser.MULTIPLIER) {
                placeholders.add("<multiplier such as x2>");
            } else if (UNITS.contains(type)) {
                placeholders.add("<unit>");
            } else if (type == GramParser.IDENTIFIER) {
                placeholders.add("<name>");
            } else if (VOCABULARY.getLiteralName(type) != null) {
                literals.add(VOCABULARY.getLiteralName(type));
            }
        }
        List<String> names = new ArrayList<>(placeholders);
        names.addAll(literals);
        if (endOfFile) {
            names.add("end of file");
        }
        return names;
    }

    /** The fixed spellings among the expected tokens (keywords, units, punctuation), unquoted. */
    static List<String> literals(IntervalSet expected) {
        List<String> literals = new ArrayList<>();
        for (int type : expected.toArray()) {
            String literal = type > 0 ? VOCABULARY.getLiteralName(type) : null;
            if (literal != null) {
                literals.add(literal.substring(1, literal.length() - 1));
            }
        }
        return literals;
    }

    /** How every unit is written: {@code %}, {@code USD/g}, {@code days}, ... */
    static List<String> units() {
        return UNITS.stream()
                .map(VOCABULARY::getLiteralName)
                .map(l -> l.substring(1, l.length() - 1))
                .sorted()
                .toList();
    }

    /** Whether any expected token is a keyword or unit word (so an unknown word is a misspelling). */
    static boolean expectsWord(IntervalSet expected) {
        return literals(expected).stream().anyMatch(l -> Character.isLetter(l.charAt(0)));
    }
}
