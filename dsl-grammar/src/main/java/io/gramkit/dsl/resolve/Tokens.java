package io.gramkit.dsl.resolve;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.dsl.ast.ReserveAsset;
import io.gramkit.dsl.ast.Reserves;
import io.gramkit.dsl.ast.Setting;
import io.gramkit.dsl.ast.TokenBlock;
import io.gramkit.dsl.ast.TokenStatement;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.model.Token;
import io.gramkit.model.settings.Settings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Resolves the token block: supply and reserves at day 0, cash shares computed in decimal. */
final class Tokens {
    private final Quantities quantities;
    private final Statements find;
    private final Diagnostics diagnostics;

    Tokens(Quantities quantities, Statements find, Diagnostics diagnostics) {
        this.quantities = quantities;
        this.find = find;
        this.diagnostics = diagnostics;
    }

    /**
     * @param spotPerGram the gold block's spot in USD/g, exactly, if it was valid (for
     *                    {@code cash <percent> of liabilities at spot})
     */
    Optional<Token> resolve(TokenBlock block, Optional<BigDecimal> spotPerGram) {
        List<TokenStatement> statements = block.statements();
        Optional<Setting> supplySetting =
                find.required(find.setting(statements, Settings.SUPPLY), block, "the token block", "supply 1,000,000");
        Optional<BigDecimal> exactSupply =
                supplySetting.flatMap(s -> quantities.measure(s.value(), "supply", Dimension.PLAIN));
        Optional<Double> supply = supplySetting.flatMap(s -> exactSupply.flatMap(
                exact -> quantities.toDouble(exact, s.value(), "supply", Dimension.PLAIN, Range.POSITIVE)));
        Optional<Reserves> reserves = find.required(
                find.single(statements, Reserves.class, "'reserves'"),
                block,
                "the token block",
                "reserves 950,000 g gold, 4,125,000 USD cash");
        if (reserves.isEmpty()) {
            return Optional.empty();
        }
        List<ReserveAsset> assets = reserves.get().assets();
        Optional<Double> gold = find.single(assets, ReserveAsset.GoldAmount.class, "gold reserve")
                .map(a -> quantities.number(a.amount(), "gold reserve", Dimension.MASS, Range.NON_NEGATIVE))
                .orElse(Optional.of(0.0));
        Optional<BigDecimal> liabilities = supply.isPresent() && spotPerGram.isPresent()
                ? Optional.of(exactSupply.orElseThrow().multiply(spotPerGram.get()))
                : Optional.empty();
        Optional<Double> cash = find.single(
                        assets, ReserveAsset.class, a -> !(a instanceof ReserveAsset.GoldAmount), "cash reserve")
                .map(a -> cash(a, liabilities))
                .orElse(Optional.of(0.0));
        if (supply.isEmpty() || gold.isEmpty() || cash.isEmpty()) {
            return Optional.empty();
        }
        if (!(gold.get() + cash.get() > 0)) {
            diagnostics.report(GramCode.OUT_OF_RANGE.at(
                    reserves.get().span(), "the reserves are empty; gold or cash must be above 0"));
            return Optional.empty();
        }
        return Optional.of(new Token(block.span(), supply.get(), gold.get(), cash.get()));
    }

    /** A cash amount, or a share of the liabilities in USD (supply times spot), exactly. */
    private Optional<Double> cash(ReserveAsset asset, Optional<BigDecimal> liabilitiesUsd) {
        if (asset instanceof ReserveAsset.CashAmount amount) {
            return quantities.number(amount.amount(), "cash reserve", Dimension.MONEY, Range.NON_NEGATIVE);
        }
        if (asset instanceof ReserveAsset.CashShare share) {
            Optional<BigDecimal> fraction = quantities.measure(share.share(), "cash share", Dimension.FRACTION);
            Optional<Double> checked = fraction.flatMap(exact ->
                    quantities.toDouble(exact, share.share(), "cash share", Dimension.FRACTION, Range.NON_NEGATIVE));
            if (checked.isEmpty() || liabilitiesUsd.isEmpty()) {
                return Optional.empty(); // the share, the supply or the spot has been reported
            }
            BigDecimal usd = fraction.orElseThrow().multiply(liabilitiesUsd.get());
            return quantities.toDouble(usd, share.share(), "cash reserve", Dimension.MONEY, Range.NON_NEGATIVE);
        }
        throw new IllegalStateException("unresolved cash reserve " + asset);
    }
}
