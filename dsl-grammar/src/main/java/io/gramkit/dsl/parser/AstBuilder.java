package io.gramkit.dsl.parser;

import io.gramkit.dsl.ast.ActionNode;
import io.gramkit.dsl.ast.BehaviourBlock;
import io.gramkit.dsl.ast.BehaviourStatement;
import io.gramkit.dsl.ast.BootstrapModel;
import io.gramkit.dsl.ast.BreakerPause;
import io.gramkit.dsl.ast.CashBand;
import io.gramkit.dsl.ast.ConditionNode;
import io.gramkit.dsl.ast.DateLiteral;
import io.gramkit.dsl.ast.DebtBlock;
import io.gramkit.dsl.ast.DebtStatement;
import io.gramkit.dsl.ast.Description;
import io.gramkit.dsl.ast.Direction;
import io.gramkit.dsl.ast.ExpressionNode;
import io.gramkit.dsl.ast.GarchModel;
import io.gramkit.dsl.ast.GbmModel;
import io.gramkit.dsl.ast.GoldBlock;
import io.gramkit.dsl.ast.GoldModelNode;
import io.gramkit.dsl.ast.GoldStatement;
import io.gramkit.dsl.ast.HaltWhen;
import io.gramkit.dsl.ast.Import;
import io.gramkit.dsl.ast.ImportKind;
import io.gramkit.dsl.ast.JumpDiffusionModel;
import io.gramkit.dsl.ast.MarketBlock;
import io.gramkit.dsl.ast.MarketStatement;
import io.gramkit.dsl.ast.Node;
import io.gramkit.dsl.ast.NumberLiteral;
import io.gramkit.dsl.ast.PolicyBlock;
import io.gramkit.dsl.ast.PolicyKind;
import io.gramkit.dsl.ast.PolicyStatement;
import io.gramkit.dsl.ast.Quantity;
import io.gramkit.dsl.ast.RegimeSwitchingModel;
import io.gramkit.dsl.ast.ReportBlock;
import io.gramkit.dsl.ast.ReportStatement;
import io.gramkit.dsl.ast.ReserveAsset;
import io.gramkit.dsl.ast.Reserves;
import io.gramkit.dsl.ast.Response;
import io.gramkit.dsl.ast.RuleImport;
import io.gramkit.dsl.ast.ScenarioNode;
import io.gramkit.dsl.ast.ScenarioStatement;
import io.gramkit.dsl.ast.Setting;
import io.gramkit.dsl.ast.ShockEffect;
import io.gramkit.dsl.ast.ShockStatement;
import io.gramkit.dsl.ast.Shortfall;
import io.gramkit.dsl.ast.StartDate;
import io.gramkit.dsl.ast.StudentTModel;
import io.gramkit.dsl.ast.Sweep;
import io.gramkit.dsl.ast.Text;
import io.gramkit.dsl.ast.TokenBlock;
import io.gramkit.dsl.ast.TokenStatement;
import io.gramkit.dsl.ast.TrackFeeRevenue;
import io.gramkit.dsl.ast.Unit;
import io.gramkit.dsl.ast.UnitLiteral;
import io.gramkit.dsl.parser.GramParser.*;
import io.gramkit.model.policy.Observable;
import io.gramkit.model.settings.SettingBlock;
import io.gramkit.model.settings.SettingDeclaration;
import io.gramkit.model.settings.Settings;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the syntax tree from a parse tree that had no errors. Labelled alternatives dispatch
 * through the visitor; {@link #build} is the one place a visit result is narrowed to its type.
 */
final class AstBuilder extends GramBaseVisitor<Node> {
    private final Positions positions;

    AstBuilder(Positions positions) {
        this.positions = positions;
    }

    ScenarioNode scenario(ScenarioContext ctx) {
        return new ScenarioNode(
                positions.span(ctx), text(ctx.name), all(ctx.scenarioStatement(), ScenarioStatement.class));
    }

    /** A file of shared blocks, as a scenario without a name spanning the whole file. */
    ScenarioNode sharedBlocks(SharedBlocksContext ctx) {
        return new ScenarioNode(
                positions.span(ctx),
                new Text(positions.span(ctx), ""),
                all(ctx.scenarioStatement(), ScenarioStatement.class));
    }

    // ---- scenario statements

    @Override
    public Node visitDescriptionStatement(DescriptionStatementContext ctx) {
        return new Description(positions.span(ctx), text(ctx.string()));
    }

    @Override
    public Node visitHorizonStatement(HorizonStatementContext ctx) {
        return setting(ctx, Settings.HORIZON, ctx.quantity());
    }

    @Override
    public Node visitPathsStatement(PathsStatementContext ctx) {
        return setting(ctx, Settings.PATHS, ctx.quantity());
    }

    @Override
    public Node visitSeedStatement(SeedStatementContext ctx) {
        return setting(ctx, Settings.SEED, ctx.quantity());
    }

    @Override
    public Node visitGoldBlock(GoldBlockContext ctx) {
        return new GoldBlock(positions.span(ctx), all(ctx.goldStatement(), GoldStatement.class));
    }

    @Override
    public Node visitTokenBlock(TokenBlockContext ctx) {
        return new TokenBlock(positions.span(ctx), all(ctx.tokenStatement(), TokenStatement.class));
    }

    @Override
    public Node visitBehaviourBlock(BehaviourBlockContext ctx) {
        return new BehaviourBlock(positions.span(ctx), all(ctx.behaviourStatement(), BehaviourStatement.class));
    }

    @Override
    public Node visitPolicyStatement(PolicyStatementContext ctx) {
        return build(ctx.policyBlock(), PolicyBlock.class);
    }

    @Override
    public Node visitRulesStatement(RulesStatementContext ctx) {
        return new RuleImport(positions.span(ctx), text(ctx.string()));
    }

    @Override
    public Node visitStartStatement(StartStatementContext ctx) {
        return new StartDate(positions.span(ctx), date(ctx.date()));
    }

    @Override
    public Node visitReportBlock(ReportBlockContext ctx) {
        return new ReportBlock(positions.span(ctx), all(ctx.reportStatement(), ReportStatement.class));
    }

    @Override
    public Node visitImportStatement(ImportStatementContext ctx) {
        List<ImportKind> kinds = ctx.importItem().stream()
                .map(item -> switch (item.kind.getType()) {
                    case GramParser.GOLD -> ImportKind.GOLD;
                    case GramParser.TOKEN -> ImportKind.TOKEN;
                    case GramParser.BEHAVIOUR -> ImportKind.BEHAVIOUR;
                    case GramParser.POLICY -> ImportKind.POLICY;
                    case GramParser.REPORT -> ImportKind.REPORT;
                    default -> ImportKind.RULES;
                })
                .toList();
        return new Import(positions.span(ctx), kinds, text(ctx.string()));
    }

    @Override
    public Node visitSweepStatement(SweepStatementContext ctx) {
        return new Sweep(
                positions.span(ctx),
                new Text(positions.span(ctx.sweepTarget()), written(ctx.sweepTarget())),
                ctx.quantity().stream().map(this::quantity).toList());
    }

    // ---- gold

    @Override
    public Node visitSpotStatement(SpotStatementContext ctx) {
        return setting(ctx, Settings.SPOT, ctx.quantity());
    }

    @Override
    public Node visitModelStatement(ModelStatementContext ctx) {
        return build(ctx.goldModel(), GoldModelNode.class);
    }

    /** Spans from the {@code model} keyword, the parent's first token. */
    @Override
    public Node visitGbmModel(GbmModelContext ctx) {
        return new GbmModel(positions.span(ctx.getParent()), quantity(ctx.drift), quantity(ctx.volatility));
    }

    @Override
    public Node visitStudentTModel(StudentTModelContext ctx) {
        return new StudentTModel(
                positions.span(ctx.getParent()), quantity(ctx.drift), quantity(ctx.volatility), quantity(ctx.df));
    }

    @Override
    public Node visitJumpDiffusionModel(JumpDiffusionModelContext ctx) {
        return new JumpDiffusionModel(
                positions.span(ctx.getParent()),
                quantity(ctx.drift),
                quantity(ctx.volatility),
                quantity(ctx.intensity),
                quantity(ctx.jumpMean),
                quantity(ctx.dispersion));
    }

    @Override
    public Node visitGarchModel(GarchModelContext ctx) {
        return new GarchModel(
                positions.span(ctx.getParent()),
                quantity(ctx.drift),
                quantity(ctx.volatility),
                quantity(ctx.alpha),
                quantity(ctx.beta),
                Optional.ofNullable(ctx.df).map(this::quantity));
    }

    @Override
    public Node visitRegimeSwitchingModel(RegimeSwitchingModelContext ctx) {
        return new RegimeSwitchingModel(
                positions.span(ctx.getParent()),
                quantity(ctx.calmDrift),
                quantity(ctx.calmVolatility),
                quantity(ctx.stressedDrift),
                quantity(ctx.stressedVolatility),
                quantity(ctx.toStressed),
                quantity(ctx.toCalm));
    }

    @Override
    public Node visitBootstrapModel(BootstrapModelContext ctx) {
        return new BootstrapModel(
                positions.span(ctx.getParent()),
                text(ctx.file),
                Optional.ofNullable(ctx.from).map(this::date),
                Optional.ofNullable(ctx.to).map(this::date),
                quantity(ctx.block));
    }

    @Override
    public Node visitShockStatement(ShockStatementContext ctx) {
        return new ShockStatement(positions.span(ctx), text(ctx.name), build(ctx.shockEffect(), ShockEffect.class));
    }

    @Override
    public Node visitMoveShock(MoveShockContext ctx) {
        Direction direction = ctx.direction.getType() == GramParser.DROP ? Direction.DROP : Direction.RISE;
        Optional<Quantity> duration = Optional.ofNullable(ctx.duration).map(this::quantity);
        return new ShockEffect.Move(positions.span(ctx), direction, quantity(ctx.size), duration, number(ctx.day));
    }

    @Override
    public Node visitVolatilityShock(VolatilityShockContext ctx) {
        NumberLiteral multiplier = new NumberLiteral(
                positions.span(ctx.factor), ctx.factor.getText().substring(1));
        return new ShockEffect.Volatility(positions.span(ctx), multiplier, number(ctx.day), quantity(ctx.duration));
    }

    @Override
    public Node visitClosureShock(ClosureShockContext ctx) {
        Optional<Direction> direction = Optional.ofNullable(ctx.direction)
                .map(d -> d.getType() == GramParser.DROP ? Direction.DROP : Direction.RISE);
        return new ShockEffect.Closure(
                positions.span(ctx),
                number(ctx.day),
                quantity(ctx.duration),
                direction,
                Optional.ofNullable(ctx.gap).map(this::quantity));
    }

    @Override
    public Node visitReplayShock(ReplayShockContext ctx) {
        return new ShockEffect.Replay(
                positions.span(ctx), text(ctx.file), date(ctx.from), date(ctx.to), number(ctx.day));
    }

    // ---- token

    @Override
    public Node visitSupplyStatement(SupplyStatementContext ctx) {
        return setting(ctx, Settings.SUPPLY, ctx.quantity());
    }

    @Override
    public Node visitReservesStatement(ReservesStatementContext ctx) {
        return new Reserves(positions.span(ctx), all(ctx.reserveAsset(), ReserveAsset.class));
    }

    @Override
    public Node visitAmountReserve(AmountReserveContext ctx) {
        return ctx.asset.getType() == GramParser.GOLD
                ? new ReserveAsset.GoldAmount(positions.span(ctx), quantity(ctx.quantity()))
                : new ReserveAsset.CashAmount(positions.span(ctx), quantity(ctx.quantity()));
    }

    @Override
    public Node visitCashShareReserve(CashShareReserveContext ctx) {
        return new ReserveAsset.CashShare(positions.span(ctx), quantity(ctx.share));
    }

    @Override
    public Node visitSettlementDelayStatement(SettlementDelayStatementContext ctx) {
        return setting(ctx, Settings.SETTLEMENT_DELAY, ctx.quantity());
    }

    @Override
    public Node visitMintLimitStatement(MintLimitStatementContext ctx) {
        return setting(ctx, Settings.MINT_LIMIT, ctx.quantity());
    }

    @Override
    public Node visitRebalancingSpreadStatement(RebalancingSpreadStatementContext ctx) {
        return setting(ctx, Settings.REBALANCING_SPREAD, ctx.quantity());
    }

    @Override
    public Node visitCustodyFeeStatement(CustodyFeeStatementContext ctx) {
        return setting(ctx, Settings.CUSTODY_FEE, ctx.quantity());
    }

    @Override
    public Node visitTrackFeeRevenueStatement(TrackFeeRevenueStatementContext ctx) {
        return new TrackFeeRevenue(positions.span(ctx));
    }

    @Override
    public Node visitReserveShortfallStatement(ReserveShortfallStatementContext ctx) {
        return new Shortfall(positions.span(ctx), quantity(ctx.share), number(ctx.day));
    }

    @Override
    public Node visitFeedLagStatement(FeedLagStatementContext ctx) {
        return setting(ctx, Settings.FEED_LAG, ctx.quantity());
    }

    @Override
    public Node visitTreasuryStatement(TreasuryStatementContext ctx) {
        return setting(ctx, Settings.TREASURY, ctx.quantity());
    }

    @Override
    public Node visitGoldLookbackStatement(GoldLookbackStatementContext ctx) {
        return setting(ctx, Settings.GOLD_LOOKBACK, ctx.quantity());
    }

    // ---- behaviour

    @Override
    public Node visitRedemptionBehaviour(RedemptionBehaviourContext ctx) {
        return new BehaviourStatement.Redemption(positions.span(ctx), all(ctx.redemptionClause(), Setting.class));
    }

    @Override
    public Node visitRedemptionBaseClause(RedemptionBaseClauseContext ctx) {
        return setting(ctx, Settings.REDEMPTION_BASE, ctx.quantity());
    }

    @Override
    public Node visitDiscountSensitivityClause(DiscountSensitivityClauseContext ctx) {
        return setting(ctx, Settings.DISCOUNT_SENSITIVITY, ctx.quantity());
    }

    @Override
    public Node visitPanicSensitivityClause(PanicSensitivityClauseContext ctx) {
        return setting(ctx, Settings.PANIC_SENSITIVITY, ctx.quantity());
    }

    @Override
    public Node visitMintingBehaviour(MintingBehaviourContext ctx) {
        return new BehaviourStatement.Minting(positions.span(ctx), all(ctx.mintingClause(), Setting.class));
    }

    @Override
    public Node visitMintRateClause(MintRateClauseContext ctx) {
        return setting(ctx, Settings.MINT_RATE, ctx.quantity());
    }

    @Override
    public Node visitMintGoldShareClause(MintGoldShareClauseContext ctx) {
        return setting(ctx, Settings.MINT_GOLD_SHARE, ctx.quantity());
    }

    @Override
    public Node visitMarketImpactStatement(MarketImpactStatementContext ctx) {
        return setting(ctx, Settings.MARKET_IMPACT, ctx.quantity());
    }

    // ---- policies (spans from the `policy` keyword, the parent's first token)

    @Override
    public Node visitRedemptionPolicyBlock(RedemptionPolicyBlockContext ctx) {
        return new PolicyBlock(
                positions.span(ctx.getParent()),
                PolicyKind.REDEMPTION,
                all(ctx.redemptionPolicyStatement(), PolicyStatement.class));
    }

    @Override
    public Node visitMintingPolicyBlock(MintingPolicyBlockContext ctx) {
        return new PolicyBlock(
                positions.span(ctx.getParent()),
                PolicyKind.MINTING,
                all(ctx.mintingPolicyStatement(), PolicyStatement.class));
    }

    @Override
    public Node visitFeeStatement(FeeStatementContext ctx) {
        return setting(ctx, Settings.FEE, ctx.quantity());
    }

    @Override
    public Node visitRaisedFeeStatement(RaisedFeeStatementContext ctx) {
        return setting(ctx, Settings.RAISED_FEE, ctx.quantity());
    }

    @Override
    public Node visitWideDiscountStatement(WideDiscountStatementContext ctx) {
        return setting(ctx, Settings.WIDE_DISCOUNT, ctx.quantity());
    }

    @Override
    public Node visitCalmDiscountStatement(CalmDiscountStatementContext ctx) {
        return setting(ctx, Settings.CALM_DISCOUNT, ctx.quantity());
    }

    @Override
    public Node visitDailyLimitStatement(DailyLimitStatementContext ctx) {
        return setting(ctx, Settings.DAILY_LIMIT, ctx.quantity());
    }

    @Override
    public Node visitMinimumCoverageStatement(MinimumCoverageStatementContext ctx) {
        return setting(ctx, Settings.MINIMUM_COVERAGE, ctx.quantity());
    }

    @Override
    public Node visitCircuitBreakerPolicyBlock(CircuitBreakerPolicyBlockContext ctx) {
        return new PolicyBlock(
                positions.span(ctx.getParent()),
                PolicyKind.CIRCUIT_BREAKER,
                all(ctx.circuitBreakerStatement(), PolicyStatement.class));
    }

    @Override
    public Node visitPauseStatement(PauseStatementContext ctx) {
        return new BreakerPause(positions.span(ctx), quantity(ctx.pause), quantity(ctx.fall), quantity(ctx.window));
    }

    @Override
    public Node visitCircuitBreakerResponse(CircuitBreakerResponseContext ctx) {
        return response(ctx.response());
    }

    @Override
    public Node visitCollateralPolicyBlock(CollateralPolicyBlockContext ctx) {
        return new PolicyBlock(
                positions.span(ctx.getParent()),
                PolicyKind.COLLATERAL,
                all(ctx.collateralStatement(), PolicyStatement.class));
    }

    @Override
    public Node visitCoverageFloorStatement(CoverageFloorStatementContext ctx) {
        return setting(ctx, Settings.COVERAGE_FLOOR, ctx.quantity());
    }

    @Override
    public Node visitEmergencyLimitStatement(EmergencyLimitStatementContext ctx) {
        return setting(ctx, Settings.EMERGENCY_LIMIT, ctx.quantity());
    }

    @Override
    public Node visitTopUpStatement(TopUpStatementContext ctx) {
        return setting(ctx, Settings.TOP_UP, ctx.quantity());
    }

    @Override
    public Node visitPegDefencePolicyBlock(PegDefencePolicyBlockContext ctx) {
        return new PolicyBlock(
                positions.span(ctx.getParent()),
                PolicyKind.PEG_DEFENCE,
                all(ctx.pegDefenceStatement(), PolicyStatement.class));
    }

    @Override
    public Node visitPegWideDiscountStatement(PegWideDiscountStatementContext ctx) {
        return setting(ctx, Settings.PEG_WIDE_DISCOUNT, ctx.quantity());
    }

    @Override
    public Node visitPegCalmDiscountStatement(PegCalmDiscountStatementContext ctx) {
        return setting(ctx, Settings.PEG_CALM_DISCOUNT, ctx.quantity());
    }

    @Override
    public Node visitTightenedLimitStatement(TightenedLimitStatementContext ctx) {
        return setting(ctx, Settings.TIGHTENED_LIMIT, ctx.quantity());
    }

    @Override
    public Node visitBuybackDiscountStatement(BuybackDiscountStatementContext ctx) {
        return setting(ctx, Settings.BUYBACK_DISCOUNT, ctx.quantity());
    }

    @Override
    public Node visitBuybackBudgetStatement(BuybackBudgetStatementContext ctx) {
        return setting(ctx, Settings.BUYBACK_BUDGET, ctx.quantity());
    }

    @Override
    public Node visitRebalancingPolicyBlock(RebalancingPolicyBlockContext ctx) {
        return new PolicyBlock(
                positions.span(ctx.getParent()),
                PolicyKind.REBALANCING,
                all(ctx.rebalancingStatement(), PolicyStatement.class));
    }

    @Override
    public Node visitCashBandStatement(CashBandStatementContext ctx) {
        return new CashBand(positions.span(ctx), quantity(ctx.lower), quantity(ctx.upper));
    }

    @Override
    public Node visitSellStatement(SellStatementContext ctx) {
        return setting(ctx, Settings.SELL_GOLD, ctx.quantity());
    }

    @Override
    public Node visitSpendStatement(SpendStatementContext ctx) {
        return setting(ctx, Settings.SPEND_CASH, ctx.quantity());
    }

    @Override
    public Node visitRedemptionResponse(RedemptionResponseContext ctx) {
        return response(ctx.response());
    }

    @Override
    public Node visitMintingResponse(MintingResponseContext ctx) {
        return response(ctx.response());
    }

    @Override
    public Node visitHaltWhenStatement(HaltWhenStatementContext ctx) {
        return new HaltWhen(positions.span(ctx), condition(ctx.condition()), written(ctx));
    }

    private Response response(ResponseContext ctx) {
        return new Response(
                positions.span(ctx), condition(ctx.condition()), all(ctx.action(), ActionNode.class), written(ctx));
    }

    @Override
    public Node visitFeeAction(FeeActionContext ctx) {
        return new ActionNode.Fee(positions.span(ctx), quantity(ctx.quantity()));
    }

    @Override
    public Node visitDailyLimitAction(DailyLimitActionContext ctx) {
        return new ActionNode.DailyLimit(positions.span(ctx), quantity(ctx.quantity()));
    }

    @Override
    public Node visitSwitchAction(SwitchActionContext ctx) {
        return new ActionNode.Switch(
                positions.span(ctx),
                ctx.verb.getType() == GramParser.RESUME,
                ctx.lever.getType() == GramParser.MINTING
                        ? ActionNode.SwitchedLever.MINTING
                        : ActionNode.SwitchedLever.REDEMPTIONS);
    }

    // ---- conditions

    private ConditionNode condition(ConditionContext ctx) {
        return build(ctx, ConditionNode.class);
    }

    @Override
    public Node visitComparison(ComparisonContext ctx) {
        return new ConditionNode.Comparison(
                positions.span(ctx), expression(ctx.left), ctx.op.getText(), expression(ctx.right));
    }

    @Override
    public Node visitGroupedCondition(GroupedConditionContext ctx) {
        return condition(ctx.condition());
    }

    @Override
    public Node visitAllCondition(AllConditionContext ctx) {
        return new ConditionNode.Both(positions.span(ctx), condition(ctx.left), condition(ctx.right));
    }

    @Override
    public Node visitAnyCondition(AnyConditionContext ctx) {
        return new ConditionNode.Either(positions.span(ctx), condition(ctx.left), condition(ctx.right));
    }

    private ExpressionNode expression(ExpressionContext ctx) {
        return build(ctx, ExpressionNode.class);
    }

    @Override
    public Node visitGroupedExpression(GroupedExpressionContext ctx) {
        return expression(ctx.expression());
    }

    @Override
    public Node visitProductExpression(ProductExpressionContext ctx) {
        return new ExpressionNode.Arithmetic(
                positions.span(ctx), ctx.op.getText(), expression(ctx.left), expression(ctx.right));
    }

    @Override
    public Node visitSumExpression(SumExpressionContext ctx) {
        return new ExpressionNode.Arithmetic(
                positions.span(ctx), ctx.op.getText(), expression(ctx.left), expression(ctx.right));
    }

    @Override
    public Node visitQuantityExpression(QuantityExpressionContext ctx) {
        return new ExpressionNode.Literal(positions.span(ctx), quantity(ctx.quantity()));
    }

    @Override
    public Node visitObservableExpression(ObservableExpressionContext ctx) {
        ExpressionNode.Observed observed = build(ctx.observable(), ExpressionNode.Observed.class);
        return ctx.SEEN() == null
                ? observed
                : new ExpressionNode.Observed(positions.span(ctx), observed.name(), observed.window(), true);
    }

    @Override
    public Node visitDiscountObservable(DiscountObservableContext ctx) {
        return observed(ctx, Observable.DISCOUNT);
    }

    @Override
    public Node visitCoverageObservable(CoverageObservableContext ctx) {
        return observed(ctx, Observable.COVERAGE);
    }

    @Override
    public Node visitFeeObservable(FeeObservableContext ctx) {
        return observed(ctx, Observable.FEE);
    }

    @Override
    public Node visitCashShareObservable(CashShareObservableContext ctx) {
        return observed(ctx, Observable.CASH_SHARE);
    }

    @Override
    public Node visitGoldObservable(GoldObservableContext ctx) {
        return observed(ctx, Observable.GOLD_PRICE);
    }

    @Override
    public Node visitSupplyObservable(SupplyObservableContext ctx) {
        return observed(ctx, Observable.SUPPLY);
    }

    @Override
    public Node visitGoldMoveObservable(GoldMoveObservableContext ctx) {
        return new ExpressionNode.Observed(
                positions.span(ctx), Observable.GOLD_MOVE, Optional.of(quantity(ctx.window)), false);
    }

    private ExpressionNode observed(ParserRuleContext ctx, Observable name) {
        return new ExpressionNode.Observed(positions.span(ctx), name, Optional.empty(), false);
    }

    // ---- report

    @Override
    public Node visitQuantilesStatement(QuantilesStatementContext ctx) {
        return new ReportStatement.Quantiles(
                positions.span(ctx), ctx.quantity().stream().map(this::quantity).toList());
    }

    /** A condition on its own ({@code conditionOnly}), with its text as written. */
    ReportStatement.Probability conditionOnly(ConditionOnlyContext ctx) {
        return new ReportStatement.Probability(
                positions.span(ctx.condition()), condition(ctx.condition()), written(ctx.condition()));
    }

    @Override
    public Node visitProbabilityStatement(ProbabilityStatementContext ctx) {
        return new ReportStatement.Probability(
                positions.span(ctx), condition(ctx.condition()), written(ctx.condition()));
    }

    @Override
    public Node visitDaysStatement(DaysStatementContext ctx) {
        return new ReportStatement.Days(positions.span(ctx), condition(ctx.condition()), written(ctx.condition()));
    }

    // ---- the market block

    @Override
    public Node visitMarketBlock(MarketBlockContext ctx) {
        return new MarketBlock(positions.span(ctx), all(ctx.marketStatement(), MarketStatement.class));
    }

    @Override
    public Node visitPoolStatement(PoolStatementContext ctx) {
        return new MarketStatement.Pool(positions.span(ctx), text(ctx.name), quantity(ctx.tokens), quantity(ctx.share));
    }

    @Override
    public Node visitOrderBookStatement(OrderBookStatementContext ctx) {
        return new MarketStatement.OrderBook(
                positions.span(ctx),
                text(ctx.name),
                quantity(ctx.depth),
                quantity(ctx.move),
                quantity(ctx.resilience),
                quantity(ctx.share));
    }

    @Override
    public Node visitWaveStatement(WaveStatementContext ctx) {
        return new MarketStatement.Wave(
                positions.span(ctx), text(ctx.name), quantity(ctx.share), quantity(ctx.days), number(ctx.day));
    }

    @Override
    public Node visitVenueSaleStatement(VenueSaleStatementContext ctx) {
        return new MarketStatement.Sale(positions.span(ctx), quantity(ctx.tokens), text(ctx.venue), number(ctx.day));
    }

    @Override
    public Node visitFreezeStatement(FreezeStatementContext ctx) {
        return new MarketStatement.Freeze(
                positions.span(ctx), text(ctx.name), quantity(ctx.share), number(ctx.from), number(ctx.until));
    }

    @Override
    public Node visitMarketDeclaredSetting(MarketDeclaredSettingContext ctx) {
        return declared(ctx.declaredSetting(), SettingBlock.MARKET);
    }

    // ---- the debt block

    @Override
    public Node visitDebtBlock(DebtBlockContext ctx) {
        return new DebtBlock(
                positions.span(ctx),
                Optional.ofNullable(ctx.name).map(this::text),
                all(ctx.debtStatement(), DebtStatement.class));
    }

    @Override
    public Node visitVaultsStatement(VaultsStatementContext ctx) {
        return new DebtStatement.Vaults(
                positions.span(ctx),
                quantity(ctx.count),
                quantity(ctx.ratio),
                Optional.ofNullable(ctx.upper).map(this::quantity),
                Optional.ofNullable(ctx.bands).map(this::quantity),
                quantity(ctx.debt));
    }

    @Override
    public Node visitVaultFileStatement(VaultFileStatementContext ctx) {
        return new DebtStatement.VaultFile(positions.span(ctx), text(ctx.file));
    }

    @Override
    public Node visitStabilityFeeStatement(StabilityFeeStatementContext ctx) {
        return debtValue(ctx, DebtStatement.Word.STABILITY_FEE, ctx.quantity());
    }

    @Override
    public Node visitLiquidationRatioStatement(LiquidationRatioStatementContext ctx) {
        return debtValue(ctx, DebtStatement.Word.LIQUIDATION_RATIO, ctx.quantity());
    }

    @Override
    public Node visitLiquidationPenaltyStatement(LiquidationPenaltyStatementContext ctx) {
        return debtValue(ctx, DebtStatement.Word.LIQUIDATION_PENALTY, ctx.quantity());
    }

    @Override
    public Node visitDebtCeilingStatement(DebtCeilingStatementContext ctx) {
        return debtValue(ctx, DebtStatement.Word.DEBT_CEILING, ctx.quantity());
    }

    @Override
    public Node visitDustStatement(DustStatementContext ctx) {
        return debtValue(ctx, DebtStatement.Word.DUST, ctx.quantity());
    }

    @Override
    public Node visitSurplusBufferStatement(SurplusBufferStatementContext ctx) {
        return debtValue(ctx, DebtStatement.Word.SURPLUS_BUFFER, ctx.quantity());
    }

    @Override
    public Node visitOracleStatement(OracleStatementContext ctx) {
        return new DebtStatement.Oracle(
                positions.span(ctx),
                ctx.source.getType() == GramParser.MARKET,
                Optional.ofNullable(ctx.lag).map(this::quantity),
                Optional.ofNullable(ctx.hours).map(this::number));
    }

    @Override
    public Node visitAuctionDepthStatement(AuctionDepthStatementContext ctx) {
        return new DebtStatement.Depth(positions.span(ctx), quantity(ctx.depth), quantity(ctx.move));
    }

    @Override
    public Node visitHoldersStatement(HoldersStatementContext ctx) {
        return new DebtStatement.Holders(
                positions.span(ctx), ctx.repay != null, quantity(ctx.alert), quantity(ctx.target), quantity(ctx.share));
    }

    @Override
    public Node visitNewDebtStatement(NewDebtStatementContext ctx) {
        return new DebtStatement.NewDebt(positions.span(ctx), quantity(ctx.share), quantity(ctx.ratio));
    }

    @Override
    public Node visitRaiseFeeLevels(RaiseFeeLevelsContext ctx) {
        return new DebtStatement.RaiseFee(
                positions.span(ctx), quantity(ctx.fee), quantity(ctx.stress), quantity(ctx.calm));
    }

    @Override
    public Node visitLowerCeilingLevels(LowerCeilingLevelsContext ctx) {
        return new DebtStatement.LowerCeiling(positions.span(ctx), quantity(ctx.ceiling), quantity(ctx.floor));
    }

    @Override
    public Node visitTightenRatioLevels(TightenRatioLevelsContext ctx) {
        return new DebtStatement.TightenRatio(
                positions.span(ctx), quantity(ctx.ratio), quantity(ctx.fall), quantity(ctx.window), quantity(ctx.calm));
    }

    @Override
    public Node visitPauseNewDebtLevels(PauseNewDebtLevelsContext ctx) {
        return new DebtStatement.PauseNewDebt(positions.span(ctx), quantity(ctx.pause), quantity(ctx.resume));
    }

    @Override
    public Node visitShutdownLevels(ShutdownLevelsContext ctx) {
        return new DebtStatement.Shutdown(positions.span(ctx), quantity(ctx.limit));
    }

    private DebtStatement.Value debtValue(ParserRuleContext ctx, DebtStatement.Word word, QuantityContext value) {
        return new DebtStatement.Value(positions.span(ctx), word, quantity(value));
    }

    // ---- values (single-alternative rules: built directly, no dispatch needed)

    @Override
    public Node visitScenarioDeclaredSetting(ScenarioDeclaredSettingContext ctx) {
        return declared(ctx.declaredSetting(), SettingBlock.SCENARIO);
    }

    @Override
    public Node visitGoldDeclaredSetting(GoldDeclaredSettingContext ctx) {
        return declared(ctx.declaredSetting(), SettingBlock.GOLD);
    }

    @Override
    public Node visitTokenDeclaredSetting(TokenDeclaredSettingContext ctx) {
        return declared(ctx.declaredSetting(), SettingBlock.TOKEN);
    }

    @Override
    public Node visitBehaviourDeclaredSetting(BehaviourDeclaredSettingContext ctx) {
        return declared(ctx.declaredSetting(), SettingBlock.BEHAVIOUR);
    }

    @Override
    public Node visitRedemptionDeclaredSetting(RedemptionDeclaredSettingContext ctx) {
        return declared(ctx.declaredSetting(), SettingBlock.REDEMPTION);
    }

    @Override
    public Node visitMintingDeclaredSetting(MintingDeclaredSettingContext ctx) {
        return declared(ctx.declaredSetting(), SettingBlock.MINTING);
    }

    @Override
    public Node visitCircuitBreakerDeclaredSetting(CircuitBreakerDeclaredSettingContext ctx) {
        return declared(ctx.declaredSetting(), SettingBlock.CIRCUIT_BREAKER);
    }

    @Override
    public Node visitCollateralDeclaredSetting(CollateralDeclaredSettingContext ctx) {
        return declared(ctx.declaredSetting(), SettingBlock.COLLATERAL);
    }

    @Override
    public Node visitPegDefenceDeclaredSetting(PegDefenceDeclaredSettingContext ctx) {
        return declared(ctx.declaredSetting(), SettingBlock.PEG_DEFENCE);
    }

    @Override
    public Node visitRebalancingDeclaredSetting(RebalancingDeclaredSettingContext ctx) {
        return declared(ctx.declaredSetting(), SettingBlock.REBALANCING);
    }

    /**
     * A setting the grammar reads by its catalogue declaration: the one of this block with these
     * words, else the first declared elsewhere (the resolver reports it out of place).
     */
    private Setting declared(DeclaredSettingContext ctx, SettingBlock block) {
        String words = String.join(" ", ctx.DECLARED_SETTING().getText().trim().split("\\s+"));
        SettingDeclaration declaration = Settings.find(block, words)
                .or(() -> Settings.ALL.stream()
                        .filter(d -> d.words().equals(words) && d.syntax() == SettingDeclaration.Syntax.DECLARED)
                        .findFirst())
                .orElseThrow(() -> new IllegalStateException("no declaration for '" + words + "'"));
        String tail = ctx.settingTail().children == null
                ? ""
                : String.join(
                        " ",
                        ctx.settingTail().children.stream()
                                .map(ParseTree::getText)
                                .toList());
        return new Setting(positions.span(ctx), declaration, quantity(ctx.quantity()), tail);
    }

    private Setting setting(ParserRuleContext ctx, SettingDeclaration name, QuantityContext value) {
        return new Setting(positions.span(ctx), name, quantity(value));
    }

    private Quantity quantity(QuantityContext ctx) {
        Optional<UnitLiteral> unit =
                Optional.ofNullable(ctx.unit()).map(u -> new UnitLiteral(positions.span(u), unit(u.symbol.getType())));
        return new Quantity(positions.span(ctx), number(ctx.number()), unit);
    }

    private NumberLiteral number(NumberContext ctx) {
        String sign = ctx.sign == null ? "" : ctx.sign.getText();
        return new NumberLiteral(positions.span(ctx), sign + ctx.digits.getText());
    }

    private DateLiteral date(DateContext ctx) {
        return new DateLiteral(positions.span(ctx), ctx.getText());
    }

    private static Unit unit(int tokenType) {
        return switch (tokenType) {
            case GramParser.PERCENT -> Unit.PERCENT;
            case GramParser.BASIS_POINTS -> Unit.BASIS_POINT;
            case GramParser.USD -> Unit.USD;
            case GramParser.USD_PER_GRAM -> Unit.USD_PER_GRAM;
            case GramParser.USD_PER_OUNCE -> Unit.USD_PER_OUNCE;
            case GramParser.GRAM -> Unit.GRAM;
            case GramParser.OUNCE -> Unit.OUNCE;
            case GramParser.TONNE -> Unit.TONNE;
            case GramParser.DAY, GramParser.DAYS -> Unit.DAY;
            case GramParser.WEEK, GramParser.WEEKS -> Unit.WEEK;
            case GramParser.MONTH, GramParser.MONTHS -> Unit.MONTH;
            case GramParser.YEAR, GramParser.YEARS -> Unit.YEAR;
            default -> throw new IllegalStateException("unit token without a unit: " + tokenType);
        };
    }

    /** The literal's value: quotes removed, {@code \"} and {@code \\} undone. */
    private Text text(StringContext ctx) {
        String raw = ctx.text.getText();
        int end = raw.length() > 1 && raw.endsWith("\"") && ctx.text.getType() == GramParser.STRING
                ? raw.length() - 1
                : raw.length();
        StringBuilder value = new StringBuilder(end);
        for (int i = 1; i < end; i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < end) {
                c = raw.charAt(++i);
            }
            value.append(c);
        }
        return new Text(positions.span(ctx), value.toString());
    }

    /**
     * The text of a construct as written, comments left out and each run of whitespace or
     * comments between two tokens made one space: {@code when discount > 1% then fee 1%}.
     */
    private static String written(ParserRuleContext ctx) {
        StringBuilder text = new StringBuilder();
        Token previous = null;
        for (Token token : terminals(ctx)) {
            if (previous != null && token.getStartIndex() > previous.getStopIndex() + 1) {
                text.append(' ');
            }
            text.append(token.getText());
            previous = token;
        }
        return text.toString();
    }

    /** The tokens under {@code tree}, in order, without recursion (conditions may nest deeply). */
    private static List<Token> terminals(ParseTree tree) {
        List<Token> tokens = new ArrayList<>();
        Deque<ParseTree> pending = new ArrayDeque<>();
        pending.push(tree);
        while (!pending.isEmpty()) {
            ParseTree node = pending.pop();
            if (node instanceof TerminalNode terminal) {
                if (terminal.getSymbol().getType() != Token.EOF) {
                    tokens.add(terminal.getSymbol());
                }
            } else {
                for (int i = node.getChildCount() - 1; i >= 0; i--) {
                    pending.push(node.getChild(i));
                }
            }
        }
        return tokens;
    }

    // ---- dispatch

    private <T extends Node> T build(ParserRuleContext ctx, Class<T> type) {
        Node node = ctx.accept(this);
        if (!type.isInstance(node)) {
            throw new IllegalStateException("no " + type.getSimpleName() + " built for "
                    + ctx.getClass().getSimpleName());
        }
        return type.cast(node);
    }

    private <T extends Node> List<T> all(List<? extends ParserRuleContext> contexts, Class<T> type) {
        return contexts.stream().map(ctx -> build(ctx, type)).toList();
    }
}
