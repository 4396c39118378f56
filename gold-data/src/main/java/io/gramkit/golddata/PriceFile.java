package io.gramkit.golddata;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.SourceFile;
import io.gramkit.diagnostic.SourceSpan;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A gold price file as written: a date column and a price column, in the shapes people have.
 * <ul>
 * <li>Delimiter: comma, semicolon or tab (whichever the first line holds most of); fields may be
 * in double quotes, and a quoted price may have thousands separators ({@code "1,234.50"}).</li>
 * <li>A header names the columns (a file without one has exactly a date and a price); the date
 * column is the one named like a date ({@code Date}, {@code month}, {@code observation_date}, ...),
 * the price column the only other one, or the one named like a price ({@code Price},
 * {@code Close}, {@code Value}, {@code USD}, ...), or the one asked for by name.</li>
 * <li>Dates: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, one shape in a file.</li>
 * <li>Missing prices: an empty cell, {@code .}, {@code NA}, {@code N/A}, {@code NaN}, {@code null}.</li>
 * <li>Unit: from the price column's name ({@code USD/oz}, {@code price_usd_per_g}, {@code per ounce},
 * ...) or stated by the caller; never guessed from the numbers.</li>
 * </ul>
 * Lines that are blank or start with {@code #} are skipped. Malformed rows are reported all at
 * once with their line and column; questions of quality (duplicates, order, non-positive prices,
 * gaps) are for {@link #inspect()} to list and {@link #series()} to refuse.
 */
public final class PriceFile {
    /** Larger files are refused unread. */
    public static final long MAX_BYTES = 256L << 20;

    private static final Set<String> MISSING = Set.of("", ".", "na", "n/a", "nan", "null", "#n/a");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final List<String> DATE_NAMES =
            List.of("date", "time", "timestamp", "day", "month", "year", "period", "observation_date");
    /** Price column names, in order of preference. */
    private static final List<String> PRICE_WORDS = List.of("price", "close", "value", "usd", "gold", "xau");

    private final SourceFile source;
    private final String dateColumn;
    private final String priceColumn;
    private final DatePrecision precision;
    private final Optional<PriceUnit> unit;
    private final String unitOrigin;
    private final List<Observation> rows;

    private PriceFile(
            SourceFile source,
            String dateColumn,
            String priceColumn,
            DatePrecision precision,
            Optional<PriceUnit> unit,
            String unitOrigin,
            List<Observation> rows) {
        this.source = source;
        this.dateColumn = dateColumn;
        this.priceColumn = priceColumn;
        this.precision = precision;
        this.unit = unit;
        this.unitOrigin = unitOrigin;
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads a price file.
     *
     * @param statedUnit the unit given by the user, if any; it must agree with the header's
     * @param column     the price column's name, when the file has several candidates
     * @throws InputException listing every malformed row
     */
    public static PriceFile read(Path file, Optional<PriceUnit> statedUnit, Optional<String> column) {
        return read(file, file.toString(), statedUnit, column);
    }

    /**
     * Reads a price file that diagnostics name {@code name} (the path as the user sees it, such as
     * relative to the scenario that names the file).
     */
    public static PriceFile read(Path file, String name, Optional<PriceUnit> statedUnit, Optional<String> column) {
        SourceSpan empty = SourceSpan.of(new SourceFile(name, ""));
        try {
            if (Files.isDirectory(file)) {
                throw fail(DataCode.CANNOT_READ, empty, "cannot read the file: it is a folder");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw fail(
                        DataCode.FILE_TOO_LARGE,
                        empty,
                        String.format(
                                Locale.ROOT, "the file has %,d bytes; a price file has at most %,d", size, MAX_BYTES));
            }
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            if (text.indexOf('\0') >= 0) {
                throw fail(DataCode.NOT_TEXT, empty, "the file is not text: it holds NUL characters");
            }
            return parse(new SourceFile(name, text), statedUnit, column);
        } catch (CharacterCodingException e) {
            throw fail(DataCode.NOT_TEXT, empty, "the file is not UTF-8 text");
        } catch (NoSuchFileException e) {
            throw fail(DataCode.CANNOT_READ, empty, "cannot read the file: it does not exist");
        } catch (AccessDeniedException e) {
            throw fail(DataCode.CANNOT_READ, empty, "cannot read the file: permission denied");
        } catch (IOException e) {
            throw fail(DataCode.CANNOT_READ, empty, "cannot read the file: " + e.getMessage());
        }
    }

    /** Parses price file text; see {@link #read}. */
    public static PriceFile parse(SourceFile source, Optional<PriceUnit> statedUnit, Optional<String> column) {
        Diagnostics problems = new Diagnostics();
        int first = firstContentLine(source, 1);
        if (first == 0) {
            throw fail(DataCode.TOO_FEW_PRICES, SourceSpan.of(source), "the file holds no prices");
        }
        String headerLine = stripBom(source.line(first));
        char delimiter = delimiter(headerLine);
        List<Field> header = Field.split(headerLine, delimiter);
        boolean headerless = header.stream()
                .anyMatch(f -> DatePrecision.periodStart(f.value()).isPresent());
        int dateIndex;
        int priceIndex;
        String dateName;
        String priceName;
        int dataFrom;
        if (headerless) {
            if (header.size() != 2
                    || DatePrecision.periodStart(header.get(0).value()).isEmpty()) {
                throw fail(
                        DataCode.NO_DATE_COLUMN,
                        span(source, first, header.get(0)),
                        "a file without a header must have exactly two columns, the date and the price; found "
                                + header.size() + " fields with no header line");
            }
            dateIndex = 0;
            priceIndex = 1;
            dateName = "column 1";
            priceName = "column 2";
            dataFrom = first;
        } else {
            dateIndex = dateColumn(header);
            if (dateIndex < 0 || header.size() < 2) {
                throw fail(
                        DataCode.NO_DATE_COLUMN,
                        SourceSpan.at(source, first, 1, headerLine.length()),
                        "no date column in the header " + quote(headerLine)
                                + "; expected a column named like 'date', 'month' or 'year' and a price column");
            }
            priceIndex = priceColumn(source, first, header, dateIndex, column);
            dateName = header.get(dateIndex).value();
            priceName = header.get(priceIndex).value();
            dataFrom = first + 1;
        }
        Optional<PriceUnit> headerUnit = headerless ? Optional.empty() : unitIn(priceName);
        if (statedUnit.isPresent() && headerUnit.isPresent() && statedUnit.get() != headerUnit.get()) {
            throw fail(
                    DataCode.UNIT_CONFLICT,
                    span(source, first, header.get(priceIndex)),
                    "the header says the prices are in " + headerUnit.get().symbol() + " but --unit says "
                            + statedUnit.get().symbol());
        }
        Optional<PriceUnit> unit = statedUnit.isPresent() ? statedUnit : headerUnit;
        String origin = statedUnit.isPresent() ? "stated with --unit" : headerUnit.isPresent() ? "from the header" : "";

        List<Observation> rows = new ArrayList<>();
        DatePrecision precision = null;
        int precisionLine = 0;
        for (int line = dataFrom; line <= source.lineCount(); line++) {
            String text = source.line(line);
            if (text.isBlank() || text.stripLeading().startsWith("#")) {
                continue;
            }
            List<Field> fields = Field.split(line == first ? stripBom(text) : text, delimiter);
            int needed = Math.max(dateIndex, priceIndex) + 1;
            if (fields.size() < needed) {
                problems.report(DataCode.MISSING_FIELD.at(
                        SourceSpan.at(source, line, 1, Math.max(1, text.length())),
                        "expected at least " + needed + " fields (" + dateName + " in field " + (dateIndex + 1) + ", "
                                + priceName + " in field " + (priceIndex + 1) + "), found " + fields.size()));
                continue;
            }
            if (fields.subList(Math.min(fields.size(), header.size()), fields.size()).stream()
                    .anyMatch(f -> !f.value().isEmpty())) {
                problems.report(DataCode.MISSING_FIELD.at(
                        SourceSpan.at(source, line, 1, Math.max(1, text.length())),
                        "expected " + header.size() + " fields as in the " + (headerless ? "first row" : "header")
                                + ", found " + fields.size() + " (a decimal comma? write 1.5, or quote \"1,5\")"));
                continue;
            }
            Field dateField = fields.get(dateIndex);
            Field priceField = fields.get(priceIndex);
            SourceSpan dateSpan = span(source, line, dateField);
            SourceSpan priceSpan = span(source, line, priceField);
            Optional<DatePrecision> shape = DatePrecision.of(dateField.value());
            Optional<LocalDate> date = shape.flatMap(p -> p.start(dateField.value()));
            if (date.isEmpty()) {
                problems.report(DataCode.MALFORMED_DATE.at(
                        dateSpan,
                        "date " + quote(dateField.value())
                                + (shape.isPresent() ? " is not a real date" : " is not YYYY-MM-DD, YYYY-MM or YYYY")));
            } else if (precision == null) {
                precision = shape.get();
                precisionLine = line;
            } else if (shape.get() != precision) {
                problems.report(DataCode.MIXED_DATES.at(
                        dateSpan,
                        "date " + quote(dateField.value()) + " is "
                                + shape.get().shape() + " but the file's dates are " + precision.shape() + " (line "
                                + precisionLine + ")"));
                date = Optional.empty();
            }
            Optional<OptionalDouble> price = price(priceField, priceSpan, priceName, problems);
            if (date.isPresent() && price.isPresent()) {
                rows.add(new Observation(line, date.get(), price.get(), dateSpan, priceSpan));
            }
        }
        problems.throwIfErrors();
        if (rows.isEmpty()) {
            throw fail(DataCode.TOO_FEW_PRICES, SourceSpan.of(source), "the file holds no prices");
        }
        return new PriceFile(source, dateName, priceName, precision, unit, origin, rows);
    }

    public SourceFile source() {
        return source;
    }

    public String dateColumn() {
        return dateColumn;
    }

    public String priceColumn() {
        return priceColumn;
    }

    public DatePrecision precision() {
        return precision;
    }

    /** The unit, if stated by the caller or the header. */
    public Optional<PriceUnit> unit() {
        return unit;
    }

    /** {@code stated with --unit}, {@code from the header}, or "" when unknown. */
    public String unitOrigin() {
        return unitOrigin;
    }

    /** Every well-formed data row, in file order. */
    public List<Observation> rows() {
        return rows;
    }

    /** Lists the file's quality problems as warnings and the clean series they leave. */
    public Inspection inspect() {
        return Inspection.of(this);
    }

    /**
     * The prices in date order, for calibration and simulation: rows without a price are skipped; a
     * file in descending date order is reversed; duplicates, dates out of order and non-positive
     * prices are errors.
     *
     * @throws InputException listing every such row
     */
    public PriceSeries series() {
        Diagnostics problems = new Diagnostics();
        List<Observation> priced =
                rows.stream().filter(o -> o.price().isPresent()).toList();
        for (Observation o : priced) {
            if (!(o.price().getAsDouble() > 0)) {
                problems.report(DataCode.NON_POSITIVE_PRICE.at(
                        o.priceSpan(), "price " + quote(written(o.priceSpan())) + " is not positive"));
            }
        }
        List<Observation> ordered = Inspection.descending(priced) ? reversed(priced) : priced;
        Observation previous = null;
        java.util.Map<LocalDate, Observation> seen = new java.util.HashMap<>();
        for (Observation o : ordered) {
            Observation earlier = seen.putIfAbsent(o.date(), o);
            if (earlier != null) {
                problems.report(DataCode.DUPLICATE_DATE.at(
                        o.dateSpan(),
                        "date " + quote(written(o.dateSpan())) + " is given again; the first is on line "
                                + earlier.line()));
            } else if (previous != null && o.date().isBefore(previous.date())) {
                problems.report(DataCode.OUT_OF_ORDER.at(
                        o.dateSpan(),
                        "date " + quote(written(o.dateSpan()))
                                + " comes after " + precision.format(previous.date()) + " (line " + previous.line()
                                + "); dates must be in order"));
            }
            if (earlier == null) {
                previous = o;
            }
        }
        problems.throwIfErrors();
        if (ordered.size() < 2) {
            throw fail(
                    DataCode.TOO_FEW_PRICES,
                    SourceSpan.of(source),
                    "the file holds " + ordered.size() + " price" + (ordered.size() == 1 ? "" : "s")
                            + "; at least 2 are needed for a return");
        }
        return PriceSeries.of(this, ordered);
    }

    static List<Observation> reversed(List<Observation> observations) {
        List<Observation> copy = new ArrayList<>(observations);
        java.util.Collections.reverse(copy);
        return copy;
    }

    // ---- columns

    private static int dateColumn(List<Field> header) {
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).value().toLowerCase(Locale.ROOT);
            if (DATE_NAMES.contains(name) || name.contains("date")) {
                return i;
            }
        }
        return -1;
    }

    private static int priceColumn(
            SourceFile source, int line, List<Field> header, int dateIndex, Optional<String> asked) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (i != dateIndex) {
                names.add(quote(header.get(i).value()));
            }
        }
        if (asked.isPresent()) {
            for (int i = 0; i < header.size(); i++) {
                if (i != dateIndex
                        && header.get(i).value().equalsIgnoreCase(asked.get().strip())) {
                    return i;
                }
            }
            throw fail(
                    DataCode.NO_PRICE_COLUMN,
                    SourceSpan.at(source, line, 1, source.line(line).length()),
                    "no column named " + quote(asked.get()) + "; the columns besides the date are "
                            + String.join(", ", names));
        }
        if (header.size() == 2) {
            return 1 - dateIndex;
        }
        for (String word : PRICE_WORDS) {
            List<Integer> matches = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                if (i != dateIndex
                        && header.get(i).value().toLowerCase(Locale.ROOT).contains(word)) {
                    matches.add(i);
                }
            }
            if (matches.size() == 1) {
                return matches.get(0);
            }
            if (matches.size() > 1) {
                throw fail(
                        DataCode.NO_PRICE_COLUMN,
                        SourceSpan.at(source, line, 1, source.line(line).length()),
                        "several price columns: "
                                + String.join(
                                        ", ",
                                        matches.stream()
                                                .map(i -> quote(header.get(i).value()))
                                                .toList()) + "; name the one to use (--column)");
            }
        }
        throw fail(
                DataCode.NO_PRICE_COLUMN,
                SourceSpan.at(source, line, 1, source.line(line).length()),
                "cannot tell which column holds the price among " + String.join(", ", names) + "; name it (--column)");
    }

    /** The unit a column name states: {@code USD/oz}, {@code price_usd_per_g}, {@code per troy ounce}, ... */
    static Optional<PriceUnit> unitIn(String name) {
        List<String> words = List.of(name.toLowerCase(Locale.ROOT).split("[^a-z]+"));
        boolean ounce = words.contains("oz")
                || words.contains("ounce")
                || words.contains("ounces")
                || words.contains("troy")
                || words.contains("toz");
        boolean gram = words.contains("g") || words.contains("gram") || words.contains("grams") || words.contains("gr");
        return ounce == gram ? Optional.empty() : Optional.of(ounce ? PriceUnit.USD_PER_OUNCE : PriceUnit.USD_PER_GRAM);
    }

    // ---- values

    private static Optional<OptionalDouble> price(Field field, SourceSpan span, String column, Diagnostics problems) {
        String value = field.value();
        if (MISSING.contains(value.toLowerCase(Locale.ROOT))) {
            return Optional.of(OptionalDouble.empty());
        }
        String plain = field.quoted() && GROUPED.matcher(value).matches() ? value.replace(",", "") : value;
        if (NUMBER.matcher(plain).matches()) {
            double price = Double.parseDouble(plain);
            if (Double.isFinite(price)) {
                return Optional.of(OptionalDouble.of(price));
            }
        }
        problems.report(DataCode.MALFORMED_PRICE.at(span, column + " " + quote(value) + " is not a number"));
        return Optional.empty();
    }

    private static char delimiter(String line) {
        char best = ',';
        long most = -1;
        for (char c : new char[] {',', ';', '\t'}) {
            long count = Field.split(line, c).size();
            if (count > most) {
                best = c;
                most = count;
            }
        }
        return best;
    }

    private static int firstContentLine(SourceFile source, int from) {
        for (int line = from; line <= source.lineCount(); line++) {
            String text = stripBom(source.line(line));
            if (!text.isBlank() && !text.stripLeading().startsWith("#")) {
                return line;
            }
        }
        return 0;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static SourceSpan span(SourceFile source, int line, Field field) {
        return SourceSpan.at(
                source, line, field.column(), Math.max(1, field.raw().length()));
    }

    /** The text at {@code span} as written. */
    static String written(SourceSpan span) {
        String line = span.file().line(span.line());
        int from = Math.min(Math.max(0, span.column() - 1), line.length());
        return line.substring(from, Math.min(line.length(), from + span.length()))
                .strip();
    }

    static String quote(String text) {
        return "'" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "'";
    }

    static InputException fail(DataCode code, SourceSpan span, String message) {
        Diagnostic diagnostic = code.at(span, message);
        return new InputException(diagnostic);
    }

    /** One field of a row: where it starts (1-based column), its text as written and its value. */
    record Field(int column, String raw, String value, boolean quoted) {

        static List<Field> split(String line, char delimiter) {
            List<Field> fields = new ArrayList<>();
            int start = 0;
            while (true) {
                int i = start;
                boolean quoted = false;
                StringBuilder value = new StringBuilder();
                int lead = i;
                while (lead < line.length() && line.charAt(lead) == ' ') {
                    lead++;
                }
                if (lead < line.length() && line.charAt(lead) == '"') {
                    quoted = true;
                    i = lead + 1;
                    while (i < line.length()) {
                        char c = line.charAt(i);
                        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                            value.append('"');
                            i += 2;
                        } else if (c == '"') {
                            i++;
                            break;
                        } else {
                            value.append(c);
                            i++;
                        }
                    }
                    while (i < line.length() && line.charAt(i) != delimiter) {
                        i++;
                    }
                } else {
                    while (i < line.length() && line.charAt(i) != delimiter) {
                        i++;
                    }
                    value.append(line, start, i);
                }
                String raw = line.substring(start, i);
                int column = start + 1 + (raw.length() - raw.stripLeading().length());
                fields.add(new Field(column, raw.strip(), value.toString().strip(), quoted));
                if (i >= line.length()) {
                    return fields;
                }
                start = i + 1;
            }
        }
    }
}
