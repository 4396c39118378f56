package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import java.util.List;

/** {@code reserves <asset>, <asset>}: the reserve assets at day 0, in the order written. */
public record Reserves(SourceSpan span, List<ReserveAsset> assets) implements TokenStatement {
    public Reserves {
        assets = List.copyOf(assets);
    }
}
