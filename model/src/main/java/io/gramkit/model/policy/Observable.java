package io.gramkit.model.policy;

import io.gramkit.model.settings.Measure;

/**
 * The words a condition reads, each defined once: what it means, its unit, the formula docs show,
 * the DRL property the rules read it as, and how it is computed from a path's numbers. Policy
 * rules (through {@code TokenDay}), report conditions and the docs all read these definitions.
 *
 * <p>Each word has a true value and an "as seen" value: the seen value is computed at the gold
 * price of the lagged feed ({@code feed lag}), which is the true value of the lagged day for the
 * gold price and the gold move. Words that do not pass through the gold feed (the discount, the
 * fee, the supply) are the same in both. With no lag the two are equal. Policies act on what they
 * see; report conditions measure the true value unless they say {@code seen}.
 */
public enum Observable {
    DISCOUNT(
            "discount",
            Measure.FRACTION,
            "discount",
            "d",
            false,
            "discount of the token's market price below one gram's gold value (0 on peg); the token's own"
                    + " market quotes it, so a feed lag does not change it"),
    COVERAGE(
            "coverage",
            Measure.FRACTION,
            "coverage",
            "(R*G + C) / ((S + Q)*G)",
            true,
            "reserve value over what is owed: the tokens in circulation and the grams the settlement queue"
                    + " still owes (1 = fully covered)"),
    FEE("fee", Measure.FRACTION, "fee", "f", false, "the redemption fee charged on the day's redemptions"),
    CASH_SHARE(
            "cash share",
            Measure.FRACTION,
            "cashBuffer",
            "C / ((S + Q)*G)",
            true,
            "cash reserves over what is owed (tokens in circulation and grams in the settlement queue),"
                    + " at the gold price; the cash part of coverage"),
    GOLD_MOVE(
            "gold move over",
            Measure.FRACTION,
            "goldMoveOver(n)",
            "G_t / G_(t-n) - 1",
            true,
            "gold today over gold n days ago, minus 1 (-10% is a 10% fall); days before day 0 take day 0's" + " price"),
    GOLD_PRICE("gold", Measure.PRICE, "goldPrice", "G", true, "the gold price, USD per gram"),
    SUPPLY("supply", Measure.PLAIN, "supply", "S", false, "tokens in circulation");

    private final String words;
    private final Measure measure;
    private final String drl;
    private final String formula;
    private final boolean throughFeed;
    private final String meaning;

    Observable(String words, Measure measure, String drl, String formula, boolean throughFeed, String meaning) {
        this.words = words;
        this.measure = measure;
        this.drl = drl;
        this.formula = formula;
        this.throughFeed = throughFeed;
        this.meaning = meaning;
    }

    /** How the language writes it. */
    public String words() {
        return words;
    }

    /** Its unit: a fraction (written as a percentage), a price, or a plain number. */
    public Measure measure() {
        return measure;
    }

    /**
     * How DRL reads it on {@code TokenDay}: a property, or for {@link #GOLD_MOVE} the method
     * {@code goldMoveOver(n)}.
     */
    public String drl() {
        return drl;
    }

    /** The formula, in docs/model.md's symbols (G the gold price, S supply, R gold, C cash, Q queue). */
    public String formula() {
        return formula;
    }

    /** Whether it is computed at the gold price, so that a feed lag makes the seen value differ. */
    public boolean throughFeed() {
        return throughFeed;
    }

    /** One line for the docs: what it means. */
    public String meaning() {
        return meaning;
    }

    /** The true value on a path's numbers; {@code windowDays} is 0 except for {@link #GOLD_MOVE}. */
    public double trueValue(PathNumbers path, int windowDays) {
        return value(path, 0, windowDays);
    }

    /**
     * The value at the gold price a feed {@code feedLag} days old shows (0: the true value).
     * {@code windowDays} is 0 except for {@link #GOLD_MOVE}, where it is the look-back.
     */
    public double value(PathNumbers path, int feedLag, int windowDays) {
        return switch (this) {
            case DISCOUNT -> path.discount();
            case FEE -> path.fee();
            case SUPPLY -> path.supply();
            case GOLD_PRICE -> path.goldDaysAgo(feedLag);
            case GOLD_MOVE -> path.goldDaysAgo(feedLag) / path.goldDaysAgo(feedLag + windowDays) - 1.0;
            case COVERAGE -> feedLag == 0 ? path.coverage() : coverageAt(path, path.goldDaysAgo(feedLag));
            case CASH_SHARE -> {
                double owed = path.supply() + path.queue();
                yield owed > 0 ? path.cash() / (owed * path.goldDaysAgo(feedLag)) : Double.POSITIVE_INFINITY;
            }
        };
    }

    /**
     * {@code (R*G + C) / ((S + Q)*G)} at price {@code gold}; infinite when nothing is owed. At
     * today's price it is the coverage the day's step computed (ObservablesAgreementTest checks it).
     */
    public static double coverageAt(PathNumbers path, double gold) {
        double owed = path.supply() + path.queue();
        return owed > 0 ? (path.reserves() * gold + path.cash()) / (owed * gold) : Double.POSITIVE_INFINITY;
    }
}
