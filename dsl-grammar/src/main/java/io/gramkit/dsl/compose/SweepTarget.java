package io.gramkit.dsl.compose;

import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.dsl.ast.BehaviourBlock;
import io.gramkit.dsl.ast.BreakerPause;
import io.gramkit.dsl.ast.CashBand;
import io.gramkit.dsl.ast.DebtBlock;
import io.gramkit.dsl.ast.DebtStatement;
import io.gramkit.dsl.ast.GarchModel;
import io.gramkit.dsl.ast.GbmModel;
import io.gramkit.dsl.ast.GoldBlock;
import io.gramkit.dsl.ast.GoldModelNode;
import io.gramkit.dsl.ast.GoldStatement;
import io.gramkit.dsl.ast.JumpDiffusionModel;
import io.gramkit.dsl.ast.MarketBlock;
import io.gramkit.dsl.ast.PolicyBlock;
import io.gramkit.dsl.ast.PolicyKind;
import io.gramkit.dsl.ast.PolicyStatement;
import io.gramkit.dsl.ast.Quantity;
import io.gramkit.dsl.ast.ReserveAsset;
import io.gramkit.dsl.ast.Reserves;
import io.gramkit.dsl.ast.ScenarioNode;
import io.gramkit.dsl.ast.ScenarioStatement;
import io.gramkit.dsl.ast.Setting;
import io.gramkit.dsl.ast.ShockEffect;
import io.gramkit.dsl.ast.ShockStatement;
import io.gramkit.dsl.ast.Shortfall;
import io.gramkit.dsl.ast.StudentTModel;
import io.gramkit.dsl.ast.TokenBlock;
import io.gramkit.dsl.ast.TokenStatement;
import io.gramkit.dsl.ast.Unit;
import io.gramkit.dsl.parser.Suggestions;
import io.gramkit.model.settings.SettingBlock;
import io.gramkit.model.settings.SettingDeclaration;
import io.gramkit.model.settings.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A setting a sweep can vary, and how to put a value in its place in the syntax tree. Settings
 * go where the scenario would write them (a missing one is added, so a default can be swept);
 * reserves, the gold model's drift and volatility and a shock's size are replaced in place. The
 * value keeps the sweep's span, so a bad value is reported on the sweep line.
 */
abstract class SweepTarget {
    /** Every setting a sweep can name, by its words, in the order docs list them. */
    static final Map<String, SweepTarget> NAMED = named();

    /** Why the substitution did not apply to this scenario (empty when it did). */
    record Substituted(ScenarioNode scenario, Optional<String> problem) {}

    abstract Substituted put(ScenarioNode scenario, Quantity value, SourceSpan where);

    static Optional<SweepTarget> find(String words) {
        SweepTarget named = NAMED.get(words);
        if (named != null) {
            return Optional.of(named);
        }
        if (words.startsWith("shock \"") && words.endsWith("\"") && words.length() > "shock \"\"".length()) {
            return Optional.of(new ShockSize(words.substring("shock \"".length(), words.length() - 1)));
        }
        return Optional.empty();
    }

    /**
     * Every sweepable declaration of the settings catalogue: a setting of its own goes where the
     * scenario would write it; a part of a compound statement is replaced in place.
     */
    private static Map<String, SweepTarget> named() {
        Map<String, SweepTarget> named = new LinkedHashMap<>();
        for (SettingDeclaration declaration : Settings.ALL) {
            declaration.sweepName().ifPresent(name -> named.put(name, target(declaration)));
        }
        return named;
    }

    private static SweepTarget target(SettingDeclaration declaration) {
        if (declaration.block() == SettingBlock.DEBT) {
            return new DebtTarget(declaration);
        } else if (declaration.standalone()) {
            return new SettingTarget(declaration);
        } else if (Settings.GOLD_RESERVES.equals(declaration) || Settings.CASH_RESERVES.equals(declaration)) {
            return new ReserveTarget(Settings.GOLD_RESERVES.equals(declaration));
        } else if (Settings.DRIFT.equals(declaration) || Settings.VOL.equals(declaration)) {
            return new ModelTarget(Settings.DRIFT.equals(declaration));
        }
        return new PartTarget(declaration);
    }

    private static ScenarioNode with(ScenarioNode scenario, List<ScenarioStatement> over) {
        return new ScenarioNode(scenario.span(), scenario.name(), Merge.scenario(scenario.statements(), over));
    }

    /** A single-valued setting, put in its block by {@link Merge} (the block is added if missing). */
    private static final class SettingTarget extends SweepTarget {
        private final SettingDeclaration name;

        SettingTarget(SettingDeclaration name) {
            this.name = name;
        }

        @Override
        Substituted put(ScenarioNode scenario, Quantity value, SourceSpan where) {
            Setting setting = new Setting(value.span(), name, value);
            ScenarioStatement statement = switch (name.block()) {
                case SCENARIO -> setting;
                case GOLD -> new GoldBlock(where, List.of(setting));
                case TOKEN -> new TokenBlock(where, List.of(setting));
                case BEHAVIOUR -> new BehaviourBlock(where, List.of(setting));
                case REDEMPTION -> new PolicyBlock(where, PolicyKind.REDEMPTION, List.of(setting));
                case MINTING -> new PolicyBlock(where, PolicyKind.MINTING, List.of(setting));
                case CIRCUIT_BREAKER -> new PolicyBlock(where, PolicyKind.CIRCUIT_BREAKER, List.of(setting));
                case COLLATERAL -> new PolicyBlock(where, PolicyKind.COLLATERAL, List.of(setting));
                case PEG_DEFENCE -> new PolicyBlock(where, PolicyKind.PEG_DEFENCE, List.of(setting));
                case REBALANCING -> new PolicyBlock(where, PolicyKind.REBALANCING, List.of(setting));
                case MARKET -> new MarketBlock(where, List.of(setting));
                case DEBT -> throw new IllegalStateException("the debt block's settings are DebtTargets");
            };
            return new Substituted(with(scenario, List.of(statement)), Optional.empty());
        }
    }

    /**
     * One value of a compound statement ({@code cash band}, {@code pause redemptions}, {@code
     * reserve shortfall}), replaced where the scenario writes the statement.
     */
    private static final class PartTarget extends SweepTarget {
        private final SettingDeclaration part;

        PartTarget(SettingDeclaration part) {
            this.part = part;
        }

        @Override
        Substituted put(ScenarioNode scenario, Quantity value, SourceSpan where) {
            boolean[] found = {false};
            List<ScenarioStatement> statements = new ArrayList<>();
            for (ScenarioStatement statement : scenario.statements()) {
                if (statement instanceof PolicyBlock policy) {
                    List<PolicyStatement> inner = new ArrayList<>();
                    for (PolicyStatement p : policy.statements()) {
                        inner.add(replaced(p, value, found));
                    }
                    statements.add(new PolicyBlock(policy.span(), policy.kind(), inner));
                } else if (statement instanceof TokenBlock token) {
                    List<TokenStatement> inner = new ArrayList<>();
                    for (TokenStatement t : token.statements()) {
                        inner.add(t instanceof Shortfall s ? shortfall(s, value, found) : t);
                    }
                    statements.add(new TokenBlock(token.span(), inner));
                } else {
                    statements.add(statement);
                }
            }
            return new Substituted(
                    new ScenarioNode(scenario.span(), scenario.name(), statements),
                    found[0]
                            ? Optional.empty()
                            : Optional.of(
                                    "the scenario has no '" + part.written().split(" <", -1)[0] + "' line in "
                                            + part.block().described()));
        }

        private PolicyStatement replaced(PolicyStatement statement, Quantity value, boolean[] found) {
            if (statement instanceof CashBand band) {
                if (Settings.CASH_BAND_LOWER.equals(part)) {
                    found[0] = true;
                    return new CashBand(band.span(), value, band.upper());
                } else if (Settings.CASH_BAND_UPPER.equals(part)) {
                    found[0] = true;
                    return new CashBand(band.span(), band.lower(), value);
                }
            } else if (statement instanceof BreakerPause pause) {
                if (Settings.BREAKER_PAUSE.equals(part)) {
                    found[0] = true;
                    return new BreakerPause(pause.span(), value, pause.fall(), pause.window());
                } else if (Settings.BREAKER_FALL.equals(part)) {
                    found[0] = true;
                    return new BreakerPause(pause.span(), pause.pause(), value, pause.window());
                } else if (Settings.BREAKER_WINDOW.equals(part)) {
                    found[0] = true;
                    return new BreakerPause(pause.span(), pause.pause(), pause.fall(), value);
                }
            }
            return statement;
        }

        private TokenStatement shortfall(Shortfall shortfall, Quantity value, boolean[] found) {
            if (Settings.SHORTFALL_SHARE.equals(part)) {
                found[0] = true;
                return new Shortfall(shortfall.span(), value, shortfall.day());
            } else if (Settings.SHORTFALL_DAY.equals(part)) {
                found[0] = true;
                return new Shortfall(shortfall.span(), shortfall.share(), value.number());
            }
            return shortfall;
        }
    }

    /**
     * A setting of the {@code debt} block: a value of its own is replaced, or added when the block
     * leaves it out (so a default can be swept); a part of a compound statement is replaced in each
     * statement that writes it ({@code vaults} lines, {@code raise stability fee ...}).
     */
    private static final class DebtTarget extends SweepTarget {
        private static final Map<SettingDeclaration, BiFunction<DebtStatement, Quantity, Optional<DebtStatement>>>
                PARTS = parts();

        private final SettingDeclaration declaration;

        DebtTarget(SettingDeclaration declaration) {
            this.declaration = declaration;
        }

        @Override
        Substituted put(ScenarioNode scenario, Quantity value, SourceSpan where) {
            Optional<DebtStatement.Word> word = DebtStatement.Word.of(declaration);
            List<ScenarioStatement> statements = new ArrayList<>();
            boolean anyBlock = false;
            boolean found = false;
            for (ScenarioStatement statement : scenario.statements()) {
                if (!(statement instanceof DebtBlock debt)) {
                    statements.add(statement);
                    continue;
                }
                anyBlock = true;
                boolean inBlock = false;
                List<DebtStatement> inner = new ArrayList<>();
                for (DebtStatement d : debt.statements()) {
                    Optional<DebtStatement> replaced = replaced(d, word, value);
                    inBlock |= replaced.isPresent();
                    inner.add(replaced.orElse(d));
                }
                if (!inBlock && word.isPresent()) {
                    inner.add(new DebtStatement.Value(value.span(), word.get(), value));
                    inBlock = true;
                }
                found |= inBlock;
                statements.add(new DebtBlock(debt.span(), debt.currency(), inner));
            }
            Optional<String> problem = Optional.empty();
            if (!anyBlock) {
                problem = Optional.of("the scenario has no debt block");
            } else if (!found) {
                problem = Optional.of(
                        "the scenario has no '" + declaration.written().split(" <", -1)[0] + "' line in "
                                + declaration.block().described());
            }
            return new Substituted(new ScenarioNode(scenario.span(), scenario.name(), statements), problem);
        }

        private Optional<DebtStatement> replaced(
                DebtStatement statement, Optional<DebtStatement.Word> word, Quantity value) {
            if (word.isPresent()) {
                return statement instanceof DebtStatement.Value v && v.word() == word.get()
                        ? Optional.of(new DebtStatement.Value(v.span(), v.word(), value))
                        : Optional.empty();
            }
            BiFunction<DebtStatement, Quantity, Optional<DebtStatement>> part = PARTS.get(declaration);
            if (part == null) {
                throw new IllegalStateException("no sweep of the debt block's " + declaration.words());
            }
            return part.apply(statement, value);
        }

        /** How each part of a compound debt statement is replaced. */
        private static Map<SettingDeclaration, BiFunction<DebtStatement, Quantity, Optional<DebtStatement>>> parts() {
            Map<SettingDeclaration, BiFunction<DebtStatement, Quantity, Optional<DebtStatement>>> parts =
                    new LinkedHashMap<>();
            parts.put(
                    Settings.VAULT_COUNT,
                    part(
                            DebtStatement.Vaults.class,
                            (v, q) ->
                                    new DebtStatement.Vaults(v.span(), q, v.ratio(), v.upper(), v.bands(), v.debt())));
            parts.put(
                    Settings.VAULT_RATIO,
                    part(
                            DebtStatement.Vaults.class,
                            (v, q) ->
                                    new DebtStatement.Vaults(v.span(), v.count(), q, v.upper(), v.bands(), v.debt())));
            parts.put(
                    Settings.VAULT_DEBT,
                    part(
                            DebtStatement.Vaults.class,
                            (v, q) ->
                                    new DebtStatement.Vaults(v.span(), v.count(), v.ratio(), v.upper(), v.bands(), q)));
            parts.put(
                    Settings.ORACLE_LAG,
                    part(
                            DebtStatement.Oracle.class,
                            (o, q) ->
                                    new DebtStatement.Oracle(o.span(), o.market(), Optional.of(q), Optional.empty())));
            parts.put(
                    Settings.AUCTION_DEPTH,
                    part(DebtStatement.Depth.class, (d, q) -> new DebtStatement.Depth(d.span(), q, d.move())));
            parts.put(
                    Settings.HOLDER_ALERT,
                    part(
                            DebtStatement.Holders.class,
                            (h, q) -> new DebtStatement.Holders(h.span(), h.repay(), q, h.target(), h.share())));
            parts.put(
                    Settings.HOLDER_TARGET,
                    part(
                            DebtStatement.Holders.class,
                            (h, q) -> new DebtStatement.Holders(h.span(), h.repay(), h.alert(), q, h.share())));
            parts.put(
                    Settings.HOLDER_SHARE,
                    part(
                            DebtStatement.Holders.class,
                            (h, q) -> new DebtStatement.Holders(h.span(), h.repay(), h.alert(), h.target(), q)));
            parts.put(
                    Settings.NEW_DEBT_SHARE,
                    part(DebtStatement.NewDebt.class, (n, q) -> new DebtStatement.NewDebt(n.span(), q, n.ratio())));
            parts.put(
                    Settings.NEW_DEBT_RATIO,
                    part(DebtStatement.NewDebt.class, (n, q) -> new DebtStatement.NewDebt(n.span(), n.share(), q)));
            parts.put(
                    Settings.RAISED_STABILITY_FEE,
                    part(
                            DebtStatement.RaiseFee.class,
                            (r, q) -> new DebtStatement.RaiseFee(r.span(), q, r.stress(), r.calm())));
            parts.put(
                    Settings.FEE_STRESS_RATIO,
                    part(
                            DebtStatement.RaiseFee.class,
                            (r, q) -> new DebtStatement.RaiseFee(r.span(), r.fee(), q, r.calm())));
            parts.put(
                    Settings.FEE_CALM_RATIO,
                    part(
                            DebtStatement.RaiseFee.class,
                            (r, q) -> new DebtStatement.RaiseFee(r.span(), r.fee(), r.stress(), q)));
            parts.put(
                    Settings.LOWERED_CEILING,
                    part(
                            DebtStatement.LowerCeiling.class,
                            (l, q) -> new DebtStatement.LowerCeiling(l.span(), q, l.floor())));
            parts.put(
                    Settings.SURPLUS_FLOOR,
                    part(
                            DebtStatement.LowerCeiling.class,
                            (l, q) -> new DebtStatement.LowerCeiling(l.span(), l.ceiling(), q)));
            parts.put(
                    Settings.TIGHTENED_RATIO,
                    part(
                            DebtStatement.TightenRatio.class,
                            (t, q) -> new DebtStatement.TightenRatio(t.span(), q, t.fall(), t.window(), t.calm())));
            parts.put(
                    Settings.ORACLE_FALL,
                    part(
                            DebtStatement.TightenRatio.class,
                            (t, q) -> new DebtStatement.TightenRatio(t.span(), t.ratio(), q, t.window(), t.calm())));
            parts.put(
                    Settings.ORACLE_FALL_WINDOW,
                    part(
                            DebtStatement.TightenRatio.class,
                            (t, q) -> new DebtStatement.TightenRatio(t.span(), t.ratio(), t.fall(), q, t.calm())));
            parts.put(
                    Settings.ORACLE_CALM_FALL,
                    part(
                            DebtStatement.TightenRatio.class,
                            (t, q) -> new DebtStatement.TightenRatio(t.span(), t.ratio(), t.fall(), t.window(), q)));
            parts.put(
                    Settings.PAUSE_RATIO,
                    part(
                            DebtStatement.PauseNewDebt.class,
                            (p, q) -> new DebtStatement.PauseNewDebt(p.span(), q, p.resume())));
            parts.put(
                    Settings.RESUME_RATIO,
                    part(
                            DebtStatement.PauseNewDebt.class,
                            (p, q) -> new DebtStatement.PauseNewDebt(p.span(), p.pause(), q)));
            parts.put(
                    Settings.SHUTDOWN_LIMIT,
                    part(DebtStatement.Shutdown.class, (x, q) -> new DebtStatement.Shutdown(x.span(), q)));
            return parts;
        }

        /** Replaces a statement of type {@code type}; leaves others alone (empty). */
        private static <T extends DebtStatement> BiFunction<DebtStatement, Quantity, Optional<DebtStatement>> part(
                Class<T> type, BiFunction<T, Quantity, DebtStatement> replace) {
            return (statement, value) -> type.isInstance(statement)
                    ? Optional.of(replace.apply(type.cast(statement), value))
                    : Optional.empty();
        }
    }

    /** One asset of the {@code reserves} line; cash may be an amount or a share of liabilities. */
    private static final class ReserveTarget extends SweepTarget {
        private final boolean gold;

        ReserveTarget(boolean gold) {
            this.gold = gold;
        }

        @Override
        Substituted put(ScenarioNode scenario, Quantity value, SourceSpan where) {
            List<ScenarioStatement> statements = new ArrayList<>();
            boolean found = false;
            for (ScenarioStatement statement : scenario.statements()) {
                if (statement instanceof TokenBlock token) {
                    List<TokenStatement> inner = new ArrayList<>();
                    for (TokenStatement t : token.statements()) {
                        if (t instanceof Reserves reserves) {
                            inner.add(new Reserves(reserves.span(), assets(reserves.assets(), value)));
                            found = true;
                        } else {
                            inner.add(t);
                        }
                    }
                    statements.add(new TokenBlock(token.span(), inner));
                } else {
                    statements.add(statement);
                }
            }
            return new Substituted(
                    new ScenarioNode(scenario.span(), scenario.name(), statements),
                    found ? Optional.empty() : Optional.of("the scenario has no reserves line"));
        }

        private List<ReserveAsset> assets(List<ReserveAsset> assets, Quantity value) {
            List<ReserveAsset> replaced = new ArrayList<>();
            boolean placed = false;
            for (ReserveAsset asset : assets) {
                boolean isGold = asset instanceof ReserveAsset.GoldAmount;
                if (isGold == gold && !placed) {
                    replaced.add(asset(value));
                    placed = true;
                } else {
                    replaced.add(asset);
                }
            }
            if (!placed) {
                replaced.add(asset(value));
            }
            return replaced;
        }

        private ReserveAsset asset(Quantity value) {
            if (gold) {
                return new ReserveAsset.GoldAmount(value.span(), value);
            }
            boolean share = value.unit()
                    .map(u -> u.unit() == Unit.PERCENT || u.unit() == Unit.BASIS_POINT)
                    .orElse(false);
            return share
                    ? new ReserveAsset.CashShare(value.span(), value)
                    : new ReserveAsset.CashAmount(value.span(), value);
        }
    }

    /** The drift or volatility of a GBM, Student-t, jump-diffusion or GARCH gold model. */
    private static final class ModelTarget extends SweepTarget {
        private final boolean drift;

        ModelTarget(boolean drift) {
            this.drift = drift;
        }

        @Override
        Substituted put(ScenarioNode scenario, Quantity value, SourceSpan where) {
            Optional<ScenarioNode> replaced = replaceInGold(
                    scenario,
                    statement -> statement instanceof GoldModelNode model
                            ? model(model, value).map(GoldStatement.class::cast)
                            : Optional.empty());
            return new Substituted(
                    replaced.orElse(scenario),
                    replaced.isPresent()
                            ? Optional.empty()
                            : Optional.of("the scenario's gold model has no single " + (drift ? "drift" : "vol")));
        }

        private Optional<GoldModelNode> model(GoldModelNode model, Quantity value) {
            if (model instanceof GbmModel m) {
                return Optional.of(
                        drift
                                ? new GbmModel(m.span(), value, m.volatility())
                                : new GbmModel(m.span(), m.drift(), value));
            } else if (model instanceof StudentTModel m) {
                return Optional.of(
                        drift
                                ? new StudentTModel(m.span(), value, m.volatility(), m.degreesOfFreedom())
                                : new StudentTModel(m.span(), m.drift(), value, m.degreesOfFreedom()));
            } else if (model instanceof JumpDiffusionModel m) {
                return Optional.of(new JumpDiffusionModel(
                        m.span(),
                        drift ? value : m.drift(),
                        drift ? m.volatility() : value,
                        m.jumpsPerYear(),
                        m.jumpMean(),
                        m.jumpDispersion()));
            } else if (model instanceof GarchModel m) {
                return Optional.of(new GarchModel(
                        m.span(),
                        drift ? value : m.drift(),
                        drift ? m.volatility() : value,
                        m.alpha(),
                        m.beta(),
                        m.degreesOfFreedom()));
            }
            return Optional.empty();
        }
    }

    /** The size of a named drop or rise: {@code sweep shock "April crash" in 10%, 13%}. */
    private static final class ShockSize extends SweepTarget {
        private final String name;

        ShockSize(String name) {
            this.name = name;
        }

        @Override
        Substituted put(ScenarioNode scenario, Quantity value, SourceSpan where) {
            Optional<ScenarioNode> replaced = replaceInGold(scenario, statement -> {
                if (statement instanceof ShockStatement shock
                        && shock.name().value().equals(name)
                        && shock.effect() instanceof ShockEffect.Move move) {
                    return Optional.of(new ShockStatement(
                            shock.span(),
                            shock.name(),
                            new ShockEffect.Move(
                                    move.span(), move.direction(), value, move.duration(), move.firstDay())));
                }
                return Optional.empty();
            });
            if (replaced.isPresent()) {
                return new Substituted(replaced.get(), Optional.empty());
            }
            List<String> moves = new ArrayList<>();
            for (ScenarioStatement statement : scenario.statements()) {
                if (statement instanceof GoldBlock gold) {
                    gold.statements().stream()
                            .filter(s ->
                                    s instanceof ShockStatement shock && shock.effect() instanceof ShockEffect.Move)
                            .map(s -> ((ShockStatement) s).name().value())
                            .filter(n -> !n.isEmpty())
                            .forEach(moves::add);
                }
            }
            String hint = Suggestions.closest(name, moves)
                    .map(m -> "; did you mean \"" + m + "\"?")
                    .orElse(
                            moves.isEmpty()
                                    ? ""
                                    : "; its drop and rise shocks are: \"" + String.join("\", \"", moves) + "\"");
            return new Substituted(
                    scenario, Optional.of("the scenario has no drop or rise shock named \"" + name + "\"" + hint));
        }
    }

    /** The scenario with each gold statement {@code change} replaces, replaced; empty if it replaced none. */
    private static Optional<ScenarioNode> replaceInGold(
            ScenarioNode scenario, Function<GoldStatement, Optional<GoldStatement>> change) {
        List<ScenarioStatement> statements = new ArrayList<>();
        boolean replaced = false;
        for (ScenarioStatement statement : scenario.statements()) {
            if (statement instanceof GoldBlock gold) {
                List<GoldStatement> inner = new ArrayList<>();
                for (GoldStatement goldStatement : gold.statements()) {
                    Optional<GoldStatement> changed = change.apply(goldStatement);
                    replaced |= changed.isPresent();
                    inner.add(changed.orElse(goldStatement));
                }
                statements.add(new GoldBlock(gold.span(), inner));
            } else {
                statements.add(statement);
            }
        }
        return replaced
                ? Optional.of(new ScenarioNode(scenario.span(), scenario.name(), statements))
                : Optional.empty();
    }
}
