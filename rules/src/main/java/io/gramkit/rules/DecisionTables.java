package io.gramkit.rules;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.interpreter.RuleFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Turns a decision table written as CSV ({@code *.drl.csv}) into DRL with Drools' own
 * spreadsheet compiler, and remembers which table row each generated rule came from, so that an
 * error in a generated rule points at its row (or at the template cell it quotes).
 */
final class DecisionTables {
    /** The comment Drools writes before each generated rule: {@code // rule values at A10, header at A5}. */
    private static final Pattern RULE_ROW = Pattern.compile("^\\s*// rule values at ([A-Z]+)(\\d+)");
    /** A cell named in Drools' messages, e.g. {@code C12}. */
    private static final Pattern CELL = Pattern.compile("\\b([A-Z]{1,3})(\\d{1,7})\\b");

    private DecisionTables() {}

    /** The generated rules, or null with the problem reported. */
    static RuleText convert(SourceFile table, List<RuleFile> inputs, Diagnostics diagnostics) {
        if (!TableShape.check(table, diagnostics)) {
            return null;
        }
        String drl;
        try {
            // a spreadsheet's "CSV UTF-8" starts with a byte-order mark, which would hide the first cell
            String text = table.text().startsWith("\uFEFF") ? table.text().substring(1) : table.text();
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), InputType.CSV);
        } catch (RuntimeException e) {
            // DecisionTableParseException and whatever a malformed table makes the parser throw
            String message = e.getMessage() != null
                    ? e.getMessage().strip()
                    : e.getClass().getSimpleName();
            diagnostics.error(
                    RuleCode.DECISION_TABLE,
                    cellSpan(table, message),
                    "not a decision table Drools can read: " + sentence(message));
            return null;
        }
        return RuleText.converted(table, drl, lineMap(table, drl), java.util.Map.of(), "generated", true, inputs);
    }

    /** Each generated line's table row: a rule's lines its row; package and imports their keyword rows. */
    private static int[] lineMap(SourceFile table, String drl) {
        String[] lines = drl.split("\n", -1);
        int[] map = new int[lines.length];
        int ruleSetRow = rowStarting(table, "RuleSet");
        int importRow = rowStarting(table, "Import");
        int row = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher rule = RULE_ROW.matcher(line);
            if (rule.find()) {
                row = Integer.parseInt(rule.group(2));
            } else if (line.startsWith("package ")) {
                map[i] = ruleSetRow;
                continue;
            } else if (line.startsWith("import ")) {
                map[i] = importRow;
                continue;
            }
            map[i] = row;
            if (line.equals("end")) {
                row = 0;
            }
        }
        return map;
    }

    private static int rowStarting(SourceFile table, String keyword) {
        for (int line = 1; line <= table.lineCount(); line++) {
            List<Integer> starts = cellStarts(table.line(line));
            for (int cell = 0; cell < starts.size(); cell++) {
                if (cellText(table.line(line), starts, cell).strip().equalsIgnoreCase(keyword)) {
                    return line;
                }
            }
        }
        return 0;
    }

    /** The cell a message names (Drools counts rows from 1 and columns from A), else the table. */
    private static SourceSpan cellSpan(SourceFile table, String message) {
        Matcher cell = CELL.matcher(message);
        while (cell.find()) {
            int column = columnIndex(cell.group(1));
            int row = Integer.parseInt(cell.group(2));
            if (row >= 1 && row <= table.lineCount()) {
                String line = table.line(row);
                List<Integer> starts = cellStarts(line);
                if (column < starts.size()) {
                    int start = starts.get(column);
                    return SourceSpan.at(
                            table,
                            row,
                            start + 1,
                            Math.max(1, cellText(line, starts, column).length()));
                }
            }
        }
        return SourceSpan.of(table);
    }

    private static int columnIndex(String letters) {
        int index = 0;
        for (int i = 0; i < letters.length(); i++) {
            index = index * 26 + (letters.charAt(i) - 'A' + 1);
        }
        return index - 1;
    }

    /** Where each cell of a CSV line starts (quotes respected). */
    static List<Integer> cellStarts(String line) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    static String cellText(String line, List<Integer> starts, int cell) {
        int end = cell + 1 < starts.size() ? starts.get(cell + 1) - 1 : line.length();
        return line.substring(starts.get(cell), end);
    }

    private static String sentence(String text) {
        String s = text.replaceAll("\\s+", " ");
        // one line: Drools' sentences joined with semicolons
        Matcher next = Pattern.compile("\\. ([A-Z])([a-z])").matcher(s);
        s = next.replaceAll(m -> "; " + m.group(1).toLowerCase(java.util.Locale.ROOT) + m.group(2));
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1)
                : s;
    }
}
