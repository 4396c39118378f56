package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;

/** One item of a {@code reserves} list. */
public sealed interface ReserveAsset extends Node {

    /** {@code <mass> gold}, such as {@code 950,000 g gold}. */
    record GoldAmount(SourceSpan span, Quantity amount) implements ReserveAsset {}

    /** {@code <amount> cash}, such as {@code 4,125,000 USD cash}. */
    record CashAmount(SourceSpan span, Quantity amount) implements ReserveAsset {}

    /** {@code cash <percent> of liabilities at spot}: a share of supply times spot, in USD. */
    record CashShare(SourceSpan span, Quantity share) implements ReserveAsset {}
}
