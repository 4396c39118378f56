package io.gramkit.notebook;

import java.util.Locale;
import java.util.regex.Pattern;

/** How numbers read in tables and chart captions: the units of each quantity, fixed locale. */
final class Formats {
    private static final Pattern NUMERIC = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?(e[-+]?[0-9]+)?%?( pp)?");

    private Formats() {}

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String percent(double fraction, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f%%", 100 * fraction);
    }

    /** A quantity at the horizon or on a day, in the unit a reader expects for it. */
    static String quantity(String quantity, double value) {
        return switch (quantity) {
            case "discount" -> percent(value, 3);
            case "coverage" -> String.format(Locale.ROOT, "%.4f", value);
            case "supply" -> String.format(Locale.ROOT, "%,.0f", value);
            default -> String.format(Locale.ROOT, "%.2f", value);
        };
    }

    /** A column of paths.csv, at a precision that shows differences between paths. */
    static String column(String column, double value) {
        return switch (column) {
            case "path", "mint_enabled", "days_fee_raised", "days_minting_halted" ->
                String.format(Locale.ROOT, "%d", (long) value);
            case "discount", "max_discount", "fee" -> percent(value, 3);
            case "coverage" -> String.format(Locale.ROOT, "%.4f", value);
            case "gold_price", "market_price" -> String.format(Locale.ROOT, "%.2f", value);
            default -> String.format(Locale.ROOT, "%,.0f", value);
        };
    }

    /** A quantity's name with its unit, for axis labels and table headers. */
    static String label(String quantity) {
        return switch (quantity) {
            case "gold" -> "gold (USD/g)";
            case "supply" -> "supply (tokens)";
            case "coverage" -> "coverage (reserves / supply)";
            default -> quantity;
        };
    }

    static boolean isNumeric(String cell) {
        return NUMERIC.matcher(cell).matches();
    }
}
