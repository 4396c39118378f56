package io.gramkit.model.debt;

import io.gramkit.diagnostic.SourceSpan;

/**
 * The debt block's own depth curve for liquidation auctions: each day, selling collateral moves
 * its price down linearly by 1% per {@code tokensPerPercent} tokens sold, from the token's market
 * price; bids run out once 100 times that has been sold (the price would reach zero). Depth is
 * fresh every day. 0 means no bids at all.
 *
 * @param tokensPerPercent tokens that move the auction price by 1%, zero or more
 */
public record AuctionDepth(SourceSpan span, double tokensPerPercent) {
    public AuctionDepth {
        DebtCheck.present("span", span);
        DebtCheck.nonNegative("auction depth", tokensPerPercent);
    }
}
