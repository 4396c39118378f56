package io.gramkit.model.policy;

/** What a path's end-of-day state shows a condition, in model units. */
public enum Observable {
    /** Discount of the market price below one gram's gold value, a fraction (0 on peg). */
    DISCOUNT("discount"),
    /** Reserve value over token liabilities, a fraction (1 = fully covered). */
    COVERAGE("coverage"),
    /** The redemption fee in force, a fraction. */
    FEE("fee"),
    /** Cash reserves over token liabilities at the day's gold price, a fraction. */
    CASH_SHARE("cash share"),
    /** Gold price today over the price a window of days ago, minus one (a fraction; -0.1 is a 10% fall). */
    GOLD_MOVE("gold move"),
    /** Gold price, USD per gram. */
    GOLD_PRICE("gold"),
    /** Tokens in circulation. */
    SUPPLY("supply");

    private final String words;

    Observable(String words) {
        this.words = words;
    }

    /** How the language writes it. */
    public String words() {
        return words;
    }
}
