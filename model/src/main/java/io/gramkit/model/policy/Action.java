package io.gramkit.model.policy;

/** What a response sets for the next day. */
public sealed interface Action
        permits Action.ChargeFee,
                Action.LimitRedemptions,
                Action.HaltMinting,
                Action.ResumeMinting,
                Action.HaltRedemptions,
                Action.ResumeRedemptions {

    /** Charge this redemption fee, a fraction in [0, 1). */
    record ChargeFee(double fee) implements Action {
        public ChargeFee {
            if (!(fee >= 0 && fee < 1)) {
                throw new IllegalArgumentException("fee must be in [0, 1), not " + fee);
            }
        }
    }

    /** Serve at most this share of supply in redemptions per day, a fraction in [0, 1]. */
    record LimitRedemptions(double shareOfSupply) implements Action {
        public LimitRedemptions {
            if (!(shareOfSupply >= 0 && shareOfSupply <= 1)) {
                throw new IllegalArgumentException("daily limit must be in [0, 1], not " + shareOfSupply);
            }
        }
    }

    /** Stop minting. */
    record HaltMinting() implements Action {}

    /** Allow minting again. */
    record ResumeMinting() implements Action {}

    /** Serve no redemptions. */
    record HaltRedemptions() implements Action {}

    /** Serve redemptions again. */
    record ResumeRedemptions() implements Action {}
}
