package io.gramkit.model.policy;

/**
 * A path's numbers at the end of a day, from which {@link Observable} computes every word a
 * condition reads: the simulator's path state (what the rules see) and a day's snapshot (what
 * report conditions measure) both provide them, so the two read one definition.
 */
public interface PathNumbers {

    /**
     * The gold price {@code days} days before this day, USD per gram; 0 is today's, and days
     * before day 0 take day 0's price.
     *
     * @throws IllegalArgumentException when it looks back beyond the prices kept
     */
    double goldDaysAgo(int days);

    /** Tokens in circulation. */
    double supply();

    /** Gold reserves, grams. */
    double reserves();

    /** Cash reserves, USD. */
    double cash();

    /** Grams owed to redeemers who were served but not yet paid (0 without a settlement delay). */
    double queue();

    /** Reserve value over what is owed, at today's gold price, as the day's step computed it. */
    double coverage();

    /** Discount of the token's market price below one gram's gold value (0 on peg). */
    double discount();

    /** The redemption fee charged on this day's redemptions (before the rules set tomorrow's). */
    double fee();
}
