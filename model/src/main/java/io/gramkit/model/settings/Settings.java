package io.gramkit.model.settings;

import static io.gramkit.model.settings.SettingBlock.BEHAVIOUR;
import static io.gramkit.model.settings.SettingBlock.CIRCUIT_BREAKER;
import static io.gramkit.model.settings.SettingBlock.COLLATERAL;
import static io.gramkit.model.settings.SettingBlock.DEBT;
import static io.gramkit.model.settings.SettingBlock.GOLD;
import static io.gramkit.model.settings.SettingBlock.MARKET;
import static io.gramkit.model.settings.SettingBlock.MINTING;
import static io.gramkit.model.settings.SettingBlock.PEG_DEFENCE;
import static io.gramkit.model.settings.SettingBlock.REBALANCING;
import static io.gramkit.model.settings.SettingBlock.REDEMPTION;
import static io.gramkit.model.settings.SettingBlock.SCENARIO;
import static io.gramkit.model.settings.SettingBlock.TOKEN;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every {@code .gram} setting, declared once (as Spark's {@code SQLConf} or Trino's session
 * properties declare theirs). The reference model's defaults live here and nowhere else. To add a
 * numeric setting to a block, declare it here and read it in the model with
 * {@code scenario.extensions().settings().value(Settings.X)}: the grammar reads it as
 * {@code <words> <value> <tail>}, and the resolver, {@code gram explain}, sweeps and the docs'
 * settings table pick it up.
 *
 * <p>The settings a sweep cannot vary are {@link #NOT_SWEEPABLE}: the horizon, path count and seed
 * (every grid point shares them, so that points differ by their settings alone) and file names.
 */
public final class Settings {
    private Settings() {}

    /** Filled as the declarations below are initialised, in the order written (the docs' order). */
    private static final List<SettingDeclaration> DECLARED = new ArrayList<>();

    // ---- the scenario
    public static final SettingDeclaration HORIZON = declare("horizon", SCENARIO)
            .measure(Measure.DAYS, Bounds.FROM_ONE)
            .dedicated()
            .notSweepable()
            .model("Scenario.horizonDays")
            .doc("days simulated");
    public static final SettingDeclaration PATHS = declare("paths", SCENARIO)
            .measure(Measure.COUNT, Bounds.FROM_ONE)
            .dedicated()
            .notSweepable()
            .model("Scenario.paths")
            .doc("Monte Carlo paths, 1 to 2,147,483,647");
    public static final SettingDeclaration SEED = declare("seed", SCENARIO)
            .measure(Measure.INTEGER, Bounds.ANY)
            .dedicated()
            .notSweepable()
            .model("Scenario.seed")
            .doc("the random seed, any 64-bit integer");

    // ---- gold
    public static final SettingDeclaration SPOT = declare("spot", GOLD)
            .measure(Measure.PRICE, Bounds.POSITIVE)
            .dedicated()
            .model("Gold.spotUsdPerGram")
            .doc("the gold price at day 0");
    public static final SettingDeclaration DRIFT = declare("drift", GOLD)
            .measure(Measure.FRACTION, Bounds.ANY)
            .partOf("model <name> drift <percent> vol <percent> ...")
            .model("GoldModel.drift")
            .doc("the gold model's yearly drift (GBM, Student-t, jump-diffusion and GARCH models)");
    public static final SettingDeclaration VOL = declare("vol", GOLD)
            .measure(Measure.FRACTION, Bounds.NON_NEGATIVE)
            .partOf("model <name> drift <percent> vol <percent> ...")
            .model("GoldModel.volatility")
            .doc("the gold model's yearly volatility (GBM, Student-t, jump-diffusion and GARCH models)");

    // ---- token
    public static final SettingDeclaration SUPPLY = declare("supply", TOKEN)
            .measure(Measure.PLAIN, Bounds.POSITIVE)
            .dedicated()
            .model("Token.supply")
            .doc("tokens in circulation at day 0");
    public static final SettingDeclaration GOLD_RESERVES = declare("gold reserves", TOKEN)
            .measure(Measure.MASS, Bounds.NON_NEGATIVE)
            .partOf("reserves <mass> gold, ...")
            .defaultValue(0)
            .model("Token.goldGrams")
            .doc("gold held at day 0");
    public static final SettingDeclaration CASH_RESERVES = declare("cash reserves", TOKEN)
            .measure(Measure.MONEY, Bounds.NON_NEGATIVE)
            .partOf("reserves ..., <amount> cash | cash <percent> of liabilities at spot")
            .defaultValue(0)
            .model("Token.cashUsd")
            .doc("cash held at day 0, an amount or a share of liabilities at spot");
    public static final SettingDeclaration SETTLEMENT_DELAY = declare("settlement delay", TOKEN)
            .measure(Measure.DAYS, Bounds.FROM_ONE)
            .off()
            .dedicated()
            .model("Extensions.SettlementDelay.days")
            .doc("served redemptions are paid that many days later, first in first out, through a queue");
    public static final SettingDeclaration MINT_LIMIT = declare("mint limit", TOKEN)
            .tail("of supply per day")
            .measure(Measure.FRACTION, Bounds.SHARE)
            .off()
            .dedicated()
            .model("Extensions.MintLimit.dailyShare")
            .doc("at most that share of yesterday's supply is minted in a day;"
                    + " unmet mint demand lifts the token to a premium");
    public static final SettingDeclaration PREMIUM_IMPACT = declare("premium impact", TOKEN)
            .measure(Measure.PLAIN, Bounds.NON_NEGATIVE)
            .derived("the market impact")
            .doc("premium per unit of unmet mint demand over supply, under a mint limit");
    public static final SettingDeclaration REBALANCING_SPREAD = declare("rebalancing spread", TOKEN)
            .measure(Measure.FRACTION, Bounds.FEE)
            .off()
            .dedicated()
            .model("Extensions.Rebalancing.spread")
            .doc("the full bid-ask spread at which rules trade gold against cash");
    public static final SettingDeclaration CUSTODY_FEE = declare("custody fee", TOKEN)
            .tail("per year")
            .measure(Measure.FRACTION, Bounds.SHARE)
            .off()
            .dedicated()
            .model("Extensions.CustodyFee.annualRate")
            .doc("storage fee on the gold's value, accrued daily (1/365 of it a day), paid from cash");
    public static final SettingDeclaration SHORTFALL_SHARE = declare("reserve shortfall", TOKEN)
            .measure(Measure.FRACTION, Bounds.SHARE)
            .off()
            .partOf("reserve shortfall <percent> of gold at day <n>")
            .model("Extensions.ReserveShortfall.share")
            .doc("that share of the gold reserves is found missing at the end of the day");
    public static final SettingDeclaration SHORTFALL_DAY = declare("reserve shortfall day", TOKEN)
            .measure(Measure.COUNT, Bounds.FROM_ONE)
            .off()
            .partOf("reserve shortfall <percent> of gold at day <n>")
            .model("Extensions.ReserveShortfall.day")
            .doc("the day the shortfall is found, from 1 (after the horizon: warning G227)");
    public static final SettingDeclaration FEED_LAG = declare("feed lag", TOKEN)
            .measure(Measure.DAYS, Bounds.FROM_ONE)
            .off()
            .dedicated()
            .model("Extensions.FeedLag.days")
            .doc("the rules see gold (and what is computed from it) as of that many days ago");
    public static final SettingDeclaration TREASURY = declare("treasury", TOKEN)
            .measure(Measure.MONEY, Bounds.NON_NEGATIVE)
            .off()
            .dedicated()
            .model("Extensions.Treasury.usd")
            .doc("an outside treasury the rules can top the cash up from");
    public static final SettingDeclaration GOLD_LOOKBACK = declare("gold lookback", TOKEN)
            .measure(Measure.DAYS, Bounds.FROM_ONE)
            .derived("the longest `gold move over` window the scenario reads")
            .dedicated()
            .model("Extensions.goldLookbackDays")
            .doc("how far back rule files may look with `goldMoveOver(N)`");

    // ---- behaviour (docs/model.md, parameters of the reference scenario)
    public static final SettingDeclaration REDEMPTION_BASE = declare("redemption base", BEHAVIOUR)
            .tail("per day")
            .measure(Measure.FRACTION, Bounds.SHARE)
            .defaultValue(0.001)
            .dedicated()
            .written("redemption base <percent> per day")
            .model("Behaviour.redeemBase")
            .doc("`redeem_base`: the share of supply presented for redemption on a calm day");
    public static final SettingDeclaration DISCOUNT_SENSITIVITY = declare("discount sensitivity", BEHAVIOUR)
            .measure(Measure.PLAIN, Bounds.NON_NEGATIVE)
            .defaultValue(5)
            .dedicated()
            .written("redemption ..., discount sensitivity <n>")
            .model("Behaviour.discountSensitivity")
            .doc("`k_discount`: extra redemptions per unit of discount above the fee");
    public static final SettingDeclaration PANIC_SENSITIVITY = declare("panic sensitivity", BEHAVIOUR)
            .measure(Measure.PLAIN, Bounds.NON_NEGATIVE)
            .defaultValue(0.5)
            .dedicated()
            .written("redemption ..., panic sensitivity <n>")
            .model("Behaviour.panicSensitivity")
            .doc("`k_panic`: extra redemptions per unit of today's fall in gold");
    public static final SettingDeclaration MINT_RATE = declare("minting rate", BEHAVIOUR)
            .tail("per day at or above peg")
            .measure(Measure.FRACTION, Bounds.SHARE)
            .defaultValue(0.003)
            .dedicated()
            .written("minting <percent> per day at or above peg")
            .model("Behaviour.mintRate")
            .doc("`mint_rate`: daily mint demand at or above peg, a share of supply");
    public static final SettingDeclaration MINT_GOLD_SHARE = declare("minting gold share", BEHAVIOUR)
            .measure(Measure.FRACTION, Bounds.SHARE)
            .defaultValue(0.95)
            .dedicated()
            .written("minting ..., keeping <percent> as gold")
            .model("Behaviour.mintGoldShare")
            .doc("`mint_gold_share`: the share of mint proceeds kept as gold");
    public static final SettingDeclaration MARKET_IMPACT = declare("market impact", BEHAVIOUR)
            .measure(Measure.PLAIN, Bounds.NON_NEGATIVE)
            .defaultValue(0.5)
            .dedicated()
            .model("Behaviour.marketImpact")
            .doc("`kappa`: discount per unit of unserved redemptions over supply");

    // ---- policy redemption and policy minting (rules r1 to r3 of docs/model.md)
    public static final SettingDeclaration FEE = declare("fee", REDEMPTION)
            .measure(Measure.FRACTION, Bounds.FEE)
            .defaultValue(0.0025)
            .dedicated()
            .model("RedemptionPolicy.baseFee")
            .ruleLevel("RedemptionLevels.baseFee")
            .doc("`fee_base`: the redemption fee");
    public static final SettingDeclaration RAISED_FEE = declare("raised fee", REDEMPTION)
            .measure(Measure.FRACTION, Bounds.FEE)
            .defaultValue(0.01)
            .dedicated()
            .model("RedemptionPolicy.raisedFee")
            .ruleLevel("RedemptionLevels.raisedFee")
            .doc("`fee_high`: the fee while the discount is wide");
    public static final SettingDeclaration WIDE_DISCOUNT = declare("wide discount", REDEMPTION)
            .measure(Measure.FRACTION, Bounds.SHARE)
            .defaultValue(0.01)
            .dedicated()
            .model("RedemptionPolicy.wideDiscount")
            .ruleLevel("RedemptionLevels.wideDiscount")
            .doc("`disc_high`: the fee is raised above it");
    public static final SettingDeclaration CALM_DISCOUNT = declare("calm discount", REDEMPTION)
            .measure(Measure.FRACTION, Bounds.SHARE)
            .defaultValue(0.002)
            .dedicated()
            .model("RedemptionPolicy.calmDiscount")
            .ruleLevel("RedemptionLevels.calmDiscount")
            .doc("`disc_low`: the fee is restored below it; below `wide discount`");
    public static final SettingDeclaration DAILY_LIMIT = declare("daily limit", REDEMPTION)
            .tail("of supply")
            .measure(Measure.FRACTION, Bounds.SHARE)
            .defaultValue(0.02)
            .dedicated()
            .model("RedemptionPolicy.dailyLimit")
            .ruleLevel("RedemptionLevels.dailyLimit")
            .doc("`redeem_cap`: the daily redemption limit, a share of yesterday's supply");
    public static final SettingDeclaration MINIMUM_COVERAGE = declare("minimum coverage", MINTING)
            .measure(Measure.FRACTION, Bounds.NON_NEGATIVE)
            .defaultValue(1.0)
            .dedicated()
            .model("MintingPolicy.minimumCoverage")
            .ruleLevel("MintingLevels.minimumCoverage")
            .doc("`coverage_min`: minting halts below it");

    // ---- levels of the rule library (rules/library/)
    public static final SettingDeclaration COVERAGE_FLOOR = declare("coverage floor", COLLATERAL)
            .measure(Measure.FRACTION, Bounds.NON_NEGATIVE)
            .required()
            .dedicated()
            .model("Extensions.CollateralLevels.coverageFloor")
            .ruleLevel("CollateralLevels.coverageFloor")
            .doc("coverage below which redemptions are gated and the treasury tops up");
    public static final SettingDeclaration EMERGENCY_LIMIT = declare("emergency limit", COLLATERAL)
            .tail("of supply")
            .measure(Measure.FRACTION, Bounds.SHARE)
            .defaultValue(1.0, "no gate")
            .dedicated()
            .model("Extensions.CollateralLevels.emergencyLimit")
            .ruleLevel("CollateralLevels.emergencyLimit")
            .doc("the gated daily limit below the floor, a share of yesterday's supply");
    public static final SettingDeclaration TOP_UP = declare("top up", COLLATERAL)
            .tail("per day")
            .measure(Measure.MONEY, Bounds.NON_NEGATIVE)
            .defaultValue(0, "no top-ups")
            .dedicated()
            .model("Extensions.CollateralLevels.topUpUsd")
            .ruleLevel("CollateralLevels.topUpUsd")
            .doc("USD taken from the treasury on each day coverage is below the floor");
    public static final SettingDeclaration PEG_WIDE_DISCOUNT = declare("wide discount", PEG_DEFENCE)
            .measure(Measure.FRACTION, Bounds.SHARE)
            .required()
            .dedicated()
            .sweptAs("peg wide discount")
            .model("Extensions.PegDefenceLevels.wideDiscount")
            .ruleLevel("PegDefenceLevels.wideDiscount")
            .doc("discount above which the daily limit is tightened");
    public static final SettingDeclaration PEG_CALM_DISCOUNT = declare("calm discount", PEG_DEFENCE)
            .measure(Measure.FRACTION, Bounds.SHARE)
            .required()
            .dedicated()
            .sweptAs("peg calm discount")
            .model("Extensions.PegDefenceLevels.calmDiscount")
            .ruleLevel("PegDefenceLevels.calmDiscount")
            .doc("discount below which the policy's daily limit is restored; below `wide discount`");
    public static final SettingDeclaration TIGHTENED_LIMIT = declare("tightened limit", PEG_DEFENCE)
            .tail("of supply")
            .measure(Measure.FRACTION, Bounds.SHARE)
            .required()
            .dedicated()
            .model("Extensions.PegDefenceLevels.tightenedLimit")
            .ruleLevel("PegDefenceLevels.tightenedLimit")
            .doc("the daily limit while the discount is wide, a share of supply");
    public static final SettingDeclaration BUYBACK_DISCOUNT = declare("buyback discount", PEG_DEFENCE)
            .measure(Measure.FRACTION, Bounds.SHARE)
            .derived("the wide discount")
            .dedicated()
            .model("Extensions.PegDefenceLevels.buybackDiscount")
            .ruleLevel("PegDefenceLevels.buybackDiscount")
            .doc("discount above which tokens are bought back from cash");
    public static final SettingDeclaration BUYBACK_BUDGET = declare("buyback budget", PEG_DEFENCE)
            .tail("per day")
            .measure(Measure.MONEY, Bounds.NON_NEGATIVE)
            .defaultValue(0, "no buybacks")
            .dedicated()
            .model("Extensions.PegDefenceLevels.buybackUsd")
            .ruleLevel("PegDefenceLevels.buybackUsd")
            .doc("most cash spent on buybacks in a day");
    public static final SettingDeclaration CASH_BAND_LOWER = declare("cash band lower", REBALANCING)
            .measure(Measure.FRACTION, Bounds.NON_NEGATIVE)
            .required()
            .partOf("cash band <percent> to <percent> of liabilities")
            .model("Extensions.RebalancingBand.lowerCash")
            .ruleLevel("RebalancingLevels.lowerCash")
            .doc("cash buffer (cash over liabilities) below which gold is sold; below the upper edge");
    public static final SettingDeclaration CASH_BAND_UPPER = declare("cash band upper", REBALANCING)
            .measure(Measure.FRACTION, Bounds.NON_NEGATIVE)
            .required()
            .partOf("cash band <percent> to <percent> of liabilities")
            .model("Extensions.RebalancingBand.upperCash")
            .ruleLevel("RebalancingLevels.upperCash")
            .doc("cash buffer above which cash buys gold");
    public static final SettingDeclaration SELL_GOLD = declare("sell", REBALANCING)
            .tail("of gold per day")
            .measure(Measure.FRACTION, Bounds.SHARE)
            .defaultValue(0, "no sales")
            .dedicated()
            .model("Extensions.RebalancingBand.sellShare")
            .ruleLevel("RebalancingLevels.sellShare")
            .doc("share of the gold reserves sold on a day below the band");
    public static final SettingDeclaration SPEND_CASH = declare("spend", REBALANCING)
            .tail("of cash per day")
            .measure(Measure.FRACTION, Bounds.SHARE)
            .defaultValue(0, "no purchases")
            .dedicated()
            .model("Extensions.RebalancingBand.buyShare")
            .ruleLevel("RebalancingLevels.buyShare")
            .doc("share of the cash spent on gold on a day above the band");
    public static final SettingDeclaration BREAKER_PAUSE = declare("breaker pause", CIRCUIT_BREAKER)
            .measure(Measure.DAYS, Bounds.FROM_ONE)
            .off()
            .partOf("pause redemptions for <duration> after gold falls <percent> over <duration>")
            .model("Extensions.CircuitBreakerLevels.pauseDays")
            .ruleLevel("CircuitBreakerLevels.pauseDays")
            .doc("days a pause of redemptions lasts");
    public static final SettingDeclaration BREAKER_FALL = declare("breaker fall", CIRCUIT_BREAKER)
            .measure(Measure.FRACTION, Bounds.OPEN_SHARE)
            .off()
            .partOf("pause redemptions for <duration> after gold falls <percent> over <duration>")
            .model("Extensions.CircuitBreakerLevels.fall")
            .negatedRuleLevel("CircuitBreakerLevels.trippingMove")
            .doc("the fall of gold that trips the breaker");
    public static final SettingDeclaration BREAKER_WINDOW = declare("breaker window", CIRCUIT_BREAKER)
            .measure(Measure.DAYS, Bounds.FROM_ONE)
            .off()
            .partOf("pause redemptions for <duration> after gold falls <percent> over <duration>")
            .model("Extensions.CircuitBreakerLevels.moveDays")
            .ruleLevel("CircuitBreakerLevels.moveDays")
            .doc("the window over which the fall is measured");

    // ---- the market model (docs/model.md, "Market model"): written in `market { ... }`
    public static final SettingDeclaration ARBITRAGE_DESKS = declare("arbitrage desks", MARKET)
            .measure(Measure.PLAIN, Bounds.NON_NEGATIVE)
            .defaultValue(0, "no arbitrage")
            .model("Arbitrage.desks")
            .doc("authorised arbitrage desks that buy below the value of redeeming and redeem; a whole number");
    public static final SettingDeclaration ARBITRAGE_CAPITAL = declare("arbitrage capital", MARKET)
            .measure(Measure.MONEY, Bounds.NON_NEGATIVE)
            .defaultValue(0)
            .model("Arbitrage.capitalUsd")
            .doc("the capital of each desk, USD; tokens bought tie it up until their redemption is paid");
    public static final SettingDeclaration COST_OF_CAPITAL = declare("cost of capital", MARKET)
            .tail("per year")
            .measure(Measure.FRACTION, Bounds.NON_NEGATIVE)
            .defaultValue(0.10)
            .model("Arbitrage.annualCost")
            .doc("`c`: the desks' yearly cost of capital; they ask `f + c*w/365` below par, `w` the expected wait");
    public static final SettingDeclaration RISK_PREMIUM = declare("risk premium", MARKET)
            .measure(Measure.FRACTION, Bounds.SHARE)
            .defaultValue(0)
            .model("Arbitrage.riskPremium")
            .doc("extra discount the desks ask beyond the fee and the carry");
    public static final SettingDeclaration ARBITRAGE_SETTLEMENT = declare("arbitrage settlement", MARKET)
            .measure(Measure.DAYS, Bounds.NON_NEGATIVE)
            .defaultValue(0, "paid the day served")
            .model("Arbitrage.settlementDays")
            .doc("days between a desk's redemption being served and being paid, added to its wait");
    public static final SettingDeclaration PANIC_HALF_LIFE = declare("panic half life", MARKET)
            .measure(Measure.DAYS, Bounds.FROM_ONE)
            .off()
            .model("Holders.panicHalfLifeDays")
            .doc("panic decays by half in that many days; off: panic is today's fall in gold, as in v1");
    public static final SettingDeclaration COVERAGE_SENSITIVITY = declare("coverage sensitivity", MARKET)
            .measure(Measure.PLAIN, Bounds.NON_NEGATIVE)
            .defaultValue(0)
            .model("Holders.coverageSensitivity")
            .doc("`k_coverage`: extra exit share per unit of yesterday's coverage below 100%");
    public static final SettingDeclaration RETAIL_REDEMPTION = declare("retail redemption", MARKET)
            .measure(Measure.FRACTION, Bounds.SHARE)
            .defaultValue(0)
            .model("Holders.retailRedemptionShare")
            .doc("the share of the holders' exit flow they redeem themselves; the rest is sold on the venues");
    public static final SettingDeclaration FIRE_SALE_HAIRCUT = declare("fire sale haircut", MARKET)
            .measure(Measure.FRACTION, Bounds.SHARE)
            .defaultValue(0)
            .model("Payout.haircutBase")
            .doc("`h0`: the haircut on the first gram of gold sold to pay redemptions (with `gold sale capacity`)");
    public static final SettingDeclaration HAIRCUT_SLOPE = declare("haircut slope", MARKET)
            .measure(Measure.FRACTION, Bounds.NON_NEGATIVE)
            .defaultValue(0)
            .model("Payout.haircutSlope")
            .doc("`h1`: the average haircut is `h0 + h1*g/capacity` for `g` grams sold in a day;"
                    + " `h0 + 2*h1` at most 100%");
    public static final SettingDeclaration GOLD_SALE_CAPACITY = declare("gold sale capacity", MARKET)
            .tail("per day")
            .measure(Measure.MASS, Bounds.POSITIVE)
            .off()
            .model("Payout.capacityGrams")
            .doc("most gold sold in a day to pay redemptions beyond the cash; off: gold pays at the day's"
                    + " price without limit");

    // ---- the debt block (docs/model.md, "The debt block"): written in `debt "<name>" { ... }`
    public static final SettingDeclaration VAULT_COUNT = declare("vaults", DEBT)
            .measure(Measure.COUNT, Bounds.FROM_ONE)
            .required()
            .partOf("vaults <count> at <percent> [to <percent> in <count> bands] owing <amount> each")
            .sweptAs("vault count")
            .model("VaultGroup.count")
            .doc("vaults on day 0; with `to ... in N bands`, spread evenly over N groups");
    public static final SettingDeclaration VAULT_RATIO = declare("vault ratio", DEBT)
            .measure(Measure.FRACTION, Bounds.POSITIVE)
            .required()
            .partOf("vaults <count> at <percent> [to <percent> in <count> bands] owing <amount> each")
            .model("VaultGroup.collateralRatio")
            .doc("the vaults' collateral ratio on day 0 (the first band's), above the liquidation ratio");
    public static final SettingDeclaration VAULT_DEBT = declare("vault debt", DEBT)
            .measure(Measure.MONEY, Bounds.POSITIVE)
            .required()
            .partOf("vaults <count> at <percent> [to <percent> in <count> bands] owing <amount> each")
            .model("VaultGroup.debtPerVault")
            .doc("what each vault owes on day 0, at least the dust");
    public static final SettingDeclaration STABILITY_FEE = declare("stability fee", DEBT)
            .tail("per year")
            .measure(Measure.FRACTION, Bounds.SHARE)
            .defaultValue(0)
            .dedicated()
            .model("DebtSystem.stabilityFee")
            .doc("annual rate `r` on the debt, accrued as `(1 + r)^(1/365)` a day");
    public static final SettingDeclaration LIQUIDATION_RATIO = declare("liquidation ratio", DEBT)
            .measure(Measure.FRACTION, Bounds.FROM_ONE)
            .required()
            .dedicated()
            .model("DebtSystem.liquidationRatio")
            .doc("a vault whose ratio at the oracle's price is at or below it is liquidated that day");
    public static final SettingDeclaration LIQUIDATION_PENALTY = declare("liquidation penalty", DEBT)
            .measure(Measure.FRACTION, Bounds.SHARE)
            .defaultValue(0)
            .dedicated()
            .model("DebtSystem.liquidationPenalty")
            .doc("added to a liquidated vault's debt before its collateral is auctioned");
    public static final SettingDeclaration DEBT_CEILING = declare("debt ceiling", DEBT)
            .measure(Measure.MONEY, Bounds.NON_NEGATIVE)
            .derived("the day-0 debt")
            .dedicated()
            .model("DebtSystem.debtCeiling")
            .doc("the most debt new borrowing may reach");
    public static final SettingDeclaration DUST = declare("dust", DEBT)
            .measure(Measure.MONEY, Bounds.NON_NEGATIVE)
            .defaultValue(0)
            .dedicated()
            .model("DebtSystem.dust")
            .doc("the least debt a vault may owe; a repayment leaving less repays the vault in full");
    public static final SettingDeclaration SURPLUS_BUFFER = declare("surplus buffer", DEBT)
            .measure(Measure.MONEY, Bounds.NON_NEGATIVE)
            .defaultValue(0)
            .dedicated()
            .model("DebtSystem.surplusBuffer")
            .doc("the system's surplus on day 0: it absorbs bad debt");
    public static final SettingDeclaration ORACLE_LAG = declare("oracle lag", DEBT)
            .measure(Measure.DAYS, Bounds.NON_NEGATIVE)
            .defaultValue(0, "the day's price")
            .partOf("oracle gold (or market) [lag <duration> (or <n> hours)]")
            .model("Oracle.lagDays")
            .doc("days (or hours, as a fraction of a day) the oracle's price lags the collateral's");
    public static final SettingDeclaration AUCTION_DEPTH = declare("auction depth", DEBT)
            .measure(Measure.MASS, Bounds.NON_NEGATIVE)
            .off()
            .partOf("auction depth <mass> per <percent>")
            .model("AuctionDepth.tokensPerPercent")
            .doc("collateral an auction sells per the written price move (`per 1%`); off: unlimited depth at the"
                    + " market price");
    public static final SettingDeclaration HOLDER_ALERT = declare("holder alert ratio", DEBT)
            .measure(Measure.FRACTION, Bounds.POSITIVE)
            .off()
            .partOf("holders add collateral (or repay) at <percent> to <percent>, <percent> per day")
            .model("HolderAction.alertRatio")
            .doc("holders act on a vault whose ratio is at or below it, above the liquidation ratio");
    public static final SettingDeclaration HOLDER_TARGET = declare("holder target ratio", DEBT)
            .measure(Measure.FRACTION, Bounds.POSITIVE)
            .off()
            .partOf("holders add collateral (or repay) at <percent> to <percent>, <percent> per day")
            .model("HolderAction.targetRatio")
            .doc("the ratio holders restore, above the one they act at");
    public static final SettingDeclaration HOLDER_SHARE = declare("holder share", DEBT)
            .measure(Measure.FRACTION, Bounds.SHARE)
            .off()
            .partOf("holders add collateral (or repay) at <percent> to <percent>, <percent> per day")
            .model("HolderAction.dailyShare")
            .doc("the share of the gap to the target ratio holders close each day");
    public static final SettingDeclaration NEW_DEBT_SHARE = declare("new debt", DEBT)
            .measure(Measure.FRACTION, Bounds.SHARE)
            .off()
            .partOf("new debt <percent> per day at <percent>")
            .model("Borrowing.dailyShare")
            .doc("new debt drawn each day, a share of the debt, up to the ceiling");
    public static final SettingDeclaration NEW_DEBT_RATIO = declare("new debt ratio", DEBT)
            .measure(Measure.FRACTION, Bounds.POSITIVE)
            .off()
            .partOf("new debt <percent> per day at <percent>")
            .model("Borrowing.openingRatio")
            .doc("the collateral ratio new debt opens at, above the liquidation ratio");
    public static final SettingDeclaration RAISED_STABILITY_FEE = declare("raised stability fee", DEBT)
            .measure(Measure.FRACTION, Bounds.SHARE)
            .off()
            .partOf("raise stability fee to <percent> below <percent> until <percent>")
            .model("DebtLevels.StabilityFee.raisedFee")
            .ruleLevel("StabilityFeeLevels.raisedFee")
            .doc("the raised annual stability fee (rules/debt/stability-fee.drl)");
    public static final SettingDeclaration FEE_STRESS_RATIO = declare("fee stress ratio", DEBT)
            .measure(Measure.FRACTION, Bounds.POSITIVE)
            .off()
            .partOf("raise stability fee to <percent> below <percent> until <percent>")
            .model("DebtLevels.StabilityFee.stressRatio")
            .ruleLevel("StabilityFeeLevels.stressRatio")
            .doc("the system collateral ratio below which the fee is raised");
    public static final SettingDeclaration FEE_CALM_RATIO = declare("fee calm ratio", DEBT)
            .measure(Measure.FRACTION, Bounds.POSITIVE)
            .off()
            .partOf("raise stability fee to <percent> below <percent> until <percent>")
            .model("DebtLevels.StabilityFee.calmRatio")
            .ruleLevel("StabilityFeeLevels.calmRatio")
            .doc("the ratio at or above which the block's fee is restored, at least the stress ratio");
    public static final SettingDeclaration LOWERED_CEILING = declare("lowered debt ceiling", DEBT)
            .measure(Measure.MONEY, Bounds.NON_NEGATIVE)
            .off()
            .partOf("lower debt ceiling to <amount> below <percent> surplus")
            .model("DebtLevels.DebtCeiling.loweredCeiling")
            .ruleLevel("DebtCeilingLevels.loweredCeiling")
            .doc("the lowered debt ceiling (rules/debt/debt-ceiling.drl)");
    public static final SettingDeclaration SURPLUS_FLOOR = declare("surplus floor", DEBT)
            .measure(Measure.FRACTION, Bounds.SHARE)
            .off()
            .partOf("lower debt ceiling to <amount> below <percent> surplus")
            .model("DebtLevels.DebtCeiling.surplusFloor")
            .ruleLevel("DebtCeilingLevels.surplusFloor")
            .doc("the surplus buffer, as a share of the debt, below which the ceiling is lowered");
    public static final SettingDeclaration TIGHTENED_RATIO = declare("tightened liquidation ratio", DEBT)
            .measure(Measure.FRACTION, Bounds.FROM_ONE)
            .off()
            .partOf("tighten liquidation ratio to <percent> after oracle falls <percent> over <duration>"
                    + " until <percent>")
            .model("DebtLevels.LiquidationRatio.tightenedRatio")
            .ruleLevel("LiquidationRatioLevels.tightenedRatio")
            .doc("the tightened liquidation ratio (rules/debt/liquidation-ratio.drl)");
    public static final SettingDeclaration ORACLE_FALL = declare("oracle fall", DEBT)
            .measure(Measure.FRACTION, Bounds.SHARE)
            .off()
            .partOf("tighten liquidation ratio to <percent> after oracle falls <percent> over <duration>"
                    + " until <percent>")
            .model("DebtLevels.LiquidationRatio.fall")
            .negatedRuleLevel("LiquidationRatioLevels.trippingMove")
            .doc("the fall of the oracle's price that tightens the ratio");
    public static final SettingDeclaration ORACLE_FALL_WINDOW = declare("oracle fall window", DEBT)
            .measure(Measure.DAYS, Bounds.FROM_ONE)
            .off()
            .partOf("tighten liquidation ratio to <percent> after oracle falls <percent> over <duration>"
                    + " until <percent>")
            .model("DebtLevels.LiquidationRatio.days")
            .ruleLevel("LiquidationRatioLevels.moveDays")
            .doc("the window over which the fall is measured");
    public static final SettingDeclaration ORACLE_CALM_FALL = declare("oracle calm fall", DEBT)
            .measure(Measure.FRACTION, Bounds.SHARE)
            .off()
            .partOf("tighten liquidation ratio to <percent> after oracle falls <percent> over <duration>"
                    + " until <percent>")
            .model("DebtLevels.LiquidationRatio.calmFall")
            .negatedRuleLevel("LiquidationRatioLevels.calmMove")
            .doc("the ratio is restored once the fall over the window is less than this; below the tripping fall");
    public static final SettingDeclaration PAUSE_RATIO = declare("pause ratio", DEBT)
            .measure(Measure.FRACTION, Bounds.POSITIVE)
            .off()
            .partOf("pause new debt below <percent> until <percent>")
            .model("DebtLevels.NewDebt.pauseRatio")
            .ruleLevel("NewDebtLevels.pauseRatio")
            .doc("the system collateral ratio below which new debt pauses (rules/debt/new-debt.drl)");
    public static final SettingDeclaration RESUME_RATIO = declare("resume ratio", DEBT)
            .measure(Measure.FRACTION, Bounds.POSITIVE)
            .off()
            .partOf("pause new debt below <percent> until <percent>")
            .model("DebtLevels.NewDebt.resumeRatio")
            .ruleLevel("NewDebtLevels.resumeRatio")
            .doc("the ratio at or above which new debt resumes, at least the pause ratio");
    public static final SettingDeclaration SHUTDOWN_LIMIT = declare("uncovered bad debt", DEBT)
            .measure(Measure.MONEY, Bounds.NON_NEGATIVE)
            .off()
            .partOf("shut down above <amount> uncovered bad debt")
            .model("DebtLevels.Shutdown.uncoveredBadDebt")
            .ruleLevel("ShutdownLevels.uncoveredBadDebt")
            .doc("bad debt beyond the surplus buffer above which the system shuts down"
                    + " (rules/debt/emergency-shutdown.drl)");

    /** Every declaration, in the order above (the docs' order). */
    public static final List<SettingDeclaration> ALL = List.copyOf(DECLARED);

    /**
     * The documented settings a sweep cannot vary: every grid point shares the horizon, path count
     * and seed, and file names are not numbers.
     */
    public static final List<String> NOT_SWEEPABLE = List.of("horizon", "paths", "seed");

    /** The declaration written with {@code words} in {@code block}. */
    public static Optional<SettingDeclaration> find(SettingBlock block, String words) {
        return ALL.stream()
                .filter(d -> d.block() == block && d.words().equals(words) && d.standalone())
                .findFirst();
    }

    /** The declaration a sweep names. */
    public static Optional<SettingDeclaration> swept(String name) {
        return ALL.stream()
                .filter(d -> d.sweepName().filter(name::equals).isPresent())
                .findFirst();
    }

    /** The declarations of one block, in catalogue order. */
    public static List<SettingDeclaration> of(SettingBlock block) {
        return ALL.stream().filter(d -> d.block() == block).toList();
    }

    private static SettingDeclaration.Builder declare(String words, SettingBlock block) {
        return new SettingDeclaration.Builder(words, block, DECLARED::add);
    }
}
