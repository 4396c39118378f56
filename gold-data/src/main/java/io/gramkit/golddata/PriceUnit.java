package io.gramkit.golddata;

import java.util.Arrays;
import java.util.Optional;

/** The unit of a price file: stated by a flag or the file's header, never guessed from magnitudes. */
public enum PriceUnit {
    USD_PER_OUNCE("usd-per-oz", "USD/oz"),
    USD_PER_GRAM("usd-per-g", "USD/g");

    /** 1 troy ounce in grams. */
    public static final double GRAMS_PER_OUNCE = 31.1034768;

    private final String flag;
    private final String symbol;

    PriceUnit(String flag, String symbol) {
        this.flag = flag;
        this.symbol = symbol;
    }

    /** How the command line names it: {@code usd-per-oz}. */
    public String flag() {
        return flag;
    }

    /** How a scenario writes it: {@code USD/oz}. */
    public String symbol() {
        return symbol;
    }

    public static Optional<PriceUnit> ofFlag(String flag) {
        return Arrays.stream(values()).filter(u -> u.flag.equals(flag)).findFirst();
    }

    /** The column name a cleaned file uses: {@code price_usd_per_oz}. */
    public String columnName() {
        return "price_" + flag.replace('-', '_');
    }
}
