package io.gramkit.notebook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * A small read-only table of formatted cells with named columns, shown as an HTML table. Rows
 * are produced on demand, so a table over a million paths costs nothing until it is shown; a
 * long table shows its first and last rows, as pandas does.
 */
public final class Table implements Displayable {
    /** Longer tables are shown as their first {@link #SHOWN_HEAD} and last {@link #SHOWN_TAIL} rows. */
    static final int MAX_SHOWN = 20;

    static final int SHOWN_HEAD = 10;
    static final int SHOWN_TAIL = 5;

    private final String caption;
    private final List<String> columns;
    private final int rowCount;
    private final IntFunction<List<String>> row;

    private Table(String caption, List<String> columns, int rowCount, IntFunction<List<String>> row) {
        this.caption = Objects.requireNonNull(caption, "caption");
        this.columns = List.copyOf(columns);
        if (rowCount < 0) {
            throw new IllegalArgumentException("negative row count " + rowCount);
        }
        this.rowCount = rowCount;
        this.row = row;
    }

    /** A table whose row {@code i} is {@code row.apply(i)}, one formatted cell per column. */
    public static Table of(String caption, List<String> columns, int rowCount, IntFunction<List<String>> row) {
        return new Table(caption, columns, rowCount, row);
    }

    /** A table of rows already at hand. */
    public static Table of(String caption, List<String> columns, List<List<String>> rows) {
        List<List<String>> copy = rows.stream().map(List::copyOf).toList();
        return new Table(caption, columns, copy.size(), copy::get);
    }

    public String caption() {
        return caption;
    }

    public List<String> columns() {
        return columns;
    }

    public int rowCount() {
        return rowCount;
    }

    /** The formatted cells of row {@code index} (0-based). */
    public List<String> row(int index) {
        Objects.checkIndex(index, rowCount);
        List<String> cells = row.apply(index);
        if (cells.size() != columns.size()) {
            throw new IllegalStateException(
                    "row " + index + " has " + cells.size() + " cells for " + columns.size() + " columns");
        }
        return cells;
    }

    /** The first {@code n} rows (all of them when there are fewer). */
    public Table head(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative row count " + n);
        }
        return new Table(caption, columns, Math.min(n, rowCount), row);
    }

    /** The rows shown: all of a short table; the first and last rows of a long one, -1 marking the gap. */
    private List<Integer> shownRows() {
        List<Integer> shown = new ArrayList<>();
        if (rowCount <= MAX_SHOWN) {
            for (int i = 0; i < rowCount; i++) {
                shown.add(i);
            }
            return shown;
        }
        for (int i = 0; i < SHOWN_HEAD; i++) {
            shown.add(i);
        }
        shown.add(-1);
        for (int i = rowCount - SHOWN_TAIL; i < rowCount; i++) {
            shown.add(i);
        }
        return shown;
    }

    @Override
    public Optional<String> html() {
        StringBuilder out = new StringBuilder("<table class=\"gram-table\">\n");
        if (!caption.isEmpty()) {
            out.append("<caption>").append(Html.escape(caption)).append("</caption>\n");
        }
        out.append("<thead><tr>");
        columns.forEach(column -> out.append("<th>").append(Html.escape(column)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (int index : shownRows()) {
            out.append("<tr>");
            if (index < 0) {
                columns.forEach(column -> out.append("<td>&hellip;</td>"));
            } else {
                for (String cell : row(index)) {
                    out.append(Formats.isNumeric(cell) ? "<td style=\"text-align:right\">" : "<td>")
                            .append(Html.escape(cell))
                            .append("</td>");
                }
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (rowCount > MAX_SHOWN) {
            out.append("<p>")
                    .append(Formats.count(rowCount))
                    .append(" rows &times; ")
                    .append(columns.size())
                    .append(" columns</p>\n");
        }
        return Optional.of(out.toString());
    }

    @Override
    public String text() {
        List<Integer> shown = shownRows();
        List<List<String>> cells = new ArrayList<>();
        cells.add(columns);
        for (int index : shown) {
            cells.add(index < 0 ? columns.stream().map(column -> "...").toList() : row(index));
        }
        int[] widths = new int[columns.size()];
        boolean[] numeric = new boolean[columns.size()];
        Arrays.fill(numeric, cells.size() > 1);
        for (int line = 0; line < cells.size(); line++) {
            for (int c = 0; c < widths.length; c++) {
                String cell = cells.get(line).get(c);
                widths[c] = Math.max(widths[c], cell.length());
                // A column of numbers is right-aligned, its header too (the gap row's "..." aside).
                numeric[c] &= line == 0 || cell.equals("...") || Formats.isNumeric(cell);
            }
        }
        StringBuilder out = new StringBuilder();
        if (!caption.isEmpty()) {
            out.append(caption).append('\n');
        }
        for (List<String> line : cells) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                String cell = line.get(c);
                String pad = " ".repeat(widths[c] - cell.length());
                text.append(c == 0 ? "" : "  ").append(numeric[c] ? pad + cell : cell + pad);
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
        if (rowCount > MAX_SHOWN) {
            out.append('[')
                    .append(Formats.count(rowCount))
                    .append(" rows x ")
                    .append(columns.size())
                    .append(" columns]\n");
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
