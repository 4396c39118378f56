package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/** What may stand inside {@code market { ... }}: catalogue settings, venues and schedule items. */
public sealed interface MarketStatement extends Node
        permits Setting,
                MarketStatement.Pool,
                MarketStatement.OrderBook,
                MarketStatement.Wave,
                MarketStatement.Sale,
                MarketStatement.Freeze {

    /** {@code pool "dex" depth 2,000,000, share 20%}. */
    record Pool(SourceSpan span, Text name, Quantity tokens, Quantity share) implements MarketStatement {}

    /** {@code order book "cex" depth 25,000 per 1%, resilience 25%, share 80%}. */
    record OrderBook(SourceSpan span, Text name, Quantity depth, Quantity move, Quantity resilience, Quantity share)
            implements MarketStatement {}

    /** {@code wave "Run" 25% of supply over 30 days from day 12}. */
    record Wave(SourceSpan span, Text name, Quantity share, Quantity days, NumberLiteral day)
            implements MarketStatement {}

    /** {@code sell 3,000,000 in "cex" at day 5}: a venue-local sale on top of the holders' flow. */
    record Sale(SourceSpan span, Quantity tokens, Text venue, NumberLiteral day) implements MarketStatement {}

    /** {@code freeze "SVB" 8% of reserves from day 1 until day 3}. */
    record Freeze(SourceSpan span, Text name, Quantity share, NumberLiteral from, NumberLiteral until)
            implements MarketStatement {}
}
