package io.gramkit.dsl.explain;

import io.gramkit.dsl.ast.HaltWhen;
import io.gramkit.dsl.ast.PolicyKind;
import io.gramkit.model.Behaviour;
import io.gramkit.model.Extensions;
import io.gramkit.model.GoldModel;
import io.gramkit.model.PriceHistory;
import io.gramkit.model.RedemptionPolicy;
import io.gramkit.model.RuleSource;
import io.gramkit.model.Scenario;
import io.gramkit.model.Shock;
import io.gramkit.model.SweepGrid;
import io.gramkit.model.Token;
import io.gramkit.model.debt.DebtLevels;
import io.gramkit.model.debt.DebtSystem;
import io.gramkit.model.debt.HolderAction;
import io.gramkit.model.debt.Oracle;
import io.gramkit.model.debt.VaultGroup;
import io.gramkit.model.market.Market;
import io.gramkit.model.market.ReserveFreeze;
import io.gramkit.model.market.Venue;
import io.gramkit.model.market.VenueShock;
import io.gramkit.model.market.Wave;
import io.gramkit.model.policy.Condition;
import io.gramkit.model.policy.Expression;
import io.gramkit.model.policy.Observable;
import io.gramkit.model.policy.ReportRequest;
import io.gramkit.model.policy.Response;
import io.gramkit.model.settings.Measure;
import io.gramkit.model.settings.SettingBlock;
import io.gramkit.model.settings.SettingDeclaration;
import io.gramkit.model.settings.Settings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a resolved scenario back as {@code .gram} text with every setting explicit, defaults
 * included, in model units (USD/g, grams, USD, days) and with imports and sweeps already applied:
 * what {@code gram explain} prints. Each number is the shortest decimal that reads back as the
 * same double, so the text loads to an equal scenario.
 */
public final class ScenarioWriter {
    private final StringBuilder text = new StringBuilder();

    private ScenarioWriter() {}

    public static String write(Scenario scenario) {
        return write(SweepGrid.single(scenario));
    }

    /** The grid's base scenario, with its sweeps written back as the last statements. */
    public static String write(SweepGrid grid) {
        ScenarioWriter writer = new ScenarioWriter();
        writer.scenario(grid.base(), grid.axes());
        return writer.text.toString();
    }

    private void scenario(Scenario s, List<SweepGrid.Axis> sweeps) {
        line(0, "scenario " + string(s.name()) + " {");
        line(1, "description " + string(s.description()));
        s.start().ifPresent(date -> line(1, "start " + date));
        line(1, "horizon " + days(s.horizonDays()));
        line(1, "paths " + grouped(s.paths()));
        line(1, "seed " + s.seed());
        blank();
        line(1, "gold {");
        line(2, "spot " + number(s.gold().spotUsdPerGram()) + " USD/g");
        line(2, "model " + model(s.gold().model()));
        declared(SettingBlock.GOLD, s.extensions());
        for (Shock shock : s.gold().shocks()) {
            line(2, "shock " + string(shock.name()) + " " + shock(shock));
        }
        line(1, "}");
        blank();
        token(s.token(), s.extensions());
        blank();
        behaviour(s.behaviour(), s.extensions());
        blank();
        redemption(s.redemption(), responses(s, PolicyKind.REDEMPTION), s.extensions());
        blank();
        line(1, "policy minting {");
        setting(Settings.MINIMUM_COVERAGE, s.minting().minimumCoverage());
        declared(SettingBlock.MINTING, s.extensions());
        for (Response response : responses(s, PolicyKind.MINTING)) {
            // The resume rule of a `halt when` line is written by that line.
            if (!response.name().startsWith(PolicyKind.MINTING.ruleNamePrefix() + HaltWhen.RESUME_ONCE)) {
                line(2, written(response));
            }
        }
        line(1, "}");
        List<Response> breakers = responses(s, PolicyKind.CIRCUIT_BREAKER);
        if (!breakers.isEmpty() || s.extensions().circuitBreaker().isPresent()) {
            blank();
            line(1, "policy circuit breaker {");
            s.extensions()
                    .circuitBreaker()
                    .ifPresent(b -> line(
                            2,
                            "pause redemptions for " + days(b.pauseDays()) + " after gold falls " + percent(b.fall())
                                    + " over " + days(b.moveDays())));
            breakers.forEach(r -> line(2, written(r)));
            declared(SettingBlock.CIRCUIT_BREAKER, s.extensions());
            line(1, "}");
        }
        libraryLevels(s.extensions());
        s.debt().ifPresent(this::debt);
        s.market().ifPresent(m -> market(m, s.extensions()));
        blank();
        if (s.rules().isEmpty()) {
            line(1, "// no rules statement: the kit's packaged reference rules apply");
        }
        for (RuleSource rules : s.rules()) {
            line(1, "rules " + string(rules.path().toString()));
        }
        report(s.report());
        if (!sweeps.isEmpty()) {
            blank();
        }
        for (SweepGrid.Axis axis : sweeps) {
            line(1, "sweep " + axis.setting() + " in " + String.join(", ", axis.written()));
        }
        line(0, "}");
    }

    private void token(Token token, Extensions x) {
        line(1, "token {");
        line(2, "supply " + number(token.supply()));
        List<String> assets = new ArrayList<>();
        if (token.goldGrams() > 0) {
            assets.add(number(token.goldGrams()) + " g gold");
        }
        if (token.cashUsd() > 0) {
            assets.add(number(token.cashUsd()) + " USD cash");
        }
        line(2, "reserves " + String.join(", ", assets));
        x.settlementDelay().ifPresent(p -> setting(Settings.SETTLEMENT_DELAY, p.days()));
        x.mintLimit().ifPresent(p -> setting(Settings.MINT_LIMIT, p.dailyShare()));
        x.rebalancing().ifPresent(p -> setting(Settings.REBALANCING_SPREAD, p.spread()));
        x.custodyFee().ifPresent(p -> setting(Settings.CUSTODY_FEE, p.annualRate()));
        x.feeRevenue().ifPresent(p -> line(2, "track fee revenue"));
        x.reserveShortfall()
                .ifPresent(p -> line(2, "reserve shortfall " + percent(p.share()) + " of gold at day " + p.day()));
        x.feedLag().ifPresent(p -> setting(Settings.FEED_LAG, p.days()));
        x.treasury().ifPresent(p -> setting(Settings.TREASURY, p.usd()));
        if (x.goldLookbackDays() > 0) {
            setting(Settings.GOLD_LOOKBACK, x.goldLookbackDays());
        }
        declared(SettingBlock.TOKEN, x);
        line(1, "}");
    }

    /** The rule library's levels, each block only when the scenario sets it. */
    private void libraryLevels(Extensions x) {
        x.collateral().ifPresent(c -> {
            blank();
            line(1, "policy collateral {");
            setting(Settings.COVERAGE_FLOOR, c.coverageFloor());
            setting(Settings.EMERGENCY_LIMIT, c.emergencyLimit());
            setting(Settings.TOP_UP, c.topUpUsd());
            declared(SettingBlock.COLLATERAL, x);
            line(1, "}");
        });
        x.pegDefence().ifPresent(p -> {
            blank();
            line(1, "policy peg defence {");
            setting(Settings.PEG_WIDE_DISCOUNT, p.wideDiscount());
            setting(Settings.PEG_CALM_DISCOUNT, p.calmDiscount());
            setting(Settings.TIGHTENED_LIMIT, p.tightenedLimit());
            setting(Settings.BUYBACK_DISCOUNT, p.buybackDiscount());
            setting(Settings.BUYBACK_BUDGET, p.buybackUsd());
            declared(SettingBlock.PEG_DEFENCE, x);
            line(1, "}");
        });
        x.rebalancingBand().ifPresent(b -> {
            blank();
            line(1, "policy rebalancing {");
            line(2, "cash band " + percent(b.lowerCash()) + " to " + percent(b.upperCash()) + " of liabilities");
            setting(Settings.SELL_GOLD, b.sellShare());
            setting(Settings.SPEND_CASH, b.buyShare());
            declared(SettingBlock.REBALANCING, x);
            line(1, "}");
        });
    }

    private void market(Market m, Extensions x) {
        blank();
        line(1, "market {");
        for (Venue venue : m.venues()) {
            if (venue instanceof Venue.Pool p) {
                line(
                        2,
                        "pool " + string(p.name()) + " depth " + number(p.tokens()) + ", share "
                                + percent(p.flowShare()));
            } else if (venue instanceof Venue.OrderBook b) {
                line(
                        2,
                        "order book " + string(b.name()) + " depth " + number(b.depthPerPercent())
                                + " per 1%, resilience " + percent(b.resilience()) + ", share "
                                + percent(b.flowShare()));
            }
        }
        // Only the settings written: the defaults of the market block are the model's, not v1's.
        for (SettingDeclaration declaration : Settings.of(SettingBlock.MARKET)) {
            if (x.settings().has(declaration)) {
                setting(declaration, x.settings().value(declaration));
            }
        }
        for (Wave w : m.waves()) {
            line(
                    2,
                    "wave " + string(w.name()) + " " + percent(w.share()) + " of supply over " + days(w.days())
                            + " from day " + w.startDay());
        }
        for (VenueShock sale : m.shocks()) {
            line(2, "sell " + number(sale.tokens()) + " in " + string(sale.venue()) + " at day " + sale.day());
        }
        for (ReserveFreeze f : m.freezes()) {
            line(
                    2,
                    "freeze " + string(f.name()) + " " + percent(f.share()) + " of reserves from day " + f.fromDay()
                            + " until day " + f.releaseDay());
        }
        line(1, "}");
    }

    private void debt(DebtSystem d) {
        blank();
        line(1, "debt " + string(d.currency()) + " {");
        for (VaultGroup g : d.vaults()) {
            line(
                    2,
                    "vaults " + grouped(g.count()) + " at " + percent(g.collateralRatio()) + " owing "
                            + number(g.debtPerVault()) + " USD each");
        }
        setting(Settings.STABILITY_FEE, d.stabilityFee());
        setting(Settings.LIQUIDATION_RATIO, d.liquidationRatio());
        setting(Settings.LIQUIDATION_PENALTY, d.liquidationPenalty());
        setting(Settings.DEBT_CEILING, d.debtCeiling());
        setting(Settings.DUST, d.dust());
        setting(Settings.SURPLUS_BUFFER, d.surplusBuffer());
        line(
                2,
                "oracle " + (d.oracle().source() == Oracle.Source.MARKET ? "market" : "gold") + " lag "
                        + days(d.oracle().lagDays()));
        d.depth()
                .ifPresentOrElse(
                        depth -> line(2, "auction depth " + number(depth.tokensPerPercent()) + " g per 1%"),
                        () -> line(2, "// no auction depth: auctions sell at the market price, however much"));
        d.holders()
                .ifPresent(h -> line(
                        2,
                        "holders " + (h.kind() == HolderAction.Kind.REPAY ? "repay" : "add collateral") + " at "
                                + percent(h.alertRatio()) + " to " + percent(h.targetRatio()) + ", "
                                + percent(h.dailyShare())
                                + " per day"));
        d.borrowing()
                .ifPresent(b ->
                        line(2, "new debt " + percent(b.dailyShare()) + " per day at " + percent(b.openingRatio())));
        DebtLevels levels = d.levels();
        levels.stabilityFee()
                .ifPresent(l -> line(
                        2,
                        "raise stability fee to " + percent(l.raisedFee()) + " below " + percent(l.stressRatio())
                                + " until " + percent(l.calmRatio())));
        levels.debtCeiling()
                .ifPresent(l -> line(
                        2,
                        "lower debt ceiling to " + number(l.loweredCeiling()) + " USD below "
                                + percent(l.surplusFloor()) + " surplus"));
        levels.liquidationRatio()
                .ifPresent(l -> line(
                        2,
                        "tighten liquidation ratio to " + percent(l.tightenedRatio()) + " after oracle falls "
                                + percent(l.fall())
                                + " over " + days(l.days()) + " until " + percent(l.calmFall())));
        levels.newDebt()
                .ifPresent(l -> line(
                        2, "pause new debt below " + percent(l.pauseRatio()) + " until " + percent(l.resumeRatio())));
        levels.shutdown()
                .ifPresent(l -> line(2, "shut down above " + number(l.uncoveredBadDebt()) + " USD uncovered bad debt"));
        line(1, "}");
    }

    private void behaviour(Behaviour b, Extensions x) {
        line(1, "behaviour {");
        line(
                2,
                "redemption base " + percent(b.redeemBase()) + " per day, discount sensitivity "
                        + number(b.discountSensitivity()) + ", panic sensitivity " + number(b.panicSensitivity()));
        line(
                2,
                "minting " + percent(b.mintRate()) + " per day at or above peg, keeping " + percent(b.mintGoldShare())
                        + " as gold");
        setting(Settings.MARKET_IMPACT, b.marketImpact());
        declared(SettingBlock.BEHAVIOUR, x);
        line(1, "}");
    }

    private void redemption(RedemptionPolicy p, List<Response> responses, Extensions x) {
        line(1, "policy redemption {");
        setting(Settings.FEE, p.baseFee());
        setting(Settings.RAISED_FEE, p.raisedFee());
        setting(Settings.WIDE_DISCOUNT, p.wideDiscount());
        setting(Settings.CALM_DISCOUNT, p.calmDiscount());
        setting(Settings.DAILY_LIMIT, p.dailyLimit());
        declared(SettingBlock.REDEMPTION, x);
        responses.forEach(r -> line(2, written(r)));
        line(1, "}");
    }

    private void report(ReportRequest report) {
        if (report.quantiles().isEmpty()
                && report.probabilities().isEmpty()
                && report.dayCounts().isEmpty()) {
            return;
        }
        blank();
        line(1, "report {");
        if (!report.quantiles().isEmpty()) {
            line(
                    2,
                    "quantiles "
                            + String.join(
                                    ", ",
                                    report.quantiles().stream()
                                            .map(ScenarioWriter::percent)
                                            .toList()));
        }
        report.probabilities().forEach(m -> line(2, "probability " + condition(m.condition(), true)));
        report.dayCounts().forEach(m -> line(2, "days " + condition(m.condition(), true)));
        line(1, "}");
    }

    private static List<Response> responses(Scenario s, PolicyKind policy) {
        return s.responses().stream()
                .filter(r -> r.name().startsWith(policy.ruleNamePrefix()))
                .toList();
    }

    private static String model(GoldModel model) {
        if (model instanceof GoldModel.Gbm m) {
            return "gbm drift " + percent(m.drift()) + " vol " + percent(m.volatility());
        } else if (model instanceof GoldModel.StudentT m) {
            return "student-t drift " + percent(m.drift()) + " vol " + percent(m.volatility()) + " df "
                    + number(m.degreesOfFreedom());
        } else if (model instanceof GoldModel.JumpDiffusion m) {
            return "jump-diffusion drift " + percent(m.drift()) + " vol " + percent(m.volatility()) + " jumps "
                    + number(m.jumpsPerYear()) + " per year mean " + percent(m.jumpMean()) + " dispersion "
                    + percent(m.jumpDispersion());
        } else if (model instanceof GoldModel.Garch m) {
            return "garch drift " + percent(m.drift()) + " vol " + percent(m.volatility()) + " alpha "
                    + number(m.alpha()) + " beta " + number(m.beta())
                    + (m.normalInnovations() ? "" : " df " + number(m.degreesOfFreedom()));
        } else if (model instanceof GoldModel.RegimeSwitching m) {
            return "regime-switching calm drift " + percent(m.calm().drift()) + " vol "
                    + percent(m.calm().volatility())
                    + " stressed drift " + percent(m.stressed().drift()) + " vol "
                    + percent(m.stressed().volatility()) + " calm to stressed " + percent(m.calmToStressed())
                    + " per day stressed to calm " + percent(m.stressedToCalm()) + " per day";
        }
        GoldModel.Bootstrap m = (GoldModel.Bootstrap) model;
        return "bootstrap " + window(m.history()) + " mean block " + days(m.meanBlockDays());
    }

    private static String shock(Shock shock) {
        if (shock instanceof Shock.Move m) {
            return (m.totalReturn() < 0 ? "drop " + percent(-m.totalReturn()) : "rise " + percent(m.totalReturn()))
                    + " over " + days(m.days()) + " at day " + m.firstDay();
        } else if (shock instanceof Shock.VolatilityWindow v) {
            return "volatility x"
                    + new BigDecimal(Double.toString(v.multiplier()))
                            .stripTrailingZeros()
                            .toPlainString() + " from day " + v.firstDay() + " for " + days(v.days());
        } else if (shock instanceof Shock.Closure c) {
            String gap = c.gapReturn() == 0
                    ? ""
                    : c.gapReturn() < 0
                            ? " then drop " + percent(-c.gapReturn())
                            : " then rise " + percent(c.gapReturn());
            return "closed from day " + c.firstDay() + " for " + days(c.days()) + gap;
        }
        Shock.Replay r = (Shock.Replay) shock;
        return "replay " + window(r.window()) + " at day " + r.firstDay();
    }

    private static String window(PriceHistory history) {
        return string(history.source()) + " from " + history.date(0) + " to " + history.date(history.size() - 1);
    }

    /**
     * A response as the scenario wrote it (its rule name after the policy's prefix), so the
     * explained scenario's rules keep their names.
     */
    private static String written(Response response) {
        return response.name().substring(response.name().indexOf(": ") + 2);
    }

    private static String condition(Condition condition, boolean outermost) {
        String text;
        if (condition instanceof Condition.Comparison c) {
            Observable kind = kind(c.left()) != null ? kind(c.left()) : kind(c.right());
            return expression(c.left(), kind) + " " + c.comparator().symbol() + " " + expression(c.right(), kind);
        } else if (condition instanceof Condition.All all) {
            text = condition(all.left(), false) + " and " + condition(all.right(), false);
        } else if (condition instanceof Condition.Any any) {
            text = condition(any.left(), false) + " or " + condition(any.right(), false);
        } else {
            throw new IllegalArgumentException("the language writes no negated condition: " + condition);
        }
        return outermost ? text : "(" + text + ")";
    }

    /** The first observed quantity in an expression, whose kind a bare constant beside it takes. */
    private static Observable kind(Expression expression) {
        if (expression instanceof Expression.Observation o) {
            return o.observable();
        } else if (expression instanceof Expression.Arithmetic a) {
            Observable left = kind(a.left());
            return left != null ? left : kind(a.right());
        }
        return null;
    }

    private static String expression(Expression expression, Observable kind) {
        if (expression instanceof Expression.Constant c) {
            if (kind == null || kind == Observable.SUPPLY) {
                return number(c.value());
            }
            return kind == Observable.GOLD_PRICE ? number(c.value()) + " USD/g" : percent(c.value());
        } else if (expression instanceof Expression.Observation o) {
            return (o.seen() ? "seen " : "")
                    + (o.observable() == Observable.GOLD_MOVE
                            ? "gold move over " + days(o.windowDays())
                            : o.observable().words());
        }
        Expression.Arithmetic a = (Expression.Arithmetic) expression;
        boolean additive = a.operator() == Expression.Operator.PLUS || a.operator() == Expression.Operator.MINUS;
        return "(" + expression(a.left(), kind) + " " + a.operator().symbol() + " "
                + expression(a.right(), additive ? kind : null) + ")";
    }

    /** One setting's line, written from its declaration: words, value in its model unit, tail. */
    private void setting(SettingDeclaration declaration, double value) {
        line(2, declaration.example(written(declaration.measure(), value)));
    }

    /** The block's settings that only the catalogue declares: each written one, and each with a default. */
    private void declared(SettingBlock block, Extensions x) {
        for (SettingDeclaration declaration : Settings.of(block)) {
            if (declaration.syntax() != SettingDeclaration.Syntax.DECLARED) {
                continue;
            }
            if (x.settings().has(declaration)
                    || declaration.fallback().referenceValue().isPresent()) {
                setting(declaration, x.settings().value(declaration));
            }
        }
    }

    /** A value in the model unit of {@code measure}, as a scenario writes it. */
    static String written(Measure measure, double value) {
        return switch (measure) {
            case FRACTION -> percent(value);
            case MONEY -> number(value) + " USD";
            case PRICE -> number(value) + " USD/g";
            case MASS -> number(value) + " g";
            case DAYS -> days(value);
            case COUNT, INTEGER -> grouped((long) value);
            case PLAIN -> number(value);
        };
    }

    /** A fraction as a percentage, exactly: 0.0025 is {@code 0.25%}. */
    static String percent(double fraction) {
        return plain(new BigDecimal(Double.toString(fraction)).movePointRight(2)) + "%";
    }

    /** A number with thousands separators and the shortest digits that read back as the same double. */
    /** {@code 1 day}, {@code 30 days}: durations in the singular where English has it. */
    static String days(long days) {
        return days + (days == 1 ? " day" : " days");
    }

    static String days(double days) {
        return number(days) + (days == 1 ? " day" : " days");
    }

    static String number(double value) {
        return plain(new BigDecimal(Double.toString(value)));
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        String digits = stripped.abs().toPlainString();
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return (stripped.signum() < 0 ? "-" : "") + grouped + (point < 0 ? "" : digits.substring(point));
    }

    private static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String string(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private void line(int depth, String content) {
        text.append("  ".repeat(depth)).append(content).append('\n');
    }

    private void blank() {
        text.append('\n');
    }
}
