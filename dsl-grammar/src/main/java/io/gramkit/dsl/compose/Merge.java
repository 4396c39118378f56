package io.gramkit.dsl.compose;

import io.gramkit.dsl.ast.BehaviourBlock;
import io.gramkit.dsl.ast.BehaviourStatement;
import io.gramkit.dsl.ast.BreakerPause;
import io.gramkit.dsl.ast.CashBand;
import io.gramkit.dsl.ast.Description;
import io.gramkit.dsl.ast.GoldBlock;
import io.gramkit.dsl.ast.GoldModelNode;
import io.gramkit.dsl.ast.GoldStatement;
import io.gramkit.dsl.ast.HaltWhen;
import io.gramkit.dsl.ast.MarketBlock;
import io.gramkit.dsl.ast.MarketStatement;
import io.gramkit.dsl.ast.Node;
import io.gramkit.dsl.ast.PolicyBlock;
import io.gramkit.dsl.ast.PolicyStatement;
import io.gramkit.dsl.ast.ReportBlock;
import io.gramkit.dsl.ast.ReportStatement;
import io.gramkit.dsl.ast.Response;
import io.gramkit.dsl.ast.RuleImport;
import io.gramkit.dsl.ast.ScenarioStatement;
import io.gramkit.dsl.ast.Setting;
import io.gramkit.dsl.ast.ShockStatement;
import io.gramkit.dsl.ast.Shortfall;
import io.gramkit.dsl.ast.StartDate;
import io.gramkit.dsl.ast.Sweep;
import io.gramkit.dsl.ast.TokenBlock;
import io.gramkit.dsl.ast.TokenStatement;
import io.gramkit.dsl.ast.TrackFeeRevenue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Lays statements over imported ones: a statement replaces every earlier statement with the same
 * key (a setting by its name, a shock by its name, {@code model}, {@code reserves}, {@code track fee
 * revenue}, {@code reserve shortfall}, {@code cash band}, {@code pause redemptions}, a response by
 * its text), and a block merges into the earlier block of its kind statement by statement. A
 * file's own {@code rules} statements together replace the imported ones. Statements of one file
 * with the same key are all kept, so the resolver still reports a file's own duplicates.
 */
final class Merge {
    private Merge() {}

    /** {@code over} laid on {@code base}: the result of importing {@code base}, then writing {@code over}. */
    static List<ScenarioStatement> scenario(List<ScenarioStatement> base, List<ScenarioStatement> over) {
        return statements(base, over, Merge::scenarioKey, Merge::mergeBlocks);
    }

    private static Optional<String> scenarioKey(ScenarioStatement statement) {
        if (statement instanceof Setting setting) {
            return Optional.of("setting " + setting.name().words());
        } else if (statement instanceof Description) {
            return Optional.of("description");
        } else if (statement instanceof StartDate) {
            return Optional.of("start");
        } else if (statement instanceof GoldBlock) {
            return Optional.of("gold");
        } else if (statement instanceof TokenBlock) {
            return Optional.of("token");
        } else if (statement instanceof BehaviourBlock) {
            return Optional.of("behaviour");
        } else if (statement instanceof PolicyBlock policy) {
            return Optional.of("policy " + policy.kind());
        } else if (statement instanceof ReportBlock) {
            return Optional.of("report");
        } else if (statement instanceof Sweep sweep) {
            return Optional.of("sweep " + sweep.setting().value());
        } else if (statement instanceof RuleImport) {
            return Optional.of("rules");
        } else if (statement instanceof MarketBlock) {
            return Optional.of("market");
        }
        return Optional.empty();
    }

    /** Two blocks of one kind: the later one's statements laid over the earlier one's. */
    private static ScenarioStatement mergeBlocks(ScenarioStatement base, ScenarioStatement over) {
        if (base instanceof GoldBlock a && over instanceof GoldBlock b) {
            return new GoldBlock(b.span(), statements(a.statements(), b.statements(), Merge::goldKey, Merge::replace));
        } else if (base instanceof TokenBlock a && over instanceof TokenBlock b) {
            return new TokenBlock(
                    b.span(), statements(a.statements(), b.statements(), Merge::tokenKey, Merge::replace));
        } else if (base instanceof BehaviourBlock a && over instanceof BehaviourBlock b) {
            return new BehaviourBlock(
                    b.span(),
                    statements(clauses(a.statements()), clauses(b.statements()), Merge::behaviourKey, Merge::replace));
        } else if (base instanceof PolicyBlock a && over instanceof PolicyBlock b) {
            return new PolicyBlock(
                    b.span(), b.kind(), statements(a.statements(), b.statements(), Merge::policyKey, Merge::replace));
        } else if (base instanceof MarketBlock a && over instanceof MarketBlock b) {
            return new MarketBlock(
                    b.span(), statements(a.statements(), b.statements(), Merge::marketKey, Merge::replace));
        } else if (base instanceof ReportBlock a && over instanceof ReportBlock b) {
            return new ReportBlock(
                    b.span(), statements(a.statements(), b.statements(), Merge::reportKey, Merge::replace));
        }
        return over;
    }

    /** A setting by its words, a venue, wave or freeze by its name; venue sales add up, so all are kept. */
    private static Optional<String> marketKey(MarketStatement statement) {
        if (statement instanceof Setting setting) {
            return Optional.of(setting.name().words());
        } else if (statement instanceof MarketStatement.Pool p) {
            return Optional.of("venue " + p.name().value().toLowerCase(java.util.Locale.ROOT));
        } else if (statement instanceof MarketStatement.OrderBook b) {
            return Optional.of("venue " + b.name().value().toLowerCase(java.util.Locale.ROOT));
        } else if (statement instanceof MarketStatement.Wave w) {
            return Optional.of("wave " + w.name().value());
        } else if (statement instanceof MarketStatement.Freeze f) {
            return Optional.of("freeze " + f.name().value());
        }
        return Optional.empty();
    }

    private static Optional<String> goldKey(GoldStatement statement) {
        if (statement instanceof Setting setting) {
            return Optional.of(setting.name().words());
        } else if (statement instanceof GoldModelNode) {
            return Optional.of("model");
        }
        return Optional.of("shock " + ((ShockStatement) statement).name().value());
    }

    private static Optional<String> tokenKey(TokenStatement statement) {
        if (statement instanceof Setting setting) {
            return Optional.of(setting.name().words());
        } else if (statement instanceof TrackFeeRevenue) {
            return Optional.of("fee revenue");
        } else if (statement instanceof Shortfall) {
            return Optional.of("reserve shortfall");
        }
        return Optional.of("reserves");
    }

    private static Optional<String> behaviourKey(BehaviourStatement statement) {
        if (statement instanceof Setting setting) {
            return Optional.of(setting.name().words());
        } else if (statement instanceof BehaviourStatement.Redemption redemption) {
            return Optional.of(redemption.clauses().get(0).name().words());
        }
        return Optional.of(
                ((BehaviourStatement.Minting) statement).clauses().get(0).name().words());
    }

    /** Compound behaviour lines split into one statement per clause, so each clause can be overridden alone. */
    private static List<BehaviourStatement> clauses(List<BehaviourStatement> statements) {
        List<BehaviourStatement> split = new ArrayList<>();
        for (BehaviourStatement statement : statements) {
            if (statement instanceof BehaviourStatement.Redemption redemption) {
                redemption.clauses().forEach(c -> split.add(new BehaviourStatement.Redemption(c.span(), List.of(c))));
            } else if (statement instanceof BehaviourStatement.Minting minting) {
                minting.clauses().forEach(c -> split.add(new BehaviourStatement.Minting(c.span(), List.of(c))));
            } else {
                split.add(statement);
            }
        }
        return split;
    }

    private static Optional<String> policyKey(PolicyStatement statement) {
        if (statement instanceof Setting setting) {
            return Optional.of(setting.name().words());
        } else if (statement instanceof Response response) {
            return Optional.of("when " + response.text());
        } else if (statement instanceof CashBand) {
            return Optional.of("cash band");
        } else if (statement instanceof BreakerPause) {
            return Optional.of("pause");
        }
        return Optional.of("halt " + ((HaltWhen) statement).text());
    }

    private static Optional<String> reportKey(ReportStatement statement) {
        if (statement instanceof ReportStatement.Probability probability) {
            return Optional.of("probability " + probability.text());
        } else if (statement instanceof ReportStatement.Days days) {
            return Optional.of("days " + days.text());
        }
        return Optional.of("quantiles");
    }

    private static <T> T replace(T base, T over) {
        return over;
    }

    /**
     * The base statements whose key {@code over} does not use, then {@code over}'s statements; a
     * keyed statement of {@code over} takes the place of the first base statement with its key,
     * combined with it by {@code combine}.
     */
    private static <T extends Node> List<T> statements(
            List<? extends T> base,
            List<? extends T> over,
            Function<T, Optional<String>> key,
            BiFunction<T, T, T> combine) {
        Map<String, T> overByKey = new LinkedHashMap<>();
        for (T statement : over) {
            key.apply(statement).ifPresent(k -> overByKey.putIfAbsent(k, statement));
        }
        List<T> merged = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (T statement : base) {
            Optional<String> k = key.apply(statement);
            if (k.isPresent() && overByKey.containsKey(k.get())) {
                if (placed.add(k.get())) {
                    merged.add(combine.apply(statement, overByKey.get(k.get())));
                }
            } else {
                merged.add(statement);
            }
        }
        for (T statement : over) {
            Optional<String> k = key.apply(statement);
            if (k.isEmpty() || !placed.contains(k.get()) || overByKey.get(k.get()) != statement) {
                merged.add(statement);
            }
        }
        return merged;
    }
}
