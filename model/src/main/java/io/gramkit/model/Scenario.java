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
import java.util.function.Consumer;

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
        return copy(c -> c.extensions = newExtensions);
    }

    /** The scenario with the market model of docs/model.md ("Market model") on. */
    public Scenario withMarket(Market newMarket) {
        return copy(c -> c.market = Optional.of(newMarket));
    }

    public Scenario withPaths(int newPaths) {
        return copy(c -> c.paths = newPaths);
    }

    public Scenario withSeed(long newSeed) {
        return copy(c -> c.seed = newSeed);
    }

    public Scenario withHorizon(int days) {
        return copy(c -> c.horizonDays = days);
    }

    public Scenario withRedemption(RedemptionPolicy policy) {
        return copy(c -> c.redemption = policy);
    }

    public Scenario withMinting(MintingPolicy policy) {
        return copy(c -> c.minting = policy);
    }

    public Scenario withGold(Gold newGold) {
        return copy(c -> c.gold = newGold);
    }

    public Scenario withToken(Token newToken) {
        return copy(c -> c.token = newToken);
    }

    public Scenario withBehaviour(Behaviour newBehaviour) {
        return copy(c -> c.behaviour = newBehaviour);
    }

    public Scenario withResponses(List<Response> newResponses) {
        return copy(c -> c.responses = newResponses);
    }

    public Scenario withRules(List<RuleSource> newRules) {
        return copy(c -> c.rules = newRules);
    }

    /** The scenario with a debt block (docs/model.md, "The debt block"). */
    public Scenario withDebt(DebtSystem newDebt) {
        return copy(c -> c.debt = Optional.of(newDebt));
    }

    /** This scenario with one component changed; the canonical constructor checks the result. */
    private Scenario copy(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** The components of a scenario while one of them is replaced (see {@link #copy}). */
    private static final class Copy {
        SourceSpan span;
        String name;
        String description;
        Optional<LocalDate> start;
        int horizonDays;
        int paths;
        long seed;
        Gold gold;
        Token token;
        Behaviour behaviour;
        RedemptionPolicy redemption;
        MintingPolicy minting;
        List<Response> responses;
        List<RuleSource> rules;
        ReportRequest report;
        Extensions extensions;
        Optional<Market> market;
        Optional<DebtSystem> debt;

        Copy(Scenario from) {
            span = from.span;
            name = from.name;
            description = from.description;
            start = from.start;
            horizonDays = from.horizonDays;
            paths = from.paths;
            seed = from.seed;
            gold = from.gold;
            token = from.token;
            behaviour = from.behaviour;
            redemption = from.redemption;
            minting = from.minting;
            responses = from.responses;
            rules = from.rules;
            report = from.report;
            extensions = from.extensions;
            market = from.market;
            debt = from.debt;
        }

        Scenario build() {
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
                    debt);
        }
    }
}
