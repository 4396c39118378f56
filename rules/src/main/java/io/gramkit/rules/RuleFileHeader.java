package io.gramkit.rules;

import io.gramkit.diagnostic.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rule file's header, the leading comment block the house style asks of every rule file:
 * the {@code //} lines at the top of a {@code .drl} or {@code .dslr} file, the one-cell rows above
 * a decision table's {@code RuleSet} row. A line that starts with a label ({@code Purpose:})
 * starts that field; the lines after it continue it; lines before the first label are the
 * summary; a blank line after the fields ends the header (a note on the file's form may follow).
 * Whitespace is collapsed, so a header reads the same in every form.
 */
final class RuleFileHeader {
    static final List<String> LABELS = List.of("Purpose", "Owner", "Implements", "Reads", "Decides");

    private static final Pattern LABELLED =
            Pattern.compile("^(" + String.join("|", LABELS) + "):\\s*(.*)$", Pattern.DOTALL);

    private RuleFileHeader() {}

    static RuleBook.Header of(SourceFile source, boolean table) {
        StringBuilder summary = new StringBuilder();
        List<String[]> fields = new ArrayList<>();
        for (String line : table ? tableLines(source) : commentLines(source)) {
            Matcher labelled = LABELLED.matcher(line.strip());
            if (line.isBlank() && !fields.isEmpty()) {
                break; // a note after the header, such as how to read this form, is not part of it
            }
            if (labelled.matches()) {
                fields.add(new String[] {labelled.group(1), labelled.group(2)});
            } else if (fields.isEmpty()) {
                summary.append(' ').append(line);
            } else {
                fields.get(fields.size() - 1)[1] += " " + line;
            }
        }
        return new RuleBook.Header(
                collapsed(summary.toString()),
                fields.stream()
                        .map(field -> new RuleBook.Field(field[0], collapsed(field[1])))
                        .toList());
    }

    /** The text of the leading {@code //} lines, up to the first line that is not one. */
    private static List<String> commentLines(SourceFile source) {
        List<String> lines = new ArrayList<>();
        for (int line = 1; line <= source.lineCount(); line++) {
            String text = source.line(line).strip();
            if (!text.startsWith("//")) {
                break;
            }
            lines.add(text.substring(2));
        }
        return lines;
    }

    /** The leading rows of a table whose only filled cell is the first, up to the first keyword row. */
    private static List<String> tableLines(SourceFile source) {
        List<String> lines = new ArrayList<>();
        for (int line = 1; line <= source.lineCount(); line++) {
            String row = source.line(line);
            List<Integer> starts = DecisionTables.cellStarts(row);
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                cells.add(unquoted(DecisionTables.cellText(row, starts, i)));
            }
            boolean oneCell =
                    !cells.isEmpty() && cells.subList(1, cells.size()).stream().allMatch(String::isBlank);
            String first = cells.isEmpty() ? "" : cells.get(0);
            if (!oneCell || first.toLowerCase(Locale.ROOT).matches("(ruleset|ruletable|import|variables)\\b.*")) {
                break;
            }
            lines.add(first);
        }
        return lines;
    }

    private static String unquoted(String cell) {
        String s = cell.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }
        return s;
    }

    private static String collapsed(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
