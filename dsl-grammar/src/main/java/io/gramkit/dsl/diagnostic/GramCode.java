package io.gramkit.dsl.diagnostic;

import io.gramkit.diagnostic.DiagnosticCode;
import io.gramkit.diagnostic.Severity;

/**
 * The catalogue of problems the language reports, with stable codes: {@code G1xx} for reading,
 * lexing and parsing, {@code G2xx} for resolving and checking, {@code G3xx} for metrics written in command-line
 * options and API calls ({@code --until "share[max discount > 5%] >= 50%"}). Listed in docs/language.md;
 * a code, once published, keeps its meaning.
 */
public enum GramCode implements DiagnosticCode {
    CANNOT_READ("G100", Severity.ERROR, "the file cannot be read"),
    NOT_TEXT("G101", Severity.ERROR, "the file is not UTF-8 text"),
    UNEXPECTED_CHARACTER("G102", Severity.ERROR, "a character that has no place in the language"),
    UNTERMINATED_STRING("G103", Severity.ERROR, "a string without its closing quote on the same line"),
    UNKNOWN_ESCAPE("G104", Severity.ERROR, "a backslash escape other than \\\" or \\\\ in a string"),
    UNTERMINATED_COMMENT("G105", Severity.ERROR, "a /* comment without its closing */"),
    MALFORMED_NUMBER(
            "G106",
            Severity.ERROR,
            "a digit group after a thousands separator without exactly 3 digits, or a number with an exponent"),
    INPUT_TOO_LARGE("G107", Severity.ERROR, "a file too large to be a scenario"),
    NESTED_TOO_DEEP("G108", Severity.ERROR, "parentheses nested too deeply"),
    UNKNOWN_KEYWORD("G110", Severity.ERROR, "a word that is not a keyword valid at that point"),
    UNEXPECTED_INPUT("G111", Severity.ERROR, "a token that cannot stand at that point"),
    MISSING_INPUT("G112", Severity.ERROR, "a token that is required at that point is missing"),

    MISSING_REQUIRED("G201", Severity.ERROR, "a required statement or block is missing"),
    DUPLICATE("G202", Severity.ERROR, "a statement, block, reserve asset or name given twice"),
    MISSING_UNIT("G203", Severity.ERROR, "a quantity written without its unit"),
    WRONG_UNIT("G204", Severity.ERROR, "a unit that does not fit the setting"),
    OUT_OF_RANGE("G205", Severity.ERROR, "a value outside the range the setting allows"),
    NOT_WHOLE("G206", Severity.ERROR, "a fraction where a whole number is needed"),
    TOO_LARGE("G207", Severity.ERROR, "a number too large to represent"),
    CONTRADICTORY_LEVELS("G208", Severity.ERROR, "policy levels that contradict each other"),
    RULES_NOT_FOUND("G209", Severity.ERROR, "a rule file or folder that does not exist"),
    EMPTY_TEXT("G210", Severity.ERROR, "an empty name or path"),
    SHOCK_AFTER_HORIZON("G211", Severity.WARNING, "a shock that starts after the horizon"),
    SHOCK_PAST_HORIZON("G212", Severity.WARNING, "a shock that ends after the horizon"),
    FEE_NEVER_RAISED("G213", Severity.WARNING, "a raised fee that is not above the fee"),
    DATA_NOT_FOUND("G214", Severity.ERROR, "a data file that does not exist"),
    EMPTY_WINDOW("G215", Severity.ERROR, "a date window of a data file with fewer than 2 prices"),
    MALFORMED_DATE("G216", Severity.ERROR, "a date that is not YYYY-MM-DD, YYYY-MM or YYYY, or not a real date"),
    INCONSISTENT_MODEL("G217", Severity.ERROR, "model parameters that contradict each other"),
    MISMATCHED_KINDS("G218", Severity.ERROR, "a comparison or arithmetic between quantities of different kinds"),
    NEVER_FIRES("G219", Severity.WARNING, "a policy response or report condition that can never hold"),
    CONFLICTING_RESPONSES(
            "G220", Severity.ERROR, "two responses that set one lever to different values on the same state"),
    UNKNOWN_SETTING("G221", Severity.ERROR, "a sweep of a setting the language does not have"),
    IMPORT_NOT_FOUND("G222", Severity.ERROR, "an imported file that does not exist or cannot be read"),
    IMPORT_CYCLE("G223", Severity.ERROR, "a file that imports itself, directly or through other files"),
    IMPORTS_NOTHING("G224", Severity.ERROR, "an import of a kind of block the imported file does not have"),
    GRID_TOO_LARGE("G225", Severity.ERROR, "sweeps whose grid has too many points"),
    SWEEP_NOT_APPLICABLE(
            "G226", Severity.ERROR, "a sweep of a setting the scenario's gold model or reserves do not have"),
    AFTER_HORIZON("G227", Severity.WARNING, "a reserve shortfall on a day after the horizon"),
    LEVELS_UNREAD("G228", Severity.WARNING, "rule-library levels that no rule file of the scenario reads"),
    NO_TREASURY("G229", Severity.WARNING, "a treasury top-up without a treasury to take it from"),
    UNDER_COVERED_AT_START(
            "G230", Severity.WARNING, "reserves at spot that do not cover the supply on day 0 (coverage below 100%)"),
    MINTING_HALTED_AT_START(
            "G231",
            Severity.WARNING,
            "day-0 coverage below the minimum coverage for minting: minting halted from day 0"),
    NOT_VAULTS("G232", Severity.ERROR, "a vault file that is not a list of vaults (vaults,collateral_ratio,debt)"),
    UNKNOWN_VENUE("G233", Severity.ERROR, "a venue sale in a venue the market block does not have"),
    VENUE_SHARES(
            "G234",
            Severity.ERROR,
            "a market without a venue, two venues of one name, or flow shares that do not add up to 100%"),
    MARKET_CONFLICT(
            "G235",
            Severity.ERROR,
            "a market block beside a setting the market model does not take (settlement" + " delay, mint limit)"),
    MARKET_AFTER_HORIZON(
            "G236", Severity.WARNING, "a redemption wave, venue sale or reserve freeze that starts after the horizon"),

    UNKNOWN_METRIC("G301", Severity.ERROR, "a metric name, function or path quantity the kit does not have"),
    MALFORMED_METRIC("G302", Severity.ERROR, "a metric or a condition on one that is not written as the grammar says"),
    THRESHOLD_UNIT("G303", Severity.ERROR, "a threshold without the unit its metric needs (a share needs a %)"),
    MODEL_CHECK_FAILED("G299", Severity.ERROR, "an internal check failed (a bug: please report it)");

    private final String code;
    private final Severity severity;
    private final String meaning;

    GramCode(String code, Severity severity, String meaning) {
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
}
