/**
 * The market model's settings (docs/model.md, "Market model"): liquidity venues, the authorised
 * arbitrageurs, holder behaviour over time, what it costs to pay redemptions out of the reserves,
 * and the market's schedule (redemption waves, venue-local sales, frozen reserves). Absent from a
 * scenario by default; a scenario without them runs the reference model bit for bit.
 */
package io.gramkit.model.market;
