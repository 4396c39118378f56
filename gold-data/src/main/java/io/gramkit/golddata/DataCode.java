package io.gramkit.golddata;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.Severity;
import io.gramkit.diagnostic.SourceSpan;

/**
 * The problems a gold price file or a calibration can have, with stable codes: {@code D2xx} for
 * price files ({@code D1xx} are the given-paths file's), {@code C1xx} for calibration. Listed in
 * docs/gold-models.md; a code, once published, keeps its meaning.
 */
public enum DataCode {
    CANNOT_READ("D201", Severity.ERROR, "the file cannot be read"),
    NOT_TEXT("D202", Severity.ERROR, "the file is not UTF-8 text"),
    NO_DATE_COLUMN("D203", Severity.ERROR, "no column of dates, or no column besides it"),
    NO_PRICE_COLUMN("D204", Severity.ERROR, "the price column cannot be told apart, or the named one does not exist"),
    MISSING_FIELD("D205", Severity.ERROR, "a row without the date or price field"),
    MALFORMED_DATE("D206", Severity.ERROR, "a date that is not YYYY-MM-DD, YYYY-MM or YYYY, or not a real date"),
    MIXED_DATES("D207", Severity.ERROR, "a date written in another shape than the file's first"),
    MALFORMED_PRICE("D208", Severity.ERROR, "a price that is not a number"),
    NON_POSITIVE_PRICE("D209", Severity.ERROR, "a price of zero or less (a warning for 'gram data inspect')"),
    DUPLICATE_DATE("D210", Severity.ERROR, "a date given twice (a warning for 'gram data inspect')"),
    OUT_OF_ORDER("D211", Severity.ERROR, "a date earlier than the one before it (a warning for 'gram data inspect')"),
    TOO_FEW_PRICES("D212", Severity.ERROR, "fewer prices than the use needs"),
    UNIT_CONFLICT("D213", Severity.ERROR, "a unit flag that contradicts the header's unit"),
    UNIT_NOT_STATED("D214", Severity.ERROR, "a unit that is needed but neither flagged nor in the header"),
    GAP("D215", Severity.WARNING, "observations missing between two dates"),
    MISSING_VALUE("D216", Severity.WARNING, "a row whose price is empty or '.'"),
    FILE_TOO_LARGE("D217", Severity.ERROR, "a file larger than 256 MiB"),

    TOO_FEW_RETURNS("C101", Severity.ERROR, "too few returns in the window to fit the model"),
    NOT_CONVERGED("C102", Severity.ERROR, "the likelihood maximisation did not converge");

    private final String code;
    private final Severity severity;
    private final String meaning;

    DataCode(String code, Severity severity, String meaning) {
        this.code = code;
        this.severity = severity;
        this.meaning = meaning;
    }

    public String code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    public Diagnostic at(SourceSpan span, String message) {
        return new Diagnostic(severity, code, message, span);
    }

    /** The same problem reported as a warning (inspection lists quality problems without failing). */
    public Diagnostic warningAt(SourceSpan span, String message) {
        return new Diagnostic(Severity.WARNING, code, message, span);
    }
}
