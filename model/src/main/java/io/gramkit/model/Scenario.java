package io.gramkit.model;

import io.gramkit.diagnostic.SourceSpan;
import java.util.List;

/**
 * A resolved scenario: every setting explicit, every number a double in model units
 * (USD per gram, grams, USD, fractions per day), every part keeping the span it came from.
 *
 * @param rules      rule folders or files the scenario names, in order; empty means the kit's
 *                   packaged reference rules
 * @param extensions the model extensions and rule-library levels; {@link Extensions#NONE} for the
 *                   reference model
 */
public record Scenario(
        SourceSpan span,
        String name,
        String description,
        int horizonDays,
        int paths,
        long seed,
        Gold gold,
        Token token,
        Behaviour behaviour,
        RedemptionPolicy redemption,
        MintingPolicy minting,
        List<RuleSource> rules,
        Extensions extensions) {

    public Scenario {
        Check.present("span", span);
        Check.present("name", name);
        Check.present("description", description);
        Check.positive("horizon", horizonDays);
        Check.positive("paths", paths);
        Check.present("gold", gold);
        Check.present("token", token);
        Check.present("behaviour", behaviour);
        Check.present("redemption policy", redemption);
        Check.present("minting policy", minting);
        rules = List.copyOf(rules);
        Check.present("extensions", extensions);
    }

    /** A scenario of the reference model, every extension off. */
    public Scenario(SourceSpan span, String name, String description, int horizonDays, int paths, long seed,
            Gold gold, Token token, Behaviour behaviour, RedemptionPolicy redemption, MintingPolicy minting,
            List<RuleSource> rules) {
        this(span, name, description, horizonDays, paths, seed, gold, token, behaviour, redemption, minting, rules,
                Extensions.NONE);
    }

    public Scenario withExtensions(Extensions newExtensions) {
        return new Scenario(span, name, description, horizonDays, paths, seed, gold, token, behaviour,
                redemption, minting, rules, newExtensions);
    }

    public Scenario withPaths(int newPaths) {
        return new Scenario(span, name, description, horizonDays, newPaths, seed, gold, token, behaviour,
                redemption, minting, rules, extensions);
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(span, name, description, horizonDays, paths, newSeed, gold, token, behaviour,
                redemption, minting, rules, extensions);
    }

    public Scenario withHorizon(int days) {
        return new Scenario(span, name, description, days, paths, seed, gold, token, behaviour,
                redemption, minting, rules, extensions);
    }

    public Scenario withRedemption(RedemptionPolicy policy) {
        return new Scenario(span, name, description, horizonDays, paths, seed, gold, token, behaviour,
                policy, minting, rules, extensions);
    }

    public Scenario withMinting(MintingPolicy policy) {
        return new Scenario(span, name, description, horizonDays, paths, seed, gold, token, behaviour,
                redemption, policy, rules, extensions);
    }

    public Scenario withGold(Gold newGold) {
        return new Scenario(span, name, description, horizonDays, paths, seed, newGold, token, behaviour,
                redemption, minting, rules, extensions);
    }

    public Scenario withRules(List<RuleSource> newRules) {
        return new Scenario(span, name, description, horizonDays, paths, seed, gold, token, behaviour,
                redemption, minting, newRules, extensions);
    }
}
