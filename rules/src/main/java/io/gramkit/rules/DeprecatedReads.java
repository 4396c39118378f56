package io.gramkit.rules;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule files that read a deprecated {@link TokenDay} property: the rules still run as before,
 * with a warning (R140) at each read that says what to read instead.
 */
final class DeprecatedReads {
    /** Deprecated property, as DRL may read it (field or getter), and what to say about it. */
    private static final Map<String, String> ADVICE = Map.of(
            "cashShare",
            "'cashShare' is deprecated: it is cash over all reserves, not the scenario language's cash share"
                    + " (cash over what is owed); read 'cashShareOfReserves' for the same value, or 'cashBuffer'"
                    + " for the cash share");

    private static final Pattern READ = Pattern.compile("(?<![\\w$])(?:get)?("
            + String.join(
                    "|", ADVICE.keySet().stream().map(DeprecatedReads::names).toList()) + ")(?![\\w$])");
    /** Comments and string literals, which read nothing. */
    private static final Pattern QUIET =
            Pattern.compile("//[^\\n]*|/\\*.*?\\*/|\"(?:[^\"\\\\\\n]|\\\\.)*\"", Pattern.DOTALL);

    private DeprecatedReads() {}

    static List<Diagnostic> of(List<RuleText> texts) {
        List<Diagnostic> warnings = new ArrayList<>();
        for (RuleText text : texts) {
            String drl = blank(String.join("\n", lines(text)));
            Matcher read = READ.matcher(drl);
            while (read.find()) {
                int line = 1
                        + (int) drl.substring(0, read.start())
                                .chars()
                                .filter(c -> c == '\n')
                                .count();
                int column = read.start() - drl.lastIndexOf('\n', read.start() - 1);
                SourceSpan span = text.toSource(SourceSpan.at(text.drl(), line, column, read.end() - read.start()));
                warnings.add(Diagnostic.warning(RuleCode.DEPRECATED_FIELD, span, advice(read.group(1))));
            }
        }
        return List.copyOf(warnings);
    }

    private static String names(String property) {
        return property + "|" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
    }

    private static String advice(String read) {
        return ADVICE.get(Character.toLowerCase(read.charAt(0)) + read.substring(1));
    }

    private static List<String> lines(RuleText text) {
        List<String> lines = new ArrayList<>();
        for (int line = 1; line <= text.drl().lineCount(); line++) {
            lines.add(text.drl().line(line));
        }
        return lines;
    }

    /** The text with comments and strings replaced by spaces, so offsets and lines stay put. */
    private static String blank(String drl) {
        StringBuilder blanked = new StringBuilder(drl);
        Matcher quiet = QUIET.matcher(drl);
        while (quiet.find()) {
            for (int i = quiet.start(); i < quiet.end(); i++) {
                if (blanked.charAt(i) != '\n') {
                    blanked.setCharAt(i, ' ');
                }
            }
        }
        return blanked.toString();
    }
}
