package io.gramkit.model;

import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.model.settings.SettingValues;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The model extensions of docs/model.md ("Extensions") and the levels the rule library reads.
 * Every part is absent by default; {@link #NONE} is the reference model, whose daily step the
 * extensions leave exactly as written. Each part validates itself and keeps the span it came from.
 *
 * <p>Redemption gates and halts need no part here: they are levers the rules pull (the daily limit
 * starts at the redemption policy's {@code daily limit} and redemptions start open).
 *
 * @param settlementDelay   served redemptions are paid some days later, through a queue
 * @param mintLimit         a daily cap on minting; unmet mint demand lifts the token to a premium
 * @param rebalancing       the bid-ask spread at which rules trade gold against cash
 * @param custodyFee        storage fees accrued on the gold reserves, paid from cash
 * @param feeRevenue        keep a running total of the redemption fees collected, in USD
 * @param reserveShortfall  the gold reserves are found short on one day
 * @param feedLag           the rules see gold (and coverage) as of some days ago
 * @param treasury          an outside treasury the rules can top the cash reserves up from
 * @param goldLookbackDays  how many days back {@code goldMoveOver(n)} may look (beyond the feed
 *                          lag); the circuit breaker's window is added automatically
 * @param collateral        levels of the library's collateral responses
 * @param pegDefence        levels of the library's peg responses
 * @param rebalancingBand   levels of the library's rebalancing rules
 * @param circuitBreaker    levels of the library's circuit breaker
 * @param settings          the values of settings declared only in {@link io.gramkit.model.settings.Settings}
 *                          (read as {@code settings().value(Settings.X)})
 */
public record Extensions(
        Optional<SettlementDelay> settlementDelay,
        Optional<MintLimit> mintLimit,
        Optional<Rebalancing> rebalancing,
        Optional<CustodyFee> custodyFee,
        Optional<FeeRevenue> feeRevenue,
        Optional<ReserveShortfall> reserveShortfall,
        Optional<FeedLag> feedLag,
        Optional<Treasury> treasury,
        int goldLookbackDays,
        Optional<CollateralLevels> collateral,
        Optional<PegDefenceLevels> pegDefence,
        Optional<RebalancingBand> rebalancingBand,
        Optional<CircuitBreakerLevels> circuitBreaker,
        SettingValues settings) {

    /** Every extension off: the reference model. */
    public static final Extensions NONE = new Extensions(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            0,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            SettingValues.NONE);

    public Extensions {
        Check.present("settlement delay", settlementDelay);
        Check.present("mint limit", mintLimit);
        Check.present("rebalancing", rebalancing);
        Check.present("custody fee", custodyFee);
        Check.present("fee revenue", feeRevenue);
        Check.present("reserve shortfall", reserveShortfall);
        Check.present("feed lag", feedLag);
        Check.present("treasury", treasury);
        if (goldLookbackDays < 0) {
            throw new IllegalArgumentException("gold lookback must be zero or more days, got " + goldLookbackDays);
        }
        Check.present("collateral levels", collateral);
        Check.present("peg defence levels", pegDefence);
        Check.present("rebalancing band", rebalancingBand);
        Check.present("circuit breaker levels", circuitBreaker);
        Check.present("settings", settings);
    }

    /** Whether any part changes the daily step (policy levels alone do not). */
    public boolean changesTheStep() {
        return settlementDelay.isPresent()
                || mintLimit.isPresent()
                || rebalancing.isPresent()
                || custodyFee.isPresent()
                || feeRevenue.isPresent()
                || reserveShortfall.isPresent()
                || feedLag.isPresent()
                || treasury.isPresent()
                || !settings.isEmpty();
    }

    /** Days of gold prices a path keeps: the feed lag plus the furthest look back of the rules. */
    public int goldHistoryDays() {
        int lookback = IntStream.of(
                        goldLookbackDays,
                        circuitBreaker.map(CircuitBreakerLevels::moveDays).orElse(0))
                .max()
                .getAsInt();
        return feedLag.map(FeedLag::days).orElse(0) + lookback;
    }

    public Extensions withSettlementDelay(SettlementDelay part) {
        return new Extensions(
                Optional.of(part),
                mintLimit,
                rebalancing,
                custodyFee,
                feeRevenue,
                reserveShortfall,
                feedLag,
                treasury,
                goldLookbackDays,
                collateral,
                pegDefence,
                rebalancingBand,
                circuitBreaker,
                settings);
    }

    public Extensions withMintLimit(MintLimit part) {
        return new Extensions(
                settlementDelay,
                Optional.of(part),
                rebalancing,
                custodyFee,
                feeRevenue,
                reserveShortfall,
                feedLag,
                treasury,
                goldLookbackDays,
                collateral,
                pegDefence,
                rebalancingBand,
                circuitBreaker,
                settings);
    }

    public Extensions withRebalancing(Rebalancing part) {
        return new Extensions(
                settlementDelay,
                mintLimit,
                Optional.of(part),
                custodyFee,
                feeRevenue,
                reserveShortfall,
                feedLag,
                treasury,
                goldLookbackDays,
                collateral,
                pegDefence,
                rebalancingBand,
                circuitBreaker,
                settings);
    }

    public Extensions withCustodyFee(CustodyFee part) {
        return new Extensions(
                settlementDelay,
                mintLimit,
                rebalancing,
                Optional.of(part),
                feeRevenue,
                reserveShortfall,
                feedLag,
                treasury,
                goldLookbackDays,
                collateral,
                pegDefence,
                rebalancingBand,
                circuitBreaker,
                settings);
    }

    public Extensions withFeeRevenue(FeeRevenue part) {
        return new Extensions(
                settlementDelay,
                mintLimit,
                rebalancing,
                custodyFee,
                Optional.of(part),
                reserveShortfall,
                feedLag,
                treasury,
                goldLookbackDays,
                collateral,
                pegDefence,
                rebalancingBand,
                circuitBreaker,
                settings);
    }

    public Extensions withReserveShortfall(ReserveShortfall part) {
        return new Extensions(
                settlementDelay,
                mintLimit,
                rebalancing,
                custodyFee,
                feeRevenue,
                Optional.of(part),
                feedLag,
                treasury,
                goldLookbackDays,
                collateral,
                pegDefence,
                rebalancingBand,
                circuitBreaker,
                settings);
    }

    public Extensions withFeedLag(FeedLag part) {
        return new Extensions(
                settlementDelay,
                mintLimit,
                rebalancing,
                custodyFee,
                feeRevenue,
                reserveShortfall,
                Optional.of(part),
                treasury,
                goldLookbackDays,
                collateral,
                pegDefence,
                rebalancingBand,
                circuitBreaker,
                settings);
    }

    public Extensions withTreasury(Treasury part) {
        return new Extensions(
                settlementDelay,
                mintLimit,
                rebalancing,
                custodyFee,
                feeRevenue,
                reserveShortfall,
                feedLag,
                Optional.of(part),
                goldLookbackDays,
                collateral,
                pegDefence,
                rebalancingBand,
                circuitBreaker,
                settings);
    }

    public Extensions withGoldLookbackDays(int days) {
        return new Extensions(
                settlementDelay,
                mintLimit,
                rebalancing,
                custodyFee,
                feeRevenue,
                reserveShortfall,
                feedLag,
                treasury,
                days,
                collateral,
                pegDefence,
                rebalancingBand,
                circuitBreaker,
                settings);
    }

    public Extensions withCollateral(CollateralLevels part) {
        return new Extensions(
                settlementDelay,
                mintLimit,
                rebalancing,
                custodyFee,
                feeRevenue,
                reserveShortfall,
                feedLag,
                treasury,
                goldLookbackDays,
                Optional.of(part),
                pegDefence,
                rebalancingBand,
                circuitBreaker,
                settings);
    }

    public Extensions withPegDefence(PegDefenceLevels part) {
        return new Extensions(
                settlementDelay,
                mintLimit,
                rebalancing,
                custodyFee,
                feeRevenue,
                reserveShortfall,
                feedLag,
                treasury,
                goldLookbackDays,
                collateral,
                Optional.of(part),
                rebalancingBand,
                circuitBreaker,
                settings);
    }

    public Extensions withRebalancingBand(RebalancingBand part) {
        return new Extensions(
                settlementDelay,
                mintLimit,
                rebalancing,
                custodyFee,
                feeRevenue,
                reserveShortfall,
                feedLag,
                treasury,
                goldLookbackDays,
                collateral,
                pegDefence,
                Optional.of(part),
                circuitBreaker,
                settings);
    }

    public Extensions withCircuitBreaker(CircuitBreakerLevels part) {
        return new Extensions(
                settlementDelay,
                mintLimit,
                rebalancing,
                custodyFee,
                feeRevenue,
                reserveShortfall,
                feedLag,
                treasury,
                goldLookbackDays,
                collateral,
                pegDefence,
                rebalancingBand,
                Optional.of(part),
                settings);
    }

    public Extensions withSettings(SettingValues values) {
        return new Extensions(
                settlementDelay,
                mintLimit,
                rebalancing,
                custodyFee,
                feeRevenue,
                reserveShortfall,
                feedLag,
                treasury,
                goldLookbackDays,
                collateral,
                pegDefence,
                rebalancingBand,
                circuitBreaker,
                values);
    }

    /** The spans of the parts that are present, for diagnostics. */
    public Stream<SourceSpan> spans() {
        return Stream.of(
                        settlementDelay.map(SettlementDelay::span),
                        mintLimit.map(MintLimit::span),
                        rebalancing.map(Rebalancing::span),
                        custodyFee.map(CustodyFee::span),
                        feeRevenue.map(FeeRevenue::span),
                        reserveShortfall.map(ReserveShortfall::span),
                        feedLag.map(FeedLag::span),
                        treasury.map(Treasury::span),
                        collateral.map(CollateralLevels::span),
                        pegDefence.map(PegDefenceLevels::span),
                        rebalancingBand.map(RebalancingBand::span),
                        circuitBreaker.map(CircuitBreakerLevels::span))
                .flatMap(Optional::stream);
    }

    // ---- model extensions (docs/model.md, "Extensions")

    /**
     * Served redemptions are paid {@code days} days after the day they are served, first in first
     * out, as far as the reserves allow; what the reserves cannot pay waits in the queue.
     *
     * @param days settlement delay k, whole days, at least 1
     */
    public record SettlementDelay(SourceSpan span, int days) {
        public SettlementDelay {
            Check.present("span", span);
            Check.positive("settlement delay", days);
        }
    }

    /**
     * At most {@code dailyShare} of yesterday's supply is minted in a day. Mint demand above the
     * limit lifts the market price to a premium, {@code p_t = (kappa*v)/S_{t-1}}: the same market
     * impact kappa as the discount, on unmet mint demand v instead of unserved redemptions.
     *
     * @param dailyShare most of yesterday's supply minted in a day, a fraction in [0, 1]
     */
    public record MintLimit(SourceSpan span, double dailyShare) {
        public MintLimit {
            Check.present("span", span);
            Check.fraction("mint limit", dailyShare);
        }
    }

    /**
     * Gold and cash are traded against each other (by the rules' rebalancing levers) at a bid-ask
     * spread around the gold price: gold is sold at {@code G*(1 - spread/2)} and bought at
     * {@code G*(1 + spread/2)}.
     *
     * @param spread the full bid-ask spread, a fraction in [0, 1)
     */
    public record Rebalancing(SourceSpan span, double spread) {
        public Rebalancing {
            Check.present("span", span);
            Check.fee("rebalancing spread", spread);
        }
    }

    /**
     * Storage fees on the gold reserves, accrued every day on the end-of-day value of the gold
     * reserves and paid from cash as far as cash allows; the rest is carried as arrears.
     *
     * @param annualRate fee per year as a fraction of the gold reserves' value, charged
     *                   {@code annualRate * (1/365)} per calendar day
     */
    public record CustodyFee(SourceSpan span, double annualRate) {
        public CustodyFee {
            Check.present("span", span);
            Check.fraction("custody fee", annualRate);
        }

        /** The fee per day, a fraction of the gold reserves' value. */
        public double dailyRate() {
            return annualRate * (1.0 / 365.0);
        }
    }

    /**
     * Keep a running total of the redemption fees collected, valued in USD at the day's gold price
     * ({@code (x*f)*G}). The fee stays in the reserves as in the reference model: the total says how
     * much of them is fee income and changes nothing else.
     */
    public record FeeRevenue(SourceSpan span) {
        public FeeRevenue {
            Check.present("span", span);
        }
    }

    /**
     * On {@code day} the gold reserves are found short by {@code share}: at the end of that day's
     * step, after redemptions and minting, {@code R_t = R_t - share*R_t}.
     *
     * @param day   the day the shortfall is found, from 1
     * @param share the share of the gold reserves missing, a fraction in [0, 1]
     */
    public record ReserveShortfall(SourceSpan span, int day, double share) {
        public ReserveShortfall {
            Check.present("span", span);
            Check.positive("shortfall day", day);
            Check.fraction("shortfall share", share);
        }
    }

    /**
     * The rules' price feed lags: they see the gold price of {@code days} days ago (day 0's price
     * before that), and the coverage, cash buffer and gold moves computed at that price.
     *
     * @param days feed lag n, whole days, at least 1
     */
    public record FeedLag(SourceSpan span, int days) {
        public FeedLag {
            Check.present("span", span);
            Check.positive("feed lag", days);
        }
    }

    /**
     * An outside treasury holding {@code usd} USD at day 0, from which the rules can top up the
     * cash reserves ({@code topUpFromTreasury}); a top-up never takes more than is left.
     *
     * @param usd the treasury's balance at day 0, USD
     */
    public record Treasury(SourceSpan span, double usd) {
        public Treasury {
            Check.present("span", span);
            Check.nonNegative("treasury", usd);
        }
    }

    // ---- levels of the rule library (rules/library/)

    /**
     * Collateral responses: an emergency gate below a coverage floor and top-ups from the treasury.
     *
     * @param coverageFloor  coverage below which redemptions are gated and the treasury tops up
     * @param emergencyLimit the gated daily limit, a share of yesterday's supply
     * @param topUpUsd       USD taken from the treasury on each day coverage is below the floor
     */
    public record CollateralLevels(SourceSpan span, double coverageFloor, double emergencyLimit, double topUpUsd) {
        public CollateralLevels {
            Check.present("span", span);
            Check.nonNegative("coverage floor", coverageFloor);
            Check.fraction("emergency limit", emergencyLimit);
            Check.nonNegative("top-up", topUpUsd);
        }
    }

    /**
     * Peg responses: a tighter daily limit while the discount is wide, buybacks from cash.
     *
     * @param wideDiscount     discount above which the daily limit is tightened
     * @param calmDiscount     discount below which the policy's daily limit is restored
     * @param tightenedLimit   the daily limit while the discount is wide, a share of supply
     * @param buybackDiscount  discount above which tokens are bought back from cash
     * @param buybackUsd       most cash spent on buybacks in a day, USD
     */
    public record PegDefenceLevels(
            SourceSpan span,
            double wideDiscount,
            double calmDiscount,
            double tightenedLimit,
            double buybackDiscount,
            double buybackUsd) {
        public PegDefenceLevels {
            Check.present("span", span);
            Check.fraction("wide discount", wideDiscount);
            Check.fraction("calm discount", calmDiscount);
            if (!(calmDiscount < wideDiscount)) {
                throw new IllegalArgumentException(
                        "calm discount " + calmDiscount + " must be below wide discount " + wideDiscount);
            }
            Check.fraction("tightened limit", tightenedLimit);
            Check.fraction("buyback discount", buybackDiscount);
            Check.nonNegative("buyback budget", buybackUsd);
        }
    }

    /**
     * Rebalancing: keep the cash buffer (cash over token liabilities, {@code C/(S*G)}) within a band.
     *
     * @param lowerCash  cash buffer below which gold is sold for cash
     * @param upperCash  cash buffer above which cash buys gold
     * @param sellShare  share of the gold reserves sold on a day below the band
     * @param buyShare   share of the cash spent on gold on a day above the band
     */
    public record RebalancingBand(
            SourceSpan span, double lowerCash, double upperCash, double sellShare, double buyShare) {
        public RebalancingBand {
            Check.present("span", span);
            Check.nonNegative("lower cash buffer", lowerCash);
            Check.nonNegative("upper cash buffer", upperCash);
            if (!(lowerCash < upperCash)) {
                throw new IllegalArgumentException(
                        "lower cash buffer " + lowerCash + " must be below upper cash buffer " + upperCash);
            }
            Check.fraction("sell share", sellShare);
            Check.fraction("buy share", buyShare);
        }
    }

    /**
     * Circuit breaker: pause redemptions after gold falls by {@code fall} or more over
     * {@code moveDays} days, and resume them after {@code pauseDays} days of pause.
     *
     * @param fall      the fall that trips the breaker, a positive fraction (0.1 = gold down 10%)
     * @param moveDays  the window N of the move, days
     * @param pauseDays days the pause lasts, M
     */
    public record CircuitBreakerLevels(SourceSpan span, double fall, int moveDays, int pauseDays) {
        public CircuitBreakerLevels {
            Check.present("span", span);
            if (!(fall > 0 && fall < 1)) {
                throw new IllegalArgumentException("breaker fall must be in (0, 1), got " + fall);
            }
            Check.positive("breaker window", moveDays);
            Check.positive("pause", pauseDays);
        }
    }
}
