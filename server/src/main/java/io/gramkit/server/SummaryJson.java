package io.gramkit.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** summary.csv as the API's {@code summary} object: each metric's value, numbers as numbers. */
final class SummaryJson {
    private SummaryJson() {}

    static Map<String, Object> read(Path summaryCsv) throws IOException {
        Map<String, Object> summary = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(summaryCsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            List<String> cells = cells(line);
            if (cells.size() >= 2) {
                summary.put(cells.get(0), value(cells.get(1)));
            }
        }
        return summary;
    }

    private static Object value(String cell) {
        try {
            if (cell.matches("-?[0-9]+")) {
                return Long.valueOf(cell);
            }
            return Double.valueOf(cell);
        } catch (NumberFormatException e) {
            return cell;
        }
    }

    /** One CSV row's cells (RFC 4180 quoting). */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
