package io.gramkit.golddata;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.model.GoldPrices;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a file of given gold paths: header {@code path,day,price}, prices in USD per gram, paths
 * numbered from 0 without gaps, days 0 .. horizon for every path, rows in any order. Every
 * malformed row is reported with its line and column; problems are collected, not thrown one by one.
 */
public final class GoldPathsFile {
    private static final String HEADER = "path,day,price";
    /** A file naming more paths than this is refused before memory is allocated for it. */
    private static final int MAX_PATHS = 10_000_000;

    private GoldPathsFile() {}

    /**
     * Reads a file of gold prices, one row per path and day.
     *
     * @throws io.gramkit.diagnostic.InputException listing every malformed row
     */
    public static GoldPrices read(Path file, int horizonDays) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            return fail(new SourceFile(file.toString(), ""), DataCode.PATHS_NOT_TEXT, "file is not UTF-8 text");
        } catch (IOException e) {
            return fail(
                    new SourceFile(file.toString(), ""), DataCode.PATHS_CANNOT_READ, "cannot read file: " + reason(e));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark, as spreadsheet "CSV UTF-8" exports write
        }
        return parse(new SourceFile(file.toString(), text), horizonDays);
    }

    static GoldPrices parse(SourceFile source, int horizonDays) {
        Diagnostics problems = new Diagnostics();
        double[][] byPath = new double[0][];
        int[][] lineOf = new int[0][];
        int pathCount = 0;
        try (BufferedReader lines = new BufferedReader(new java.io.StringReader(source.text()))) {
            String header = lines.readLine();
            if (header == null || !header.strip().equals(HEADER)) {
                problems.error(
                        DataCode.PATHS_HEADER,
                        SourceSpan.at(source, 1, 1, header == null ? 0 : header.length()),
                        "expected the header '" + HEADER + "'" + (header == null ? " in an empty file" : ""));
                problems.throwIfErrors();
            }
            int lineNumber = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                Row row = Row.parse(source, lineNumber, line, horizonDays, problems);
                if (row == null) {
                    continue;
                }
                if (row.path >= byPath.length) {
                    int size = Math.max(row.path + 1, byPath.length * 2);
                    byPath = Arrays.copyOf(byPath, size);
                    lineOf = Arrays.copyOf(lineOf, size);
                }
                if (byPath[row.path] == null) {
                    byPath[row.path] = new double[horizonDays + 1];
                    lineOf[row.path] = new int[horizonDays + 1];
                }
                if (lineOf[row.path][row.day] != 0) {
                    problems.error(
                            DataCode.PATHS_DUPLICATE,
                            SourceSpan.at(source, lineNumber, 1, line.length()),
                            "duplicate row for path " + row.path + ", day " + row.day + "; first given on line "
                                    + lineOf[row.path][row.day]);
                    continue;
                }
                byPath[row.path][row.day] = row.price;
                lineOf[row.path][row.day] = lineNumber;
                pathCount = Math.max(pathCount, row.path + 1);
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string cannot fail", e);
        }
        if (pathCount == 0 && !problems.hasErrors()) {
            problems.error(DataCode.PATHS_EMPTY, SourceSpan.of(source), "the file holds no prices");
        }
        problems.throwIfErrors(); // missing days would only echo the malformed rows
        for (int path = 0; path < pathCount; path++) {
            if (lineOf[path] == null) {
                path = reportGap(source, path, lineOf, problems);
            } else {
                reportMissing(source, path, lineOf[path], horizonDays, problems);
            }
        }
        problems.throwIfErrors();
        return GoldPrices.of(source.name(), Arrays.copyOf(byPath, pathCount));
    }

    /**
     * Reports the paths from {@code first} with no rows as one problem, at the first line that
     * names the path after the gap (where the numbering jumps); returns the last missing path.
     */
    private static int reportGap(SourceFile source, int first, int[][] lineOf, Diagnostics problems) {
        int next = first;
        while (lineOf[next] == null) {
            next++; // ends: the largest path number has rows
        }
        int jump = Integer.MAX_VALUE;
        for (int line : lineOf[next]) {
            jump = line == 0 ? jump : Math.min(jump, line);
        }
        int before = first - 1;
        String missing =
                next - first == 1 ? "path " + first + " has" : "paths " + first + " to " + (next - 1) + " have";
        String text = source.line(jump);
        problems.error(
                DataCode.PATHS_GAP,
                SourceSpan.at(source, jump, 1, text.length()),
                missing + " no rows: the path numbers jump " + (before < 0 ? "to " : "from " + before + " to ") + next
                        + " here; paths must be numbered from 0 without gaps");
        return next - 1;
    }

    private static void reportMissing(SourceFile source, int path, int[] lines, int horizonDays, Diagnostics problems) {
        int missing = 0;
        int first = -1;
        for (int day = 0; day <= horizonDays; day++) {
            if (lines[day] == 0) {
                missing++;
                first = first < 0 ? day : first;
            }
        }
        if (missing > 0) {
            problems.error(
                    DataCode.PATHS_MISSING_DAYS,
                    SourceSpan.of(source),
                    "path " + path + " lacks " + missing + " of days 0.." + horizonDays + " (first missing: day "
                            + first + ")");
        }
    }

    private static GoldPrices fail(SourceFile source, DataCode code, String message) {
        Diagnostics problems = new Diagnostics();
        problems.error(code, SourceSpan.of(source), message);
        problems.throwIfErrors();
        throw new AssertionError("unreachable");
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException
                ? "no such file"
                : e instanceof java.nio.file.AccessDeniedException
                        ? "permission denied"
                        : String.valueOf(e.getMessage());
    }

    /** One data row; {@code null} from {@link #parse} when it was malformed (and reported). */
    private record Row(int path, int day, double price) {

        static Row parse(SourceFile source, int line, String text, int horizonDays, Diagnostics problems) {
            String[] fields = text.split(",", -1);
            if (fields.length != 3) {
                problems.error(
                        DataCode.PATHS_FIELD_COUNT,
                        SourceSpan.at(source, line, 1, text.length()),
                        "expected 3 fields (path,day,price), found " + fields.length);
                return null;
            }
            int pathColumn = 1;
            int dayColumn = pathColumn + fields[0].length() + 1;
            int priceColumn = dayColumn + fields[1].length() + 1;
            Integer path = integer(source, line, pathColumn, fields[0], "path", MAX_PATHS - 1, problems);
            Integer day = integer(source, line, dayColumn, fields[1], "day", horizonDays, problems);
            Double price = price(source, line, priceColumn, fields[2], problems);
            return path == null || day == null || price == null ? null : new Row(path, day, price);
        }

        private static Integer integer(
                SourceFile source, int line, int column, String field, String what, int max, Diagnostics problems) {
            String value = field.strip();
            SourceSpan span = SourceSpan.at(source, line, column, Math.max(1, field.length()));
            if (!value.matches("[0-9]+")) {
                problems.error(DataCode.PATHS_NOT_WHOLE, span, what + " '" + value + "' is not a whole number from 0");
                return null;
            }
            long number = value.length() > 18 ? Long.MAX_VALUE : Long.parseLong(value);
            if (number > max) {
                problems.error(
                        DataCode.PATHS_BEYOND,
                        span,
                        what + " " + value + " is beyond the largest allowed " + what + " " + max
                                + (what.equals("day") ? " (the scenario's horizon)" : ""));
                return null;
            }
            return (int) number;
        }

        private static Double price(SourceFile source, int line, int column, String field, Diagnostics problems) {
            String value = field.strip();
            SourceSpan span = SourceSpan.at(source, line, column, Math.max(1, field.length()));
            double price;
            try {
                price = value.matches("[+-]?[0-9.eE+-]+") ? Double.parseDouble(value) : Double.NaN;
            } catch (NumberFormatException e) {
                price = Double.NaN;
            }
            if (!(price > 0) || Double.isInfinite(price)) {
                problems.error(
                        DataCode.PATHS_BAD_PRICE,
                        span,
                        "price '" + value + "' is not a positive number of USD per gram");
                return null;
            }
            return price;
        }
    }
}
