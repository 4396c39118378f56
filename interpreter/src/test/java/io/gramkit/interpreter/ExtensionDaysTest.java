package io.gramkit.interpreter;

import static io.gramkit.interpreter.TestExtensions.NOTHING;
import static io.gramkit.interpreter.TestExtensions.lastState;
import static io.gramkit.interpreter.TestExtensions.reference;
import static io.gramkit.interpreter.TestScenarios.SPAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gramkit.model.Extensions;
import io.gramkit.model.Token;
import io.gramkit.model.policy.Observable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each extension of docs/model.md ("Extensions") on a few days around its trigger, worked out by
 * hand from the equations; expected values are literals with the derivation in comments. Reference
 * parameters (S0 = 1e6, R0 = 950,000 g, C0 = 4,125,000 USD, f0 = 0.25%, redeem base 0.1%, cap 2%,
 * kappa 0.5, mint 0.3% with 95% kept as gold) and the reference rules unless stated.
 * The reference calm day at 75 USD/g: x = 1,000, pay 997.5 g in gold, m = 3,000, S1 = 1,002,000,
 * R1 = 951,852.5 g, C1 = 4,136,250 USD.
 */
class ExtensionDaysTest {
    private static final double TIGHT = 1e-9;

    @Nested
    class SettlementDelay {
        private final Extensions twoDays = Extensions.NONE.withSettlementDelay(TestExtensions.delay(2));

        @Test
        void servedRedemptionsWaitInTheQueueAndArePaidTwoDaysLater() {
            // Day 1: x = 1,000 served, 997.5 g queued (no payment); R1 = 950,000 + 2,850 = 952,850
            //   Q1 = 997.5; coverage = (952,850*75 + 4,136,250)/((1,002,000 + 997.5)*75) = 75,600,000/75,224,812.5
            PathState day1 = lastState(reference(twoDays), NOTHING, 75, 75);
            assertThat(day1.supply()).isEqualTo(1_002_000.0, within(TIGHT));
            assertThat(day1.reserves()).isEqualTo(952_850.0, within(TIGHT));
            assertThat(day1.cash()).isEqualTo(4_136_250.0, within(1e-6));
            assertThat(day1.queue()).isEqualTo(997.5, within(TIGHT));
            assertThat(day1.queueWaitDays()).isEqualTo(0);
            assertThat(day1.coverage()).isEqualTo(1.0049875498194163, within(1e-15));

            // Day 2: nothing due (served on day 0 or before); x = 1,002, 999.495 g queued; m = 3,006
            //   S2 = 1,004,004; R2 = 952,850 + 2,855.7 = 955,705.7; C2 = 4,136,250 + 11,272.5
            //   Q2 = 1,996.995; the oldest entry (day 1) has waited 1 day
            PathState day2 = lastState(reference(twoDays), NOTHING, 75, 75, 75);
            assertThat(day2.supply()).isEqualTo(1_004_004.0, within(TIGHT));
            assertThat(day2.reserves()).isEqualTo(955_705.7, within(TIGHT));
            assertThat(day2.cash()).isEqualTo(4_147_522.5, within(1e-6));
            assertThat(day2.queue()).isEqualTo(1_996.995, within(TIGHT));
            assertThat(day2.queueWaitDays()).isEqualTo(1);

            // Day 3: day 1's 997.5 g fall due and are paid in gold: R = 955,705.7 - 997.5 = 954,708.2
            //   x = 1,004.004, 1,001.49399 g queued: Q3 = 999.495 + 1,001.49399 = 2,000.98899
            //   m = 3,012.012: S3 = 1,006,012.008; R3 = 954,708.2 + 2,861.4114 = 957,569.6114
            //   C3 = 4,147,522.5 + 11,295.045 = 4,158,817.545; the oldest entry (day 2) has waited 1 day
            PathState day3 = lastState(reference(twoDays), NOTHING, 75, 75, 75, 75);
            assertThat(day3.supply()).isEqualTo(1_006_012.008, within(TIGHT));
            assertThat(day3.reserves()).isEqualTo(957_569.6114, within(TIGHT));
            assertThat(day3.cash()).isEqualTo(4_158_817.545, within(1e-6));
            assertThat(day3.queue()).isEqualTo(2_000.98899, within(TIGHT));
            assertThat(day3.queueWaitDays()).isEqualTo(1);
            assertThat(day3.queuePaidTotal).isEqualTo(997.5, within(TIGHT));
            assertThat(day3.paidGoldTotal).isEqualTo(997.5, within(TIGHT));
        }

        @Test
        void whatTheReservesCannotPayKeepsWaiting() {
            // Supply 1,000 against 10 g, no cash, no minting; everyone redeems, cap 100%, k = 1.
            // Day 1: K = max(0, 10 - 0)/0.9975; x = K, 10 g queued. Gold then triples to 225 USD/g.
            // Day 2: 10 g due, 10 g available: paid in full, R = 0; K = 0 so nothing more is served.
            // A second due entry never appears, so the queue empties: Q2 = 0, wait 0.
            var thin = TestScenarios.withToken(TestScenarios.reference(1, 1), new Token(SPAN, 1_000.0, 10.0, 0.0));
            thin = TestScenarios.withBehaviour(
                    thin, new io.gramkit.model.Behaviour(SPAN, 1.0, 5.0, 0.5, 0.0, 0.95, 0.5));
            thin = thin.withRedemption(new io.gramkit.model.RedemptionPolicy(SPAN, 0.0025, 0.01, 0.01, 0.002, 1.0))
                    .withExtensions(Extensions.NONE.withSettlementDelay(TestExtensions.delay(1)));
            PathState day1 = lastState(thin, NOTHING, 75, 75);
            assertThat(day1.queue()).isEqualTo(10.0, within(1e-12));
            assertThat(day1.reserves()).isEqualTo(10.0);
            assertThat(day1.redeemedTotal()).isEqualTo(10.025062656641603, within(1e-12));
            PathState day2 = lastState(thin, NOTHING, 75, 75, 225);
            assertThat(day2.queue()).isEqualTo(0.0);
            assertThat(day2.reserves()).isEqualTo(0.0, within(1e-12));
            assertThat(day2.redeemedTotal()).isEqualTo(10.025062656641603, within(1e-12));
            assertThat(day2.queueWaitDays()).isEqualTo(0);
        }
    }

    @Nested
    class RedemptionGateAndHalt {
        @Test
        void aHaltServesNothingAndTheUnservedDemandOpensADiscount() {
            // End of day 1 (calm): halt. Day 2: L = 0, x = 0, q = u = 0.001*1,002,000 = 1,002
            //   d2 = 0.5*1,002/1,002,000 = 0.0005; m = 3,006: S2 = 1,005,006; R2 = 951,852.5 + 2,855.7
            // Day 3, still halted: phi = 0.001 (0.05% < fee); u = 1,005.006; d3 = 0.0005; no minting (d2 > 0)
            // End of day 3: resume. Day 4: x = q = 1,005.006 (below L = 20,100.12), d4 = 0
            ScriptedRules.Script haltOnDay1ResumeOnDay3 = (day, state) -> {
                if (day == 1) {
                    state.setRedemptionsOpen(false);
                } else if (day == 3) {
                    state.setRedemptionsOpen(true);
                }
            };
            PathState day2 = lastState(reference(Extensions.NONE), haltOnDay1ResumeOnDay3, 75, 75, 75);
            assertThat(day2.redeemedTotal()).isEqualTo(1_000.0, within(TIGHT));
            assertThat(day2.unmetTotal()).isEqualTo(1_002.0, within(TIGHT));
            assertThat(day2.discount()).isEqualTo(0.0005, within(1e-15));
            assertThat(day2.supply()).isEqualTo(1_005_006.0, within(TIGHT));
            assertThat(day2.reserves()).isEqualTo(954_708.2, within(TIGHT));
            assertThat(day2.daysRedemptionsHalted()).isEqualTo(2);

            PathState day3 = lastState(reference(Extensions.NONE), haltOnDay1ResumeOnDay3, 75, 75, 75, 75);
            assertThat(day3.unmetTotal()).isEqualTo(1_002.0 + 1_005.006, within(TIGHT));
            assertThat(day3.discount()).isEqualTo(0.0005, within(1e-15));
            assertThat(day3.mintedTotal()).isEqualTo(6_006.0, within(TIGHT));
            assertThat(day3.redemptionsOpen()).isTrue();
            assertThat(day3.daysRedemptionsHalted()).isEqualTo(0);

            PathState day4 = lastState(reference(Extensions.NONE), haltOnDay1ResumeOnDay3, 75, 75, 75, 75, 75);
            assertThat(day4.redeemedTotal()).isEqualTo(1_000.0 + 1_005.006, within(TIGHT));
            assertThat(day4.discount()).isEqualTo(0.0);
        }

        @Test
        void aTighterDailyLimitServesOnlyItsShare() {
            // End of day 1: limit 0.05% of supply. Day 2: L = 0.0005*1,002,000 = 501 < q = 1,002
            //   x = 501, u = 501, d2 = 0.5*501/1,002,000 = 0.00025; pay = 501*0.9975 = 499.7475 g
            //   R2 = 951,852.5 - 499.7475 + 2,855.7 = 954,208.4525
            PathState day2 = lastState(
                    reference(Extensions.NONE),
                    (day, state) -> {
                        if (day == 1) {
                            state.setRedemptionLimit(0.0005);
                        }
                    },
                    75,
                    75,
                    75);
            assertThat(day2.redeemedTotal()).isEqualTo(1_501.0, within(TIGHT));
            assertThat(day2.unmetTotal()).isEqualTo(501.0, within(TIGHT));
            assertThat(day2.discount()).isEqualTo(0.00025, within(1e-15));
            assertThat(day2.reserves()).isEqualTo(954_208.4525, within(TIGHT));
        }
    }

    @Nested
    class MintLimit {
        @Test
        void unmetMintDemandLiftsTheTokenToAPremium() {
            // Limit 0.1% of supply. Day 1: demand 3,000, m = 1,000, v = 2,000; p = 0.5*2,000/1e6 = 0.001
            //   M = 75*((1 - 0) + 0.001) = 75.075; S1 = 1e6 - 1,000 + 1,000 = 1e6
            //   R1 = 950,000 - 997.5 + 950 = 949,952.5; C1 = 4,125,000 + 50*75 = 4,128,750
            // Day 2: the same again (minting needs d <= 0, a premium does not stop it): v total 4,000
            var limited = reference(Extensions.NONE.withMintLimit(new Extensions.MintLimit(SPAN, 0.001)));
            PathState day1 = lastState(limited, NOTHING, 75, 75);
            assertThat(day1.mintedTotal()).isEqualTo(1_000.0, within(TIGHT));
            assertThat(day1.premium()).isEqualTo(0.001, within(1e-15));
            assertThat(day1.marketPrice()).isEqualTo(75.075, within(1e-12));
            assertThat(day1.supply()).isEqualTo(1_000_000.0, within(TIGHT));
            assertThat(day1.reserves()).isEqualTo(949_952.5, within(TIGHT));
            assertThat(day1.cash()).isEqualTo(4_128_750.0, within(1e-6));
            PathState day2 = lastState(limited, NOTHING, 75, 75, 75);
            assertThat(day2.unmetMintTotal()).isEqualTo(4_000.0, within(TIGHT));
            assertThat(day2.maxPremium()).isEqualTo(0.001, within(1e-15));
            assertThat(day2.discount()).isEqualTo(0.0);
        }

        @Test
        void aLimitAboveDemandChangesNothing() {
            var loose = reference(Extensions.NONE.withMintLimit(new Extensions.MintLimit(SPAN, 0.003)));
            PathState day1 = lastState(loose, NOTHING, 75, 75);
            assertThat(day1.mintedTotal()).isEqualTo(3_000.0, within(TIGHT));
            assertThat(day1.premium()).isEqualTo(0.0);
            assertThat(day1.marketPrice()).isEqualTo(75.0);
        }
    }

    @Nested
    class Rebalancing {
        private final Extensions onePercentSpread =
                Extensions.NONE.withRebalancing(new Extensions.Rebalancing(SPAN, 0.01));

        @Test
        void goldSoldForCashAtTheBid() {
            // End of day 1: sell 10% of the gold. Day 2, before redemptions: s = 95,185.25 g at
            //   75*(1 - 0.005) = 74.625: 7,103,199.28125 USD; R = 856,667.25; C = 11,239,449.28125
            //   then the calm day: pay 999.495 g in gold, m = 3,006: R2 = 858,523.455
            //   C2 = 11,239,449.28125 + 11,272.5 = 11,250,721.78125
            PathState day2 = lastState(
                    reference(onePercentSpread),
                    (day, state) -> {
                        if (day == 1) {
                            state.setGoldSale(0.1);
                        }
                    },
                    75,
                    75,
                    75);
            assertThat(day2.reserves()).isEqualTo(858_523.455, within(TIGHT));
            assertThat(day2.cash()).isEqualTo(11_250_721.78125, within(1e-6));
            assertThat(day2.goldSoldTotal).isEqualTo(95_185.25, within(TIGHT));
            assertThat(day2.pendingGoldSale()).isEqualTo(0.0);
        }

        @Test
        void cashSpentOnGoldAtTheAsk() {
            // End of day 1: spend half the cash. Day 2: 2,068,125 USD buys 2,068,125/(75*1.005)
            //   = 27,437.81094527363 g; C = 2,068,125 then + 11,272.5; R2 = 951,852.5 + 27,437.81094527363
            //   - 999.495 + 2,855.7
            PathState day2 = lastState(
                    reference(onePercentSpread),
                    (day, state) -> {
                        if (day == 1) {
                            state.setGoldPurchase(0.5);
                        }
                    },
                    75,
                    75,
                    75);
            assertThat(day2.goldBoughtTotal).isEqualTo(27_437.81094527363, within(1e-9));
            assertThat(day2.cash()).isEqualTo(2_079_397.5, within(1e-6));
            assertThat(day2.reserves()).isEqualTo(981_146.5159452736, within(1e-8));
        }
    }

    @Nested
    class CustodyFee {
        @Test
        void chargedOnTheGoldReservesAndPaidFromCash() {
            // 0.365% a year = 0.00001 a day. Day 1: R1 = 951,852.5; charge = 1e-5*951,852.5*75 = 713.889375
            //   C1 = 4,136,250 - 713.889375 = 4,135,536.110625
            var custody = reference(Extensions.NONE.withCustodyFee(new Extensions.CustodyFee(SPAN, 0.00365)));
            PathState day1 = lastState(custody, NOTHING, 75, 75);
            assertThat(day1.cash()).isEqualTo(4_135_536.110625, within(1e-6));
            assertThat(day1.custodyPaidTotal()).isEqualTo(713.889375, within(1e-9));
            assertThat(day1.custodyArrears()).isEqualTo(0.0);
            assertThat(day1.coverage())
                    .isEqualTo((951_852.5 * 75 + 4_135_536.110625) / (1_002_000.0 * 75), within(1e-15));
        }

        @Test
        void unpaidFeesAreCarriedAsArrears() {
            // Supply 1,000 against 1,000 g and no cash, no minting: day 1 pays 0.9975 g, R1 = 999.0025
            //   charge = 1e-5*999.0025*75 = 0.7492519; no cash: all of it in arrears
            var noCash = TestScenarios.withToken(TestScenarios.reference(1, 1), new Token(SPAN, 1_000.0, 1_000.0, 0.0));
            noCash = TestScenarios.withBehaviour(
                            noCash, new io.gramkit.model.Behaviour(SPAN, 0.001, 5.0, 0.5, 0.0, 0.95, 0.5))
                    .withExtensions(Extensions.NONE.withCustodyFee(new Extensions.CustodyFee(SPAN, 0.00365)));
            PathState day1 = lastState(noCash, NOTHING, 75, 75);
            assertThat(day1.cash()).isEqualTo(0.0);
            assertThat(day1.custodyArrears()).isEqualTo(0.74925187500, within(1e-12));
            assertThat(day1.custodyPaidTotal()).isEqualTo(0.0);
        }
    }

    @Nested
    class FeeRevenue {
        @Test
        void theFeeOnEveryServedTokenIsCountedAtTheDaysGoldPrice() {
            // Day 1, 75 -> 60: x = 20,000 at f = 0.25%: 50 g * 60 = 3,000 USD; the fee rises to 1%
            // Day 2, flat 60: x = 19,660 at 1%: 196.6 g * 60 = 11,796 USD; total 14,796
            var revenue = reference(Extensions.NONE.withFeeRevenue(new Extensions.FeeRevenue(SPAN)));
            assertThat(lastState(revenue, NOTHING, 75, 60).feeRevenue()).isEqualTo(3_000.0, within(1e-9));
            PathState day2 = lastState(revenue, NOTHING, 75, 60, 60);
            assertThat(day2.feeRevenue()).isEqualTo(14_796.0, within(1e-9));
            // reserves as in the reference model (HandComputedDaysTest): the fee stays in reserve
            assertThat(day2.reserves()).isEqualTo(913_436.6, within(TIGHT));
        }
    }

    @Nested
    class ReserveShortfall {
        @Test
        void theGoldFoundMissingOnItsDayAndMintingHaltsBelowFullCoverage() {
            // 10% short on day 2. Day 1 is the calm day. Day 2 before the shortfall: R = 951,852.5 - 999.495
            //   + 2,855.7 = 953,708.705; missing 95,370.8705; R2 = 858,337.8345; S2 = 1,004,004; C2 = 4,147,522.5
            //   coverage2 = (858,337.8345*75 + 4,147,522.5)/(1,004,004*75) = 0.9099945164561098 < 1: halt
            var shortfall =
                    reference(Extensions.NONE.withReserveShortfall(new Extensions.ReserveShortfall(SPAN, 2, 0.1)));
            PathState day1 = lastState(shortfall, NOTHING, 75, 75);
            assertThat(day1.reserves()).isEqualTo(951_852.5, within(TIGHT));
            assertThat(day1.shortfallTotal()).isEqualTo(0.0);
            PathState day2 = lastState(shortfall, NOTHING, 75, 75, 75);
            assertThat(day2.reserves()).isEqualTo(858_337.8345, within(TIGHT));
            assertThat(day2.shortfallTotal()).isEqualTo(95_370.8705, within(TIGHT));
            assertThat(day2.coverage()).isEqualTo(0.9099945164561098, within(1e-15));
            assertThat(day2.mintingEnabled()).isFalse();
            PathState day3 = lastState(shortfall, NOTHING, 75, 75, 75, 75);
            assertThat(day3.shortfallTotal()).isEqualTo(95_370.8705, within(TIGHT));
            assertThat(day3.mintedTotal()).isEqualTo(6_006.0, within(TIGHT));
        }
    }

    @Nested
    class TopUpAndBuyback {
        @Test
        void aTopUpNeverTakesMoreThanTheTreasuryHolds() {
            // Treasury 500,000 USD; end of day 1: top up 2,000,000. Day 2: C += 500,000 before redemptions
            //   C2 = 4,136,250 + 500,000 + 11,272.5 = 4,647,522.5; the treasury is empty
            var treasury = reference(Extensions.NONE.withTreasury(new Extensions.Treasury(SPAN, 500_000.0)));
            PathState day2 = lastState(
                    treasury,
                    (day, state) -> {
                        if (day == 1) {
                            state.setTopUp(2_000_000.0);
                        }
                    },
                    75,
                    75,
                    75);
            assertThat(day2.cash()).isEqualTo(4_647_522.5, within(1e-6));
            assertThat(day2.treasury()).isEqualTo(0.0);
            assertThat(day2.toppedUpTotal()).isEqualTo(500_000.0);
        }

        @Test
        void aBuybackAbsorbsUnservedRedemptionsAndNarrowsTheDiscount() {
            // Day 1, 75 -> 60: the reference crash day, u1 = 81,000, d1 = 0.0405, fee 1%; buy back 1e6 USD
            // Day 2, flat 60: q = 150,890.5, x = L = 19,660, unserved 131,230.5; price 60*(1 - 0.0405) = 57.57
            //   bought = 1e6/57.57 = 17,370.158068438424; u = 113,860.34193156158
            //   d2 = 0.5*u/983,000 = 0.05791472122663356 (0.0667 without); S2 = 945,969.8419315616
            //   C2 = 4,134,000 - 1e6 = 3,134,000
            PathState day2 = lastState(
                    reference(Extensions.NONE),
                    (day, state) -> {
                        if (day == 1) {
                            state.setBuyback(1_000_000.0);
                        }
                    },
                    75,
                    60,
                    60);
            assertThat(day2.boughtBackTotal()).isEqualTo(17_370.158068438424, within(1e-9));
            assertThat(day2.discount()).isEqualTo(0.05791472122663356, within(1e-15));
            assertThat(day2.supply()).isEqualTo(945_969.8419315616, within(1e-8));
            assertThat(day2.cash()).isEqualTo(3_134_000.0, within(1e-6));
            assertThat(day2.unmetTotal()).isEqualTo(81_000.0 + 113_860.34193156158, within(1e-8));
        }
    }

    /** What the rules see of a word: its definition at the path's feed lag. */
    private static double seen(PathState state, Observable word, int windowDays) {
        return word.value(state, state.feedLag(), windowDays);
    }

    @Nested
    class FeedLagAndGoldMoves {
        @Test
        void goldMoveOverLooksBackThroughTheKeptPrices() {
            // Prices 100, 95, 90, 80, 85 on days 0..4; three days kept. On day 4:
            //   goldMoveOver(1) = 85/80 - 1 = 0.0625; goldMoveOver(3) = 85/95 - 1; goldMoveOver(4) is too far
            var lookback = reference(Extensions.NONE.withGoldLookbackDays(3));
            PathState day4 = lastState(lookback, NOTHING, 100, 95, 90, 80, 85);
            assertThat(seen(day4, Observable.GOLD_MOVE, 0)).isEqualTo(0.0);
            assertThat(seen(day4, Observable.GOLD_MOVE, 1)).isEqualTo(0.0625);
            assertThat(seen(day4, Observable.GOLD_MOVE, 3)).isEqualTo(85.0 / 95.0 - 1.0);
            assertThatThrownBy(() -> seen(day4, Observable.GOLD_MOVE, 4))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("beyond the 3 days");
            // before day 0, day 0's price: on day 1, the move over 3 days is 95/100 - 1
            assertThat(seen(lastState(lookback, NOTHING, 100, 95), Observable.GOLD_MOVE, 3))
                    .isEqualTo(95.0 / 100.0 - 1.0);
        }

        @Test
        void underAFeedLagTheRulesSeeOldPricesAndTheCoverageAtThem() {
            // Lag 1, look-back 2 (3 prices kept beyond today). Day 1, 75 -> 90 (the reference rally):
            //   the rules see 75: coverage (951,852.5*75 + 4,138,500)/(1,002,000*75) = 1.0050223... >= 1
            //   while the true coverage is 0.99584 < 1. On day 4 the rules see day 3's price:
            //   goldMoveOver(2) = G3/G1 - 1 = 80/90 - 1
            var lagged = reference(
                    Extensions.NONE.withFeedLag(new Extensions.FeedLag(SPAN, 1)).withGoldLookbackDays(2));
            PathState day1 = lastState(lagged, NOTHING, 75, 90);
            assertThat(seen(day1, Observable.GOLD_PRICE, 0)).isEqualTo(75.0);
            assertThat(day1.coverage()).isEqualTo(89_805_225.0 / 90_180_000.0, within(1e-15));
            assertThat(seen(day1, Observable.COVERAGE, 0)).isEqualTo(75_527_437.5 / 75_150_000.0, within(1e-15));
            PathState day4 = lastState(lagged, NOTHING, 75, 90, 85, 80, 70);
            assertThat(seen(day4, Observable.GOLD_PRICE, 0)).isEqualTo(80.0);
            assertThat(seen(day4, Observable.GOLD_MOVE, 2)).isEqualTo(80.0 / 90.0 - 1.0);
        }
    }
}
