package io.gramkit.rules;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks that a decision table's columns and rows can make working rules before Drools reads it:
 * Drools itself takes a table without an ACTION column (rules that decide nothing) and a row with
 * a cell missing (every value after the gap one column to the left: a fee read as a threshold)
 * without a word.
 */
final class TableShape {
    private TableShape() {}

    /** True when every rule table of the file has an ACTION column and rows as wide as its columns. */
    static boolean check(SourceFile table, Diagnostics diagnostics) {
        boolean ok = true;
        for (int line = 1; line <= table.lineCount(); line++) {
            List<String> cells = cells(table.line(line));
            if (!cells.isEmpty()
                    && strip(cells.get(0)).toLowerCase(Locale.ROOT).startsWith("ruletable")
                    && line + 1 <= table.lineCount()) {
                ok &= checkTable(
                        table,
                        line + 1,
                        strip(cells.get(0)).substring("RuleTable".length()).strip(),
                        diagnostics);
            }
        }
        return ok;
    }

    private static boolean checkTable(SourceFile table, int keywordRow, String tableName, Diagnostics diagnostics) {
        List<String> keywords = cells(table.line(keywordRow));
        int width = 0;
        List<Integer> actions = new ArrayList<>();
        int nameColumn = 0;
        for (int i = 0; i < keywords.size(); i++) {
            String keyword = strip(keywords.get(i)).toUpperCase(Locale.ROOT);
            if (!keyword.isEmpty()) {
                width = i + 1;
            }
            if (keyword.equals("ACTION") || keyword.equals("A")) {
                actions.add(i);
            } else if (keyword.equals("NAME") || keyword.equals("N")) {
                nameColumn = i;
            }
        }
        String what = tableName.isEmpty() ? "the rule table" : "the rule table '" + tableName + "'";
        if (actions.isEmpty()) {
            diagnostics.error(
                    RuleCode.TABLE_SHAPE,
                    lineSpan(table, keywordRow),
                    what + " has no ACTION column, so its rules would pull no lever; add the ACTION column (its"
                            + " snippet, such as '$token.chargeFee( $param );', in the row below the objects)");
            return false;
        }
        List<String> labels = keywordRow + 3 <= table.lineCount() ? cells(table.line(keywordRow + 3)) : List.of();
        boolean ok = true;
        for (int row = keywordRow + 4; row <= table.lineCount(); row++) {
            List<String> cells = cells(table.line(row));
            if (cells.stream().allMatch(cell -> strip(cell).isEmpty())
                    || strip(cells.get(0)).toLowerCase(Locale.ROOT).startsWith("ruletable")) {
                break;
            }
            int filled = 0;
            for (int i = 0; i < cells.size(); i++) {
                if (!strip(cells.get(i)).isEmpty()) {
                    filled = i + 1;
                }
            }
            String rule =
                    nameColumn < cells.size() && !strip(cells.get(nameColumn)).isEmpty()
                            ? "rule '" + strip(cells.get(nameColumn)) + "'"
                            : "the row";
            if (cells.size() < width || filled > width) {
                String last = filled > 0 ? strip(cells.get(filled - 1)) : "";
                String lands = filled > 0
                                && filled - 1 < labels.size()
                                && !strip(labels.get(filled - 1)).isEmpty()
                        ? " ('" + last + "' is read as '" + strip(labels.get(filled - 1)) + "')"
                        : "";
                diagnostics.error(
                        RuleCode.TABLE_SHAPE,
                        lineSpan(table, row),
                        "the row of " + rule + " has " + cells.size() + " cells where " + what + " has " + width
                                + " columns: a cell is " + (cells.size() < width ? "missing" : "extra")
                                + ", so the values after it are read in the wrong column" + lands
                                + "; write an empty cell (two commas) where a column does not apply");
                ok = false;
                continue;
            }
            boolean acts = actions.stream()
                    .anyMatch(i -> i < cells.size() && !strip(cells.get(i)).isEmpty());
            if (!acts) {
                diagnostics.error(
                        RuleCode.TABLE_SHAPE,
                        lineSpan(table, row),
                        "the row of " + rule + " leaves every ACTION cell empty, so its rule would pull no lever;"
                                + " fill in the value it sets");
                ok = false;
            }
        }
        return ok;
    }

    private static List<String> cells(String line) {
        List<Integer> starts = DecisionTables.cellStarts(line);
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            cells.add(DecisionTables.cellText(line, starts, i));
        }
        return cells;
    }

    private static String strip(String cell) {
        String s = cell.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s;
    }

    private static SourceSpan lineSpan(SourceFile file, int line) {
        return SourceSpan.at(file, line, 1, Math.max(1, file.line(line).length()));
    }
}
