package io.gramkit.rules;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.interpreter.RuleFile;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.parser.lang.ExpanderException;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.kie.internal.builder.KnowledgeBuilderResult;

/**
 * Expands a natural-language {@code .dslr} rule file into DRL with exactly one {@code .dsl}
 * mapping (Drools itself would merge every mapping of a build into one). The expansion keeps one
 * DRL line per source line, except for {@code -} lines, which join the pattern above them; so every
 * error of the expanded DRL points at the {@code .dslr} line it came from.
 */
final class DslExpansion {
    /** {@code expander fee-tiers.dsl}: the line naming the mapping, as Drools writes it. */
    static final Pattern EXPANDER = Pattern.compile("(?m)^[ \\t]*expander[ \\t]+(\\S+?)[ \\t]*;?[ \\t]*$");

    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern FULL_LINE_COMMENT = Pattern.compile("(?m)^[ \\t]*(//|#).*$");
    private static final Pattern ENTRY =
            Pattern.compile("\\[(condition|consequence|keyword|when|then|\\*|any)\\]\\[[^\\]]*\\][^=]*[^=\\s][^=]*=.*");
    private static final Pattern MAPPING_ERROR = Pattern.compile("^\\[?(\\d+)\\]?\\s*(.*)", Pattern.DOTALL);

    private DslExpansion() {}

    /**
     * Checks each entry line ({@code [scope][type]sentence=DRL}) before Drools' mapping parser,
     * which prints what it cannot read to the console and reports it without a line.
     */
    private static boolean entriesWellFormed(SourceFile dsl, Diagnostics diagnostics) {
        boolean wellFormed = true;
        for (int line = 1; line <= dsl.lineCount(); line++) {
            String text = dsl.line(line).strip();
            if (text.startsWith("[") && !ENTRY.matcher(text).matches()) {
                diagnostics.error(
                        RuleCode.DSL_MAPPING,
                        lineSpan(dsl, line),
                        "'" + text + "' is not a mapping entry;"
                                + " expected '[condition][]sentence=DRL', '[consequence][]sentence=DRL' or '[keyword][]word=DRL'");
                wellFormed = false;
            } else if (text.startsWith("[")
                    && text.chars().filter(c -> c == '{').count()
                            != text.chars().filter(c -> c == '}').count()) {
                diagnostics.error(
                        RuleCode.DSL_MAPPING,
                        lineSpan(dsl, line),
                        "unbalanced braces in '" + text + "'; a variable is written {name} on both sides of '='");
                wellFormed = false;
            }
        }
        return wellFormed;
    }

    /** Whether a {@code -} line is a sentence of the mapping ({@code {level}} matching any text). */
    private static boolean matchesAnEntry(String line, SourceFile dsl) {
        if (!line.startsWith("-")) {
            return false;
        }
        for (int i = 1; i <= dsl.lineCount(); i++) {
            String entry = dsl.line(i).strip();
            Matcher parts =
                    Pattern.compile("^\\[condition\\]\\[[^\\]]*\\](-[^=]*?)=").matcher(entry);
            if (!parts.find()) {
                continue;
            }
            StringBuilder regex = new StringBuilder();
            for (String piece : parts.group(1).strip().split("\\{[^}]*\\}", -1)) {
                if (regex.length() > 0) {
                    regex.append(".+?");
                }
                regex.append(Pattern.quote(piece));
            }
            if (line.replaceAll("\\s+", " ").matches(regex.toString().replaceAll("\\s+", " "))) {
                return true;
            }
        }
        return false;
    }

    /** The name the {@code expander} line gives, or null. */
    static String expanderName(String dslrText) {
        Matcher expander = EXPANDER.matcher(dslrText);
        return expander.find() ? expander.group(1) : null;
    }

    /** The expanded rules, or null with the problems reported. */
    static RuleText expand(SourceFile dslr, SourceFile dsl, List<RuleFile> inputs, Diagnostics diagnostics) {
        if (!entriesWellFormed(dsl, diagnostics)) {
            return null;
        }
        DSLTokenizedMappingFile mapping = new DSLTokenizedMappingFile();
        try {
            boolean parsed = mapping.parseAndLoad(new StringReader(dsl.text()));
            if (!parsed || !mapping.getErrors().isEmpty()) {
                for (KnowledgeBuilderResult error : mapping.getErrors()) {
                    int line = error.getLines() != null && error.getLines().length > 0 ? error.getLines()[0] : 0;
                    diagnostics.error(
                            RuleCode.DSL_MAPPING,
                            lineSpan(dsl, line),
                            "the DSL mapping does not parse: " + plain(error.getMessage()));
                }
                if (mapping.getErrors().isEmpty()) {
                    diagnostics.error(RuleCode.DSL_MAPPING, SourceSpan.of(dsl), "the DSL mapping does not parse");
                }
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DefaultExpander expander = new DefaultExpander();
        expander.addDSLMapping(mapping.getMapping());
        String prepared = prepare(dslr.text());
        String drl;
        try {
            drl = expander.expand(prepared);
        } catch (RuntimeException e) {
            diagnostics.error(
                    RuleCode.DSL_EXPANSION,
                    SourceSpan.of(dslr),
                    "the rules cannot be expanded with '" + shortName(dsl.name()) + "': "
                            + plain(String.valueOf(e.getMessage())));
            return null;
        }
        if (expander.hasErrors()) {
            int lastReported = -1;
            for (ExpanderException error : expander.getErrors()) {
                // Drools cannot attach a '-' line to a sentence it did not expand, and reports it too:
                // a valid '-' line right after an unknown sentence is not a second mistake
                if (error.getLine() == lastReported + 1
                        && lastReported > 0
                        && error.getLine() <= dslr.lineCount()
                        && matchesAnEntry(dslr.line(error.getLine()).strip(), dsl)) {
                    lastReported = error.getLine();
                    continue;
                }
                lastReported = error.getLine();
                SourceSpan span = lineSpan(dslr, error.getLine());
                diagnostics.error(
                        RuleCode.DSL_EXPANSION,
                        span,
                        "no entry of '" + shortName(dsl.name())
                                + "' expands "
                                + (span.isWholeFile()
                                        ? "the rules: " + plain(error.getMessage())
                                        : "'" + dslr.line(span.line()).strip() + "'"));
            }
            return null;
        }
        Map<Integer, int[]> joined = new HashMap<>();
        int[] lines = lineMap(prepared, drl, joined);
        return RuleText.converted(dslr, drl, lines, joined, "expanded to", false, inputs);
    }

    /**
     * Comments out of the way, lines kept: Drools' expander deletes block comments with their
     * line breaks and mangles comment lines in a consequence.
     */
    private static String prepare(String text) {
        String unix = text.replace("\r\n", "\n").replace('\r', '\n');
        Matcher block = BLOCK_COMMENT.matcher(unix);
        StringBuilder out = new StringBuilder();
        while (block.find()) {
            block.appendReplacement(out, Matcher.quoteReplacement("\n".repeat(newlines(block.group()))));
        }
        block.appendTail(out);
        return FULL_LINE_COMMENT.matcher(out).replaceAll("");
    }

    /**
     * The source line of each DRL line: one for one, but for the {@code -} lines of a rule, which
     * the expander joins to the pattern above ({@code joined}: DRL line to the source lines joined
     * into it, in order). If the counts do not add up, every line points at the file as a whole
     * rather than at a wrong line.
     */
    private static int[] lineMap(String prepared, String drl, Map<Integer, int[]> joined) {
        String[] source = prepared.split("\n", -1);
        int drlLines = drl.split("\n", -1).length;
        int[] map = new int[drlLines];
        Map<Integer, List<Integer>> joins = new HashMap<>();
        int next = 0;
        int lastPattern = -1;
        boolean inRule = false;
        for (int i = 0; i < source.length; i++) {
            String trimmed = source[i].strip();
            if (trimmed.startsWith("when") || trimmed.startsWith("then")) {
                inRule = true;
            } else if (trimmed.equals("end") || trimmed.startsWith("end ")) {
                inRule = false;
            } else if (inRule && trimmed.startsWith("-")) {
                joins.computeIfAbsent(lastPattern + 1, line -> new ArrayList<>())
                        .add(i + 1);
                continue;
            }
            if (next < map.length) {
                map[next] = i + 1;
            }
            if (!trimmed.isEmpty()) {
                lastPattern = next;
            }
            next++;
        }
        if (next != drlLines) {
            return new int[drlLines];
        }
        joins.forEach((line, lines) ->
                joined.put(line, lines.stream().mapToInt(Integer::intValue).toArray()));
        return map;
    }

    private static int newlines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    private static SourceSpan lineSpan(SourceFile file, int line) {
        if (line < 1 || line > file.lineCount()) {
            return SourceSpan.of(file);
        }
        String text = file.line(line);
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        return SourceSpan.at(file, line, first + 1, Math.max(1, text.strip().length()));
    }

    private static String plain(String message) {
        Matcher numbered = MAPPING_ERROR.matcher(message.strip());
        String text = numbered.matches() ? numbered.group(2) : message.strip();
        text = text.replaceAll("\\s+", " ");
        while (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))
                ? Character.toLowerCase(text.charAt(0)) + text.substring(1)
                : text;
    }

    private static String shortName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }
}
