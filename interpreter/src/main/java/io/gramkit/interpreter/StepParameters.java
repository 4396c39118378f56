package io.gramkit.interpreter;

import io.gramkit.model.Behaviour;
import io.gramkit.model.Extensions;
import io.gramkit.model.Scenario;
import io.gramkit.model.settings.Settings;

/**
 * The scenario's constants the daily step reads, unpacked once per run.
 *
 * @param extended          whether any extension is on: paths then take {@link ExtendedStep}
 * @param settlementDelay   k, days; 0 when redemptions are paid the day they are served
 * @param mintLimited       whether minting is capped ({@code mintLimit} applies)
 * @param mintLimit         most of yesterday's supply minted in a day
 * @param halfSpread        half the rebalancing bid-ask spread (0 without the extension)
 * @param custody           whether custody fees are charged
 * @param custodyDailyRate  custody fee per day, a fraction of the gold reserves' value
 * @param feeRevenue        whether the fee revenue total is kept
 * @param shortfallDay      the day the gold reserves are found short; 0 for never
 * @param shortfallShare    the share of the gold reserves missing on that day
 * @param feedLag           days the rules' gold price lags
 * @param goldHistoryDays   days of gold prices each path keeps (feed lag plus look-back)
 * @param treasury          the outside treasury at day 0, USD (0 without the extension)
 * @param premiumImpact     premium per unit of unmet mint demand over supply (the market impact unless set)
 * @param market            the market model's constants; null without a market: paths then never
 *                          take {@link MarketStep}
 */
record StepParameters(
        double redeemBase,
        double discountSensitivity,
        double panicSensitivity,
        double dailyLimit,
        double marketImpact,
        double mintRate,
        double mintGoldShare,
        double baseFee,
        boolean extended,
        int settlementDelay,
        boolean mintLimited,
        double mintLimit,
        double halfSpread,
        boolean custody,
        double custodyDailyRate,
        boolean feeRevenue,
        int shortfallDay,
        double shortfallShare,
        int feedLag,
        int goldHistoryDays,
        double treasury,
        double premiumImpact,
        MarketParameters market) {

    static StepParameters of(Scenario scenario) {
        Behaviour b = scenario.behaviour();
        Extensions x = scenario.extensions();
        return new StepParameters(
                b.redeemBase(),
                b.discountSensitivity(),
                b.panicSensitivity(),
                scenario.redemption().dailyLimit(),
                b.marketImpact(),
                b.mintRate(),
                b.mintGoldShare(),
                scenario.redemption().baseFee(),
                x.changesTheStep() || x.goldHistoryDays() > 0,
                x.settlementDelay().map(Extensions.SettlementDelay::days).orElse(0),
                x.mintLimit().isPresent(),
                x.mintLimit().map(Extensions.MintLimit::dailyShare).orElse(1.0),
                x.rebalancing().map(r -> r.spread() / 2.0).orElse(0.0),
                x.custodyFee().isPresent(),
                x.custodyFee().map(Extensions.CustodyFee::dailyRate).orElse(0.0),
                x.feeRevenue().isPresent(),
                x.reserveShortfall().map(Extensions.ReserveShortfall::day).orElse(0),
                x.reserveShortfall().map(Extensions.ReserveShortfall::share).orElse(0.0),
                x.feedLag().map(Extensions.FeedLag::days).orElse(0),
                x.goldHistoryDays(),
                x.treasury().map(Extensions.Treasury::usd).orElse(0.0),
                x.settings().written(Settings.PREMIUM_IMPACT).orElse(b.marketImpact()),
                scenario.market().map(m -> MarketParameters.of(scenario, m)).orElse(null));
    }
}
