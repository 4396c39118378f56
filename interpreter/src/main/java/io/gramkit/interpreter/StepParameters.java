package io.gramkit.interpreter;

import io.gramkit.model.Behaviour;
import io.gramkit.model.Scenario;

/** The scenario's constants the daily step reads, unpacked once per run. */
record StepParameters(
        double redeemBase,
        double discountSensitivity,
        double panicSensitivity,
        double dailyLimit,
        double marketImpact,
        double mintRate,
        double mintGoldShare,
        double baseFee) {

    static StepParameters of(Scenario scenario) {
        Behaviour b = scenario.behaviour();
        return new StepParameters(b.redeemBase(), b.discountSensitivity(), b.panicSensitivity(),
                scenario.redemption().dailyLimit(), b.marketImpact(), b.mintRate(), b.mintGoldShare(),
                scenario.redemption().baseFee());
    }
}
