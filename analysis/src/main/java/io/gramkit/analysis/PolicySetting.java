package io.gramkit.analysis;

import io.gramkit.model.MintingPolicy;
import io.gramkit.model.RedemptionPolicy;
import io.gramkit.model.Scenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A policy level that {@code gram recommend} varies, with the values to try, written
 * {@code "<setting> in <from>..<to> step <step>"} or {@code "<setting> in <v1>,<v2>,..."}; values
 * are numbers or percentages ({@code 1.5%} is 0.015).
 */
public record PolicySetting(String name, List<Double> values) {
    /** Settings that can be varied, named as in the scenario's policy blocks. */
    public static final List<String> NAMES =
            List.of("fee", "raised_fee", "wide_discount", "calm_discount", "daily_limit", "minimum_coverage");

    private static final int MAX_VALUES = 1_000;

    public PolicySetting {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException(
                    "unknown setting '" + name + "'; expected one of: " + String.join(", ", NAMES));
        }
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to try for '" + name + "'");
        }
    }

    public static PolicySetting parse(String text) {
        String[] parts = text.trim().split("\\s+in\\s+", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException(
                    "expected '<setting> in <from>..<to> step <step>' or '<setting> in <v1>,<v2>', got '" + text + "'");
        }
        String name = parts[0].trim();
        String range = parts[1].trim();
        List<Double> values = new ArrayList<>();
        if (range.contains("..")) {
            String[] stepParts = range.split("\\s+step\\s+", -1);
            String[] ends = stepParts[0].split("\\.\\.", -1);
            if (stepParts.length != 2 || ends.length != 2 || ends[1].isBlank()) {
                throw new IllegalArgumentException("expected '<from>..<to> step <step>', got '" + range + "'");
            }
            BigDecimal from = decimal(ends[0].trim());
            BigDecimal to = decimal(ends[1].trim());
            BigDecimal step = decimal(stepParts[1].trim());
            if (step.signum() <= 0 || to.compareTo(from) < 0) {
                throw new IllegalArgumentException("need from <= to and a positive step, got '" + range + "'");
            }
            // Steps in exact decimal, so 1%..3% step 0.5% gives exactly the five values written.
            for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
                values.add(v.doubleValue());
                if (values.size() > MAX_VALUES) {
                    throw new IllegalArgumentException("more than " + MAX_VALUES + " values in '" + range + "'");
                }
            }
        } else {
            Arrays.stream(range.split(","))
                    .map(String::trim)
                    .forEach(v -> values.add(decimal(v).doubleValue()));
        }
        return new PolicySetting(name, values);
    }

    private static BigDecimal decimal(String text) {
        try {
            return text.endsWith("%")
                    ? new BigDecimal(text.substring(0, text.length() - 1)).movePointLeft(2)
                    : new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number or a percentage, got '" + text + "'");
        }
    }

    /** The scenario with this setting at {@code value}; throws IllegalArgumentException for levels the model forbids. */
    public static Scenario apply(Scenario scenario, String name, double value) {
        RedemptionPolicy r = scenario.redemption();
        return switch (name) {
            case "fee" ->
                scenario.withRedemption(new RedemptionPolicy(
                        r.span(), value, r.raisedFee(), r.wideDiscount(), r.calmDiscount(), r.dailyLimit()));
            case "raised_fee" ->
                scenario.withRedemption(new RedemptionPolicy(
                        r.span(), r.baseFee(), value, r.wideDiscount(), r.calmDiscount(), r.dailyLimit()));
            case "wide_discount" ->
                scenario.withRedemption(new RedemptionPolicy(
                        r.span(), r.baseFee(), r.raisedFee(), value, r.calmDiscount(), r.dailyLimit()));
            case "calm_discount" ->
                scenario.withRedemption(new RedemptionPolicy(
                        r.span(), r.baseFee(), r.raisedFee(), r.wideDiscount(), value, r.dailyLimit()));
            case "daily_limit" ->
                scenario.withRedemption(new RedemptionPolicy(
                        r.span(), r.baseFee(), r.raisedFee(), r.wideDiscount(), r.calmDiscount(), value));
            case "minimum_coverage" ->
                scenario.withMinting(new MintingPolicy(scenario.minting().span(), value));
            default -> throw new IllegalArgumentException("unknown setting '" + name + "'");
        };
    }
}
