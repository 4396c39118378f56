package io.gramkit.dsl;

import io.gramkit.model.GoldModel;
import io.gramkit.model.RuleSource;
import io.gramkit.model.Scenario;
import io.gramkit.model.Shock;
import io.gramkit.model.SweepGrid;
import io.gramkit.model.policy.ReportRequest;
import io.gramkit.model.policy.Response;
import java.nio.file.Path;

/** A resolved scenario, one value a line with its span, for golden files; rule paths relative to a base. */
final class ScenarioPrinter {
    private ScenarioPrinter() {}

    /** The base scenario, then each grid point's swept values (a grid without sweeps prints as its base). */
    static String print(SweepGrid grid, Path base) {
        StringBuilder out = new StringBuilder(print(grid.base(), base));
        for (SweepGrid.Axis axis : grid.axes()) {
            out.append("sweep: ")
                    .append(axis.setting())
                    .append(" in ")
                    .append(String.join(", ", axis.written()))
                    .append('\n');
        }
        if (grid.isSweep()) {
            for (SweepGrid.Point point : grid.points()) {
                out.append("  point: ")
                        .append(point.values())
                        .append(" seed=")
                        .append(point.scenario().seed())
                        .append('\n');
            }
        }
        return out.toString();
    }

    static String print(Scenario s, Path base) {
        StringBuilder out = new StringBuilder();
        line(out, "scenario", s.span().line(), s.name());
        out.append("description: ").append(s.description()).append('\n');
        s.start().ifPresent(date -> out.append("start: ").append(date).append('\n'));
        out.append("horizonDays: ").append(s.horizonDays()).append('\n');
        out.append("paths: ").append(s.paths()).append('\n');
        out.append("seed: ").append(s.seed()).append('\n');
        line(out, "gold", s.gold().span().line(), "spotUsdPerGram=" + s.gold().spotUsdPerGram());
        GoldModel model = s.gold().model();
        if (model instanceof GoldModel.Gbm gbm) {
            line(out, "  model", gbm.span().line(), "gbm drift=" + gbm.drift() + " volatility=" + gbm.volatility());
        } else if (model instanceof GoldModel.StudentT t) {
            line(
                    out,
                    "  model",
                    t.span().line(),
                    "student-t drift=" + t.drift() + " volatility=" + t.volatility() + " degreesOfFreedom="
                            + t.degreesOfFreedom());
        } else if (model instanceof GoldModel.JumpDiffusion j) {
            line(
                    out,
                    "  model",
                    j.span().line(),
                    "jump-diffusion drift=" + j.drift() + " volatility=" + j.volatility()
                            + " jumpsPerYear=" + j.jumpsPerYear() + " jumpMean=" + j.jumpMean() + " jumpDispersion="
                            + j.jumpDispersion());
        } else if (model instanceof GoldModel.Garch g) {
            line(
                    out,
                    "  model",
                    g.span().line(),
                    "garch drift=" + g.drift() + " volatility=" + g.volatility() + " alpha=" + g.alpha() + " beta="
                            + g.beta() + " degreesOfFreedom=" + g.degreesOfFreedom());
        } else if (model instanceof GoldModel.RegimeSwitching r) {
            line(
                    out,
                    "  model",
                    r.span().line(),
                    "regime-switching calm=" + r.calm() + " stressed=" + r.stressed() + " calmToStressed="
                            + r.calmToStressed() + " stressedToCalm=" + r.stressedToCalm());
        } else if (model instanceof GoldModel.Bootstrap b) {
            line(
                    out,
                    "  model",
                    b.span().line(),
                    "bootstrap history=" + history(b.history()) + " meanBlockDays=" + b.meanBlockDays());
        }
        for (Shock shock : s.gold().shocks()) {
            if (shock instanceof Shock.Move move) {
                line(
                        out,
                        "  shock",
                        move.span().line(),
                        "\"" + move.name() + "\" move totalReturn=" + move.totalReturn() + " days=" + move.days()
                                + " firstDay=" + move.firstDay());
            } else if (shock instanceof Shock.VolatilityWindow v) {
                line(
                        out,
                        "  shock",
                        v.span().line(),
                        "\"" + v.name() + "\" volatility multiplier=" + v.multiplier() + " days=" + v.days()
                                + " firstDay=" + v.firstDay());
            } else if (shock instanceof Shock.Closure c) {
                line(
                        out,
                        "  shock",
                        c.span().line(),
                        "\"" + c.name() + "\" closure days=" + c.days() + " firstDay=" + c.firstDay() + " gapReturn="
                                + c.gapReturn());
            } else if (shock instanceof Shock.Replay r) {
                line(
                        out,
                        "  shock",
                        r.span().line(),
                        "\"" + r.name() + "\" replay window=" + history(r.window()) + " firstDay=" + r.firstDay()
                                + " lastDay=" + r.lastDay());
            }
        }
        line(
                out,
                "token",
                s.token().span().line(),
                "supply=" + s.token().supply() + " goldGrams=" + s.token().goldGrams() + " cashUsd="
                        + s.token().cashUsd());
        var b = s.behaviour();
        line(
                out,
                "behaviour",
                b.span().line(),
                "redeemBase=" + b.redeemBase() + " discountSensitivity="
                        + b.discountSensitivity() + " panicSensitivity=" + b.panicSensitivity() + " mintRate="
                        + b.mintRate()
                        + " mintGoldShare=" + b.mintGoldShare() + " marketImpact=" + b.marketImpact());
        var r = s.redemption();
        line(
                out,
                "redemption",
                r.span().line(),
                "baseFee=" + r.baseFee() + " raisedFee=" + r.raisedFee()
                        + " wideDiscount=" + r.wideDiscount() + " calmDiscount=" + r.calmDiscount() + " dailyLimit="
                        + r.dailyLimit());
        line(
                out,
                "minting",
                s.minting().span().line(),
                "minimumCoverage=" + s.minting().minimumCoverage());
        for (Response response : s.responses()) {
            line(
                    out,
                    "response",
                    response.span().line(),
                    "\"" + response.name() + "\" if " + response.condition() + " then " + response.actions());
        }
        var x = s.extensions();
        x.settlementDelay().ifPresent(p -> line(out, "settlementDelay", p.span().line(), "days=" + p.days()));
        x.mintLimit().ifPresent(p -> line(out, "mintLimit", p.span().line(), "dailyShare=" + p.dailyShare()));
        x.rebalancing().ifPresent(p -> line(out, "rebalancing", p.span().line(), "spread=" + p.spread()));
        x.custodyFee().ifPresent(p -> line(out, "custodyFee", p.span().line(), "annualRate=" + p.annualRate()));
        x.feeRevenue().ifPresent(p -> line(out, "feeRevenue", p.span().line(), "kept"));
        x.reserveShortfall()
                .ifPresent(
                        p -> line(out, "reserveShortfall", p.span().line(), "day=" + p.day() + " share=" + p.share()));
        x.feedLag().ifPresent(p -> line(out, "feedLag", p.span().line(), "days=" + p.days()));
        x.treasury().ifPresent(p -> line(out, "treasury", p.span().line(), "usd=" + p.usd()));
        if (x.goldLookbackDays() > 0) {
            out.append("goldLookbackDays: ").append(x.goldLookbackDays()).append('\n');
        }
        x.collateral()
                .ifPresent(p -> line(
                        out,
                        "collateral",
                        p.span().line(),
                        "coverageFloor=" + p.coverageFloor() + " emergencyLimit=" + p.emergencyLimit() + " topUpUsd="
                                + p.topUpUsd()));
        x.pegDefence()
                .ifPresent(p -> line(
                        out,
                        "pegDefence",
                        p.span().line(),
                        "wideDiscount=" + p.wideDiscount()
                                + " calmDiscount=" + p.calmDiscount() + " tightenedLimit=" + p.tightenedLimit()
                                + " buybackDiscount="
                                + p.buybackDiscount() + " buybackUsd=" + p.buybackUsd()));
        x.rebalancingBand()
                .ifPresent(p -> line(
                        out,
                        "rebalancingBand",
                        p.span().line(),
                        "lowerCash=" + p.lowerCash() + " upperCash=" + p.upperCash() + " sellShare=" + p.sellShare()
                                + " buyShare=" + p.buyShare()));
        x.circuitBreaker()
                .ifPresent(p -> line(
                        out,
                        "circuitBreaker",
                        p.span().line(),
                        "fall=" + p.fall() + " moveDays=" + p.moveDays() + " pauseDays=" + p.pauseDays()));
        for (RuleSource rules : s.rules()) {
            line(
                    out,
                    "rules",
                    rules.span().line(),
                    base.relativize(rules.path()).toString().replace('\\', '/'));
        }
        ReportRequest report = s.report();
        if (!report.quantiles().isEmpty()
                || !report.probabilities().isEmpty()
                || !report.dayCounts().isEmpty()) {
            line(out, "report", report.span().line(), "quantiles=" + report.quantiles());
            report.probabilities()
                    .forEach(m -> line(out, "  probability", m.span().line(), "\"" + m.text() + "\" " + m.condition()));
            report.dayCounts()
                    .forEach(m -> line(out, "  days", m.span().line(), "\"" + m.text() + "\" " + m.condition()));
        }
        s.market().ifPresent(market -> market(out, market));
        s.debt().ifPresent(debt -> {
            line(
                    out,
                    "debt",
                    debt.span().line(),
                    "currency=" + debt.currency() + " stabilityFee=" + debt.stabilityFee() + " liquidationRatio="
                            + debt.liquidationRatio() + " liquidationPenalty=" + debt.liquidationPenalty()
                            + " debtCeiling="
                            + debt.debtCeiling() + " dust=" + debt.dust() + " surplusBuffer=" + debt.surplusBuffer());
            for (var group : debt.vaults()) {
                line(
                        out,
                        "  vaults",
                        group.span().line(),
                        "count=" + group.count() + " collateralRatio=" + group.collateralRatio() + " debtPerVault="
                                + group.debtPerVault());
            }
            line(
                    out,
                    "  oracle",
                    debt.oracle().span().line(),
                    debt.oracle().source() + " lagDays=" + debt.oracle().lagDays());
            debt.depth()
                    .ifPresent(
                            dp -> line(out, "  depth", dp.span().line(), "tokensPerPercent=" + dp.tokensPerPercent()));
            debt.holders()
                    .ifPresent(hold -> line(
                            out,
                            "  holders",
                            hold.span().line(),
                            hold.kind() + " alert=" + hold.alertRatio() + " target=" + hold.targetRatio() + " share="
                                    + hold.dailyShare()));
            debt.borrowing()
                    .ifPresent(bw -> line(
                            out,
                            "  borrowing",
                            bw.span().line(),
                            "share=" + bw.dailyShare() + " ratio=" + bw.openingRatio()));
            var lv = debt.levels();
            lv.stabilityFee()
                    .ifPresent(v0 -> line(
                            out,
                            "  stabilityFeeLevels",
                            v0.span().line(),
                            "stress=" + v0.stressRatio() + " calm=" + v0.calmRatio() + " raised=" + v0.raisedFee()));
            lv.debtCeiling()
                    .ifPresent(v1 -> line(
                            out,
                            "  debtCeilingLevels",
                            v1.span().line(),
                            "surplusFloor=" + v1.surplusFloor() + " lowered=" + v1.loweredCeiling()));
            lv.liquidationRatio()
                    .ifPresent(v2 -> line(
                            out,
                            "  liquidationRatioLevels",
                            v2.span().line(),
                            "fall=" + v2.fall() + " days=" + v2.days() + " calmFall=" + v2.calmFall() + " tightened="
                                    + v2.tightenedRatio()));
            lv.newDebt()
                    .ifPresent(v3 -> line(
                            out,
                            "  newDebtLevels",
                            v3.span().line(),
                            "pause=" + v3.pauseRatio() + " resume=" + v3.resumeRatio()));
            lv.shutdown()
                    .ifPresent(v4 -> line(
                            out, "  shutdownLevels", v4.span().line(), "uncoveredBadDebt=" + v4.uncoveredBadDebt()));
        });
        return out.toString();
    }

    private static String history(io.gramkit.model.PriceHistory h) {
        return h.source() + " " + h.date(0) + ".." + h.date(h.size() - 1) + " prices=" + h.size() + " first="
                + h.price(0) + " last=" + h.price(h.size() - 1) + " periodsPerYear=" + h.periodsPerYear();
    }

    private static void line(StringBuilder out, String what, int line, String value) {
        out.append(what).append(" @").append(line).append(": ").append(value).append('\n');
    }

    private static void market(StringBuilder out, io.gramkit.model.market.Market m) {
        line(out, "market", m.span().line(), m.venues().size() + " venues");
        for (var venue : m.venues()) {
            if (venue instanceof io.gramkit.model.market.Venue.Pool p) {
                line(
                        out,
                        "  pool",
                        p.span().line(),
                        p.name() + " flowShare=" + p.flowShare() + " tokens=" + p.tokens());
            } else if (venue instanceof io.gramkit.model.market.Venue.OrderBook b) {
                line(
                        out,
                        "  orderBook",
                        b.span().line(),
                        b.name() + " flowShare=" + b.flowShare() + " depthPerPercent=" + b.depthPerPercent()
                                + " resilience=" + b.resilience());
            }
        }
        var a = m.arbitrage();
        line(
                out,
                "  arbitrage",
                a.span().line(),
                "desks=" + a.desks() + " capitalUsd=" + a.capitalUsd() + " annualCost=" + a.annualCost()
                        + " riskPremium=" + a.riskPremium() + " settlementDays=" + a.settlementDays());
        var h = m.holders();
        line(
                out,
                "  holders",
                h.span().line(),
                "panicHalfLifeDays=" + h.panicHalfLifeDays() + " coverageSensitivity=" + h.coverageSensitivity()
                        + " retailRedemptionShare=" + h.retailRedemptionShare());
        m.payout()
                .ifPresent(p -> line(
                        out,
                        "  payout",
                        p.span().line(),
                        "haircutBase=" + p.haircutBase() + " haircutSlope=" + p.haircutSlope() + " capacityGrams="
                                + p.capacityGrams()));
        m.waves()
                .forEach(w -> line(
                        out,
                        "  wave",
                        w.span().line(),
                        w.name() + " share=" + w.share() + " days=" + w.days() + " startDay=" + w.startDay()));
        m.shocks()
                .forEach(v ->
                        line(out, "  sale", v.span().line(), v.venue() + " tokens=" + v.tokens() + " day=" + v.day()));
        m.freezes()
                .forEach(f -> line(
                        out,
                        "  freeze",
                        f.span().line(),
                        f.name() + " share=" + f.share() + " fromDay=" + f.fromDay() + " releaseDay="
                                + f.releaseDay()));
    }
}
