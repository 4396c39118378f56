package io.gramkit.model.market;

import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.model.Check;

/**
 * The authorised arbitrageurs (Ma, Zeng and Zhang 2023): they buy the token on the venues below
 * the value of redeeming it and present it for redemption. Their required discount is
 * {@code f + c*w/365 + riskPremium}, with {@code w} the expected wait in days.
 *
 * @param desks          number of arbitrage desks (0 switches arbitrage off)
 * @param capitalUsd     capital of each desk, USD
 * @param annualCost     c, annual cost of capital (0.1 = 10% a year)
 * @param riskPremium    extra discount asked beyond fee and carry, a fraction
 * @param settlementDays days between being served and being paid, added to the wait
 */
public record Arbitrage(
        SourceSpan span, int desks, double capitalUsd, double annualCost, double riskPremium, int settlementDays) {
    public Arbitrage {
        Check.present("span", span);
        if (desks < 0) {
            throw new IllegalArgumentException("arbitrage desks must be zero or more, got " + desks);
        }
        Check.nonNegative("arbitrage capital", capitalUsd);
        Check.nonNegative("cost of capital", annualCost);
        Check.fraction("arbitrage risk premium", riskPremium);
        if (settlementDays < 0) {
            throw new IllegalArgumentException("settlement days must be zero or more, got " + settlementDays);
        }
    }

    /** The desks' capital together, USD. */
    public double totalCapitalUsd() {
        return desks * capitalUsd;
    }

    public Arbitrage withDesks(int newDesks) {
        return new Arbitrage(span, newDesks, capitalUsd, annualCost, riskPremium, settlementDays);
    }

    public Arbitrage withCapitalUsd(double newCapital) {
        return new Arbitrage(span, desks, newCapital, annualCost, riskPremium, settlementDays);
    }
}
