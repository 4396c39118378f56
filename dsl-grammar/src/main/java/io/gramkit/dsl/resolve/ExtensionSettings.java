package io.gramkit.dsl.resolve;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.dsl.ast.BreakerPause;
import io.gramkit.dsl.ast.CashBand;
import io.gramkit.dsl.ast.PolicyBlock;
import io.gramkit.dsl.ast.PolicyKind;
import io.gramkit.dsl.ast.PolicyStatement;
import io.gramkit.dsl.ast.Setting;
import io.gramkit.dsl.ast.Shortfall;
import io.gramkit.dsl.ast.TokenBlock;
import io.gramkit.dsl.ast.TokenStatement;
import io.gramkit.dsl.ast.TrackFeeRevenue;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.dsl.diagnostic.Quote;
import io.gramkit.model.Extensions;
import io.gramkit.model.policy.ReportRequest;
import io.gramkit.model.policy.Response;
import io.gramkit.model.settings.Settings;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The model extensions written in the token block ({@code settlement delay 3 days}, {@code feed lag
 * 1 day}, ...) and the levels of the rule library ({@code policy collateral}, {@code policy peg
 * defence}, {@code policy rebalancing}, the {@code pause redemptions} line of {@code policy circuit
 * breaker}) as {@link Extensions}. Also keeps enough gold history for every {@code gold move over}
 * window the scenario's responses and report use, and warns about levels no rule file reads.
 */
final class ExtensionSettings {
    private final Quantities quantities;
    private final Statements find;
    private final Diagnostics diagnostics;

    ExtensionSettings(Quantities quantities, Statements find, Diagnostics diagnostics) {
        this.quantities = quantities;
        this.find = find;
        this.diagnostics = diagnostics;
    }

    /**
     * The extensions the token block, policies, responses and report ask for; errors are reported.
     *
     * @param token   the token block, if the scenario has one
     * @param horizon the horizon in days, if it was valid (for the shortfall's day)
     * @return the extensions, or empty if any error was reported
     */
    Optional<Extensions> resolve(
            Optional<TokenBlock> token,
            List<PolicyBlock> policies,
            Optional<Integer> horizon,
            Optional<List<Response>> responses,
            Optional<ReportRequest> report) {
        Extensions extensions = Extensions.NONE;
        boolean failed = false;
        List<TokenStatement> statements = token.map(TokenBlock::statements).orElse(List.of());

        Optional<Setting> delay = find.setting(statements, Settings.SETTLEMENT_DELAY);
        if (delay.isPresent()) {
            Optional<Integer> days = quantities.days(delay.get().value(), "settlement delay");
            failed |= days.isEmpty();
            if (days.isPresent()) {
                extensions = extensions.withSettlementDelay(
                        new Extensions.SettlementDelay(delay.get().span(), days.get()));
            }
        }
        Optional<Setting> mintLimit = find.setting(statements, Settings.MINT_LIMIT);
        if (mintLimit.isPresent()) {
            Optional<Double> share = number(mintLimit.get(), Dimension.FRACTION, Range.SHARE);
            failed |= share.isEmpty();
            if (share.isPresent()) {
                extensions = extensions.withMintLimit(
                        new Extensions.MintLimit(mintLimit.get().span(), share.get()));
            }
        }
        Optional<Setting> spread = find.setting(statements, Settings.REBALANCING_SPREAD);
        if (spread.isPresent()) {
            Optional<Double> value = number(spread.get(), Dimension.FRACTION, Range.FEE);
            failed |= value.isEmpty();
            if (value.isPresent()) {
                extensions = extensions.withRebalancing(
                        new Extensions.Rebalancing(spread.get().span(), value.get()));
            }
        }
        Optional<Setting> custody = find.setting(statements, Settings.CUSTODY_FEE);
        if (custody.isPresent()) {
            Optional<Double> rate = number(custody.get(), Dimension.FRACTION, Range.SHARE);
            failed |= rate.isEmpty();
            if (rate.isPresent()) {
                extensions = extensions.withCustodyFee(
                        new Extensions.CustodyFee(custody.get().span(), rate.get()));
            }
        }
        Optional<TrackFeeRevenue> revenue = find.single(statements, TrackFeeRevenue.class, "'track fee revenue'");
        if (revenue.isPresent()) {
            extensions = extensions.withFeeRevenue(
                    new Extensions.FeeRevenue(revenue.get().span()));
        }
        Optional<Shortfall> shortfall = find.single(statements, Shortfall.class, "'reserve shortfall'");
        if (shortfall.isPresent()) {
            Shortfall s = shortfall.get();
            Optional<Double> share = quantities.number(s.share(), "reserve shortfall", Dimension.FRACTION, Range.SHARE);
            Optional<Integer> day = quantities.dayNumber(s.day(), "the day of the reserve shortfall");
            failed |= share.isEmpty() || day.isEmpty();
            if (share.isPresent() && day.isPresent()) {
                extensions = extensions.withReserveShortfall(
                        new Extensions.ReserveShortfall(s.span(), day.get(), share.get()));
                if (horizon.isPresent() && day.get() > horizon.get()) {
                    diagnostics.report(GramCode.AFTER_HORIZON.at(
                            s.day().span(),
                            "the reserve shortfall on day "
                                    + day.get() + " comes after the horizon of " + horizon.get()
                                    + " days; it has no effect"));
                }
            }
        }
        Optional<Setting> lag = find.setting(statements, Settings.FEED_LAG);
        if (lag.isPresent()) {
            Optional<Integer> days = quantities.days(lag.get().value(), "feed lag");
            failed |= days.isEmpty();
            if (days.isPresent()) {
                extensions =
                        extensions.withFeedLag(new Extensions.FeedLag(lag.get().span(), days.get()));
            }
        }
        Optional<Setting> treasury = find.setting(statements, Settings.TREASURY);
        if (treasury.isPresent()) {
            Optional<Double> usd = number(treasury.get(), Dimension.MONEY, Range.NON_NEGATIVE);
            failed |= usd.isEmpty();
            if (usd.isPresent()) {
                extensions = extensions.withTreasury(
                        new Extensions.Treasury(treasury.get().span(), usd.get()));
            }
        }
        int lookback = 0;
        Optional<Setting> lookbackSetting = find.setting(statements, Settings.GOLD_LOOKBACK);
        if (lookbackSetting.isPresent()) {
            Optional<Integer> days = quantities.days(lookbackSetting.get().value(), "gold lookback");
            failed |= days.isEmpty();
            lookback = days.orElse(0);
        }
        // Every `gold move over N days` the responses (and the report) read must find N days of prices.
        lookback = Math.max(
                lookback,
                responses.orElse(List.of()).stream()
                        .mapToInt(r -> r.condition().goldMoveWindow())
                        .max()
                        .orElse(0));
        lookback = Math.max(
                lookback,
                report.map(r -> Stream.concat(r.probabilities().stream(), r.dayCounts().stream())
                                .mapToInt(m -> m.condition().goldMoveWindow())
                                .max()
                                .orElse(0))
                        .orElse(0));
        extensions = extensions.withGoldLookbackDays(lookback);

        Optional<PolicyBlock> collateral = policy(policies, PolicyKind.COLLATERAL);
        if (collateral.isPresent()) {
            Optional<Extensions.CollateralLevels> levels = collateral(collateral.get(), treasury.isPresent());
            failed |= levels.isEmpty();
            if (levels.isPresent()) {
                extensions = extensions.withCollateral(levels.get());
            }
        }
        Optional<PolicyBlock> peg = policy(policies, PolicyKind.PEG_DEFENCE);
        if (peg.isPresent()) {
            Optional<Extensions.PegDefenceLevels> levels = pegDefence(peg.get());
            failed |= levels.isEmpty();
            if (levels.isPresent()) {
                extensions = extensions.withPegDefence(levels.get());
            }
        }
        Optional<PolicyBlock> rebalancing = policy(policies, PolicyKind.REBALANCING);
        if (rebalancing.isPresent()) {
            Optional<Extensions.RebalancingBand> band = rebalancing(rebalancing.get());
            failed |= band.isEmpty();
            if (band.isPresent()) {
                extensions = extensions.withRebalancingBand(band.get());
            }
        }
        List<PolicyStatement> breakerStatements = policies.stream()
                .filter(p -> p.kind() == PolicyKind.CIRCUIT_BREAKER)
                .flatMap(p -> p.statements().stream())
                .toList();
        Optional<BreakerPause> pause = find.single(breakerStatements, BreakerPause.class, "'pause redemptions'");
        if (pause.isPresent()) {
            Optional<Extensions.CircuitBreakerLevels> levels = breaker(pause.get());
            failed |= levels.isEmpty();
            if (levels.isPresent()) {
                extensions = extensions.withCircuitBreaker(levels.get());
            }
        }
        return failed ? Optional.empty() : Optional.of(extensions);
    }

    // ---- levels of the rule library

    private Optional<Extensions.CollateralLevels> collateral(PolicyBlock block, boolean hasTreasury) {
        List<PolicyStatement> statements = block.statements();
        Optional<Double> floor = find.required(
                        find.setting(statements, Settings.COVERAGE_FLOOR),
                        block,
                        "the collateral policy",
                        "coverage floor",
                        "coverage floor 90%")
                .flatMap(s -> number(s, Dimension.FRACTION, Range.NON_NEGATIVE));
        Optional<Double> limit =
                quantities.declared(find.setting(statements, Settings.EMERGENCY_LIMIT), Settings.EMERGENCY_LIMIT);
        Optional<Setting> topUpSetting = find.setting(statements, Settings.TOP_UP);
        Optional<Double> topUp = quantities.declared(topUpSetting, Settings.TOP_UP);
        if (topUp.isPresent() && topUp.get() > 0 && !hasTreasury) {
            diagnostics.report(GramCode.NO_TREASURY.at(
                    topUpSetting.orElseThrow().value().span(),
                    "top up "
                            + Quote.of(Quantities.written(
                                    topUpSetting.get().value().span())) + " has no treasury to come"
                            + " from; add a line such as 'treasury 5,000,000 USD' to the token block"));
        }
        if (floor.isEmpty() || limit.isEmpty() || topUp.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Extensions.CollateralLevels(block.span(), floor.get(), limit.get(), topUp.get()));
    }

    private Optional<Extensions.PegDefenceLevels> pegDefence(PolicyBlock block) {
        List<PolicyStatement> statements = block.statements();
        Optional<Setting> wideSetting = find.required(
                find.setting(statements, Settings.PEG_WIDE_DISCOUNT),
                block,
                "the peg defence policy",
                "wide discount",
                "wide discount 2%");
        Optional<Setting> calmSetting = find.required(
                find.setting(statements, Settings.PEG_CALM_DISCOUNT),
                block,
                "the peg defence policy",
                "calm discount",
                "calm discount 0.5%");
        Optional<Double> wide = wideSetting.flatMap(s -> number(s, Dimension.FRACTION, Range.SHARE));
        Optional<Double> calm = calmSetting.flatMap(s -> number(s, Dimension.FRACTION, Range.SHARE));
        Optional<Double> tightened = find.required(
                        find.setting(statements, Settings.TIGHTENED_LIMIT),
                        block,
                        "the peg defence policy",
                        "tightened limit",
                        "tightened limit 1% of supply")
                .flatMap(s -> number(s, Dimension.FRACTION, Range.SHARE));
        Optional<Setting> buybackSetting = find.setting(statements, Settings.BUYBACK_DISCOUNT);
        Optional<Double> buyback =
                buybackSetting.isEmpty() ? wide : number(buybackSetting.get(), Dimension.FRACTION, Range.SHARE);
        Optional<Double> budget =
                quantities.declared(find.setting(statements, Settings.BUYBACK_BUDGET), Settings.BUYBACK_BUDGET);
        if (wide.isPresent()
                && calm.isPresent()
                && !new Levels(diagnostics).ordered(calmSetting, calm.get(), wideSetting, wide.get())) {
            return Optional.empty();
        }
        if (wide.isEmpty() || calm.isEmpty() || tightened.isEmpty() || buyback.isEmpty() || budget.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Extensions.PegDefenceLevels(
                block.span(), wide.get(), calm.get(), tightened.get(), buyback.get(), budget.get()));
    }

    private Optional<Extensions.RebalancingBand> rebalancing(PolicyBlock block) {
        List<PolicyStatement> statements = block.statements();
        Optional<CashBand> band = find.required(
                find.single(statements, CashBand.class, "'cash band'"),
                block,
                "the rebalancing policy",
                "cash band",
                "cash band 3% to 8% of liabilities");
        Optional<Double> lower = band.flatMap(b -> quantities.number(
                b.lower(), "the lower edge of the cash band", Dimension.FRACTION, Range.NON_NEGATIVE));
        Optional<Double> upper = band.flatMap(b -> quantities.number(
                b.upper(), "the upper edge of the cash band", Dimension.FRACTION, Range.NON_NEGATIVE));
        Optional<Double> sell = quantities.declared(find.setting(statements, Settings.SELL_GOLD), Settings.SELL_GOLD);
        Optional<Double> spend =
                quantities.declared(find.setting(statements, Settings.SPEND_CASH), Settings.SPEND_CASH);
        if (lower.isEmpty() || upper.isEmpty() || sell.isEmpty() || spend.isEmpty()) {
            return Optional.empty();
        }
        if (!(lower.get() < upper.get())) {
            CashBand b = band.orElseThrow();
            diagnostics.report(GramCode.CONTRADICTORY_LEVELS.at(
                    b.lower().span(),
                    "the lower edge of the cash band "
                            + Quote.of(Quantities.written(b.lower().span())) + " must be below its upper edge "
                            + Quote.of(Quantities.written(b.upper().span()))
                            + "; otherwise gold would be sold and bought on the same day"));
            return Optional.empty();
        }
        return Optional.of(
                new Extensions.RebalancingBand(block.span(), lower.get(), upper.get(), sell.get(), spend.get()));
    }

    private Optional<Extensions.CircuitBreakerLevels> breaker(BreakerPause pause) {
        Optional<Integer> days = quantities.days(pause.pause(), "the pause");
        // A fall of 0% would trip the breaker every day, and gold cannot fall 100%.
        Optional<Double> fall =
                quantities.number(pause.fall(), "the fall that trips the breaker", Dimension.FRACTION, Range.ANY);
        if (fall.isPresent() && !(fall.get() > 0 && fall.get() < 1)) {
            diagnostics.report(GramCode.OUT_OF_RANGE.at(
                    pause.fall().span(),
                    "the fall that trips the breaker "
                            + Quote.of(Quantities.written(pause.fall().span()))
                            + " is out of range; it must be above 0%"
                            + " and below 100%"));
            fall = Optional.empty();
        }
        Optional<Integer> window = quantities.days(pause.window(), "the window of the fall");
        if (days.isEmpty() || fall.isEmpty() || window.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Extensions.CircuitBreakerLevels(pause.span(), fall.get(), window.get(), days.get()));
    }

    // ---- helpers

    private Optional<PolicyBlock> policy(List<PolicyBlock> policies, PolicyKind kind) {
        return find.single(policies, PolicyBlock.class, p -> p.kind() == kind, "'policy " + kind.word() + "' block");
    }

    private Optional<Double> number(Setting setting, Dimension dimension, Range range) {
        return quantities.number(setting.value(), setting.name().words(), dimension, range);
    }
}
