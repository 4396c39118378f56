package io.gramkit.model;

import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.model.debt.DebtSystem;
import io.gramkit.model.market.Market;
import io.gramkit.model.policy.ReportRequest;
import io.gramkit.model.policy.Response;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A resolved scenario: every setting explicit, every number a double in model units
 * (USD per gram, grams, USD, fractions per day), every part keeping the span it came from.
 *
 * @param start     the calendar date of day 0, if the scenario gives one
 * @param responses the policies' {@code when ... then ...} lines, in the order written; they run
 *                  as rules together with {@code rules}
 * @param rules     rule folders or files the scenario names, in order; empty means the kit's
 *                  packaged reference rules
 * @param report    what the scenario's report block asks for
 * @param extensions the model extensions and rule-library levels; {@link Extensions#NONE} for the
 *                   reference model
 * @param market     the market model (venues, arbitrage, holder behaviour over time, payout
 *                   costs); empty for the reference model's price formation
 * @param debt       a dollar minted against the token as collateral (the {@code debt} block);
 *                   empty for none
 */
public record Scenario(
        SourceSpan span,
        String name,
        String description,
        Optional<LocalDate> start,
        int horizonDays,
        int paths,
        long seed,
        Gold gold,
        Token token,
        Behaviour behaviour,
        RedemptionPolicy redemption,
        MintingPolicy minting,
        List<Response> responses,
        List<RuleSource> rules,
        ReportRequest report,
        Extensions extensions,
        Optional<Market> market,
        Optional<DebtSystem> debt) {

    public Scenario {
        Check.present("span", span);
        Check.present("name", name);
        Check.present("description", description);
        Check.present("start", start);
        Check.positive("horizon", horizonDays);
        Check.positive("paths", paths);
        Check.present("gold", gold);
        Check.present("token", token);
        Check.present("behaviour", behaviour);
        Check.present("redemption policy", redemption);
        Check.present("minting policy", minting);
        responses = List.copyOf(responses);
        rules = List.copyOf(rules);
        Check.present("report", report);
        Check.present("extensions", extensions);
        Check.present("market", market);
        if (market.isPresent() && extensions.settlementDelay().isPresent()) {
            throw new IllegalArgumentException("the market model pays redemptions the day they are served: write the"
                    + " settlement delay as the arbitrageurs' settlement days");
        }
        if (market.isPresent() && extensions.mintLimit().isPresent()) {
            throw new IllegalArgumentException("the market model does not take a mint limit yet");
        }
        Check.present("debt", debt);
        Set<String> names = new HashSet<>();
        for (Response response : responses) {
            if (!names.add(response.name())) {
                throw new IllegalArgumentException("two responses are named '" + response.name() + "'");
            }
        }
    }

    /** A scenario without the market model or a debt block. */
    public Scenario(
            SourceSpan span,
            String name,
            String description,
            Optional<LocalDate> start,
            int horizonDays,
            int paths,
            long seed,
            Gold gold,
            Token token,
            Behaviour behaviour,
            RedemptionPolicy redemption,
            MintingPolicy minting,
            List<Response> responses,
            List<RuleSource> rules,
            ReportRequest report,
            Extensions extensions) {
        this(
                span,
                name,
                description,
                start,
                horizonDays,
                paths,
                seed,
                gold,
                token,
                behaviour,
                redemption,
                minting,
                responses,
                rules,
                report,
                extensions,
                Optional.empty(),
                Optional.empty());
    }

    /** A scenario of the reference model: no start date, responses, report block or extension. */
    public Scenario(
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
            List<RuleSource> rules) {
        this(
                span,
                name,
                description,
                Optional.empty(),
                horizonDays,
                paths,
                seed,
                gold,
                token,
                behaviour,
                redemption,
                minting,
                List.of(),
                rules,
                ReportRequest.none(span),
                Extensions.NONE);
    }

    public Scenario withExtensions(Extensions newExtensions) {
        return new Scenario(
                span,
                name,
                description,
                start,
                horizonDays,
                paths,
                seed,
                gold,
                token,
                behaviour,
                redemption,
                minting,
                responses,
                rules,
                report,
                newExtensions,
                market,
                debt);
    }

    /** The scenario with the market model of docs/model.md ("Market model") on. */
    public Scenario withMarket(Market newMarket) {
        return new Scenario(
                span,
                name,
                description,
                start,
                horizonDays,
                paths,
                seed,
                gold,
                token,
                behaviour,
                redemption,
                minting,
                responses,
                rules,
                report,
                extensions,
                Optional.of(newMarket),
                debt);
    }

    public Scenario withPaths(int newPaths) {
        return new Scenario(
                span,
                name,
                description,
                start,
                horizonDays,
                newPaths,
                seed,
                gold,
                token,
                behaviour,
                redemption,
                minting,
                responses,
                rules,
                report,
                extensions,
                market,
                debt);
    }

    public Scenario withSeed(long newSeed) {
        return new Scenario(
                span,
                name,
                description,
                start,
                horizonDays,
                paths,
                newSeed,
                gold,
                token,
                behaviour,
                redemption,
                minting,
                responses,
                rules,
                report,
                extensions,
                market,
                debt);
    }

    public Scenario withHorizon(int days) {
        return new Scenario(
                span,
                name,
                description,
                start,
                days,
                paths,
                seed,
                gold,
                token,
                behaviour,
                redemption,
                minting,
                responses,
                rules,
                report,
                extensions,
                market,
                debt);
    }

    public Scenario withRedemption(RedemptionPolicy policy) {
        return new Scenario(
                span,
                name,
                description,
                start,
                horizonDays,
                paths,
                seed,
                gold,
                token,
                behaviour,
                policy,
                minting,
                responses,
                rules,
                report,
                extensions,
                market,
                debt);
    }

    public Scenario withMinting(MintingPolicy policy) {
        return new Scenario(
                span,
                name,
                description,
                start,
                horizonDays,
                paths,
                seed,
                gold,
                token,
                behaviour,
                redemption,
                policy,
                responses,
                rules,
                report,
                extensions,
                market,
                debt);
    }

    public Scenario withGold(Gold newGold) {
        return new Scenario(
                span,
                name,
                description,
                start,
                horizonDays,
                paths,
                seed,
                newGold,
                token,
                behaviour,
                redemption,
                minting,
                responses,
                rules,
                report,
                extensions,
                market,
                debt);
    }

    public Scenario withToken(Token newToken) {
        return new Scenario(
                span,
                name,
                description,
                start,
                horizonDays,
                paths,
                seed,
                gold,
                newToken,
                behaviour,
                redemption,
                minting,
                responses,
                rules,
                report,
                extensions,
                market,
                debt);
    }

    public Scenario withBehaviour(Behaviour newBehaviour) {
        return new Scenario(
                span,
                name,
                description,
                start,
                horizonDays,
                paths,
                seed,
                gold,
                token,
                newBehaviour,
                redemption,
                minting,
                responses,
                rules,
                report,
                extensions,
                market,
                debt);
    }

    public Scenario withResponses(List<Response> newResponses) {
        return new Scenario(
                span,
                name,
                description,
                start,
                horizonDays,
                paths,
                seed,
                gold,
                token,
                behaviour,
                redemption,
                minting,
                newResponses,
                rules,
                report,
                extensions,
                market,
                debt);
    }

    public Scenario withRules(List<RuleSource> newRules) {
        return new Scenario(
                span,
                name,
                description,
                start,
                horizonDays,
                paths,
                seed,
                gold,
                token,
                behaviour,
                redemption,
                minting,
                responses,
                newRules,
                report,
                extensions,
                market,
                debt);
    }

    /** The scenario with a debt block (docs/model.md, "The debt block"). */
    public Scenario withDebt(DebtSystem newDebt) {
        return new Scenario(
                span,
                name,
                description,
                start,
                horizonDays,
                paths,
                seed,
                gold,
                token,
                behaviour,
                redemption,
                minting,
                responses,
                rules,
                report,
                extensions,
                market,
                Optional.of(newDebt));
    }
}
