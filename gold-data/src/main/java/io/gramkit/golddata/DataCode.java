package io.gramkit.golddata;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.DiagnosticCode;
import io.gramkit.diagnostic.Severity;
import io.gramkit.diagnostic.SourceSpan;

/**
 * The problems a gold data file or a calibration can have, with stable codes: {@code D1xx} for
 * a file of given gold paths ({@link GoldPathsFile}), {@code D2xx} for price files, {@code C1xx}
 * for calibration. Listed in
 * docs/gold-models.md; a code, once published, keeps its meaning.
 */
public enum DataCode implements DiagnosticCode {
    PATHS_CANNOT_READ("D101", Severity.ERROR, "the file of gold paths cannot be read"),
    PATHS_NOT_TEXT("D102", Severity.ERROR, "the file of gold paths is not UTF-8 text"),
    PATHS_HEADER("D103", Severity.ERROR, "the header is not 'path,day,price'"),
    PATHS_FIELD_COUNT("D104", Severity.ERROR, "a row without exactly 3 fields"),
    PATHS_NOT_WHOLE("D105", Severity.ERROR, "a path or day that is not a whole number from 0"),
    PATHS_BEYOND("D106", Severity.ERROR, "a path or day beyond the largest allowed (the horizon for days)"),
    PATHS_BAD_PRICE("D107", Severity.ERROR, "a price that is not a positive number"),
    PATHS_DUPLICATE("D108", Severity.ERROR, "a path and day given twice"),
    PATHS_EMPTY("D109", Severity.ERROR, "the file holds no prices"),
    PATHS_GAP("D110", Severity.ERROR, "a path number with no rows (paths are numbered from 0 without gaps)"),
    PATHS_MISSING_DAYS("D111", Severity.ERROR, "a path that lacks some of days 0..T"),
    PATHS_COUNT_MISMATCH("D112", Severity.ERROR, "a number of paths asked for that differs from the file's"),

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
    REPEATED_PRICES(
            "D218",
            Severity.ERROR,
            "a run of 4 or more equal prices: stale or carried-forward values (a warning for 'gram data inspect';"
                    + " calibrate and backtest refuse it unless --accept D218)"),
    ZERO_RETURNS(
            "D219",
            Severity.ERROR,
            "a cluster of zero returns: at least half of a year's returns unchanged (a warning for"
                    + " 'gram data inspect'; calibrate and backtest refuse it unless --accept D219)"),
    AVERAGED("D220", Severity.WARNING, "returns that look like period averages rather than point-in-time prices"),
    OUTLIER("D221", Severity.WARNING, "a return more than 5 robust standard deviations from the median"),
    FREQUENCY_CHANGE("D222", Severity.WARNING, "dates whose spacing changes frequency within the file"),

    TOO_FEW_RETURNS("C101", Severity.ERROR, "too few returns in the window to fit the model"),
    NOT_CONVERGED("C102", Severity.ERROR, "the likelihood maximisation did not converge"),
    NO_DAILY_EQUIVALENT(
            "C103", Severity.ERROR, "--daily-equivalent for a model whose parameters have no defensible daily mapping"),
    NOT_DAILY(
            "C104", Severity.WARNING, "a parameter fitted at the data's frequency that a daily step cannot use as is"),
    TOO_FEW_FORECASTS("C105", Severity.ERROR, "too few observations after the fitting window for a backtest");

    private final String code;
    private final Severity severity;
    private final String meaning;

    DataCode(String code, Severity severity, String meaning) {
        this.code = code;
        this.severity = severity;
        this.meaning = meaning;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String meaning() {
        return meaning;
    }

    /** The same problem reported as a warning (inspection lists quality problems without failing). */
    public Diagnostic warningAt(SourceSpan span, String message) {
        return new Diagnostic(Severity.WARNING, this, message, span);
    }
}
