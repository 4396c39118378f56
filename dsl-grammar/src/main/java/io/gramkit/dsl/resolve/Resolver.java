package io.gramkit.dsl.resolve;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.dsl.ast.BehaviourBlock;
import io.gramkit.dsl.ast.BehaviourStatement;
import io.gramkit.dsl.ast.DateLiteral;
import io.gramkit.dsl.ast.DebtBlock;
import io.gramkit.dsl.ast.Description;
import io.gramkit.dsl.ast.GoldBlock;
import io.gramkit.dsl.ast.GoldModelNode;
import io.gramkit.dsl.ast.GoldStatement;
import io.gramkit.dsl.ast.MarketBlock;
import io.gramkit.dsl.ast.Node;
import io.gramkit.dsl.ast.PolicyBlock;
import io.gramkit.dsl.ast.PolicyKind;
import io.gramkit.dsl.ast.PolicyStatement;
import io.gramkit.dsl.ast.ReportBlock;
import io.gramkit.dsl.ast.RuleImport;
import io.gramkit.dsl.ast.ScenarioNode;
import io.gramkit.dsl.ast.ScenarioStatement;
import io.gramkit.dsl.ast.Setting;
import io.gramkit.dsl.ast.StartDate;
import io.gramkit.dsl.ast.Text;
import io.gramkit.dsl.ast.TokenBlock;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.dsl.diagnostic.Quote;
import io.gramkit.model.Behaviour;
import io.gramkit.model.Extensions;
import io.gramkit.model.Gold;
import io.gramkit.model.GoldModel;
import io.gramkit.model.MintingPolicy;
import io.gramkit.model.RedemptionPolicy;
import io.gramkit.model.RuleSource;
import io.gramkit.model.Scenario;
import io.gramkit.model.Shock;
import io.gramkit.model.Token;
import io.gramkit.model.debt.DebtSystem;
import io.gramkit.model.market.Market;
import io.gramkit.model.policy.ReportRequest;
import io.gramkit.model.policy.Response;
import io.gramkit.model.settings.SettingDeclaration;
import io.gramkit.model.settings.SettingValues;
import io.gramkit.model.settings.Settings;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The second pass: syntax tree to {@link Scenario}. Checks what the grammar cannot (required and
 * duplicate statements, units, ranges, levels that contradict each other, rule paths), converts
 * units exactly, fills in the reference model's values where the scenario is silent, and reports
 * every problem it finds. A scenario is built only when there was no error.
 */
public final class Resolver {
    private final Path baseDirectory;
    private final Diagnostics diagnostics;
    private final Quantities quantities;
    private final Statements find;
    /** The spot in USD/g, exactly, set by the gold block: {@code cash ... of liabilities at spot} reads it. */
    private Optional<BigDecimal> spotPerGram = Optional.empty();

    private Resolver(Path baseDirectory, Diagnostics diagnostics) {
        this.baseDirectory = baseDirectory;
        this.diagnostics = diagnostics;
        this.quantities = new Quantities(diagnostics);
        this.find = new Statements(diagnostics);
    }

    /**
     * Resolves {@code scenario}, reporting problems into {@code diagnostics}.
     *
     * @param baseDirectory the folder rule paths are relative to (the scenario file's folder)
     * @return the scenario, or empty if any error was reported (warnings do not prevent it)
     */
    public static Optional<Scenario> resolve(ScenarioNode scenario, Path baseDirectory, Diagnostics diagnostics) {
        Diagnostics found = new Diagnostics();
        Optional<Scenario> resolved;
        try {
            resolved = new Resolver(baseDirectory, found).scenario(scenario);
        } catch (IllegalArgumentException e) {
            // The model's own checks caught something this pass let through: a bug, not bad input.
            found.report(GramCode.MODEL_CHECK_FAILED.at(scenario.span(), "internal check failed: " + e.getMessage()));
            resolved = Optional.empty();
        }
        diagnostics.addAll(found.sorted());
        return found.hasErrors() ? Optional.empty() : resolved;
    }

    private Optional<Scenario> scenario(ScenarioNode node) {
        List<ScenarioStatement> statements = node.statements();
        String name = nonEmpty(node.name(), "the scenario name is empty");
        String description = find.single(statements, Description.class, "'description'")
                .map(d -> d.text().value())
                .orElse("");
        Optional<Integer> horizon = find.required(
                        find.setting(statements, Settings.HORIZON), node, "the scenario", "horizon 365 days")
                .flatMap(s -> quantities.days(s.value(), "horizon"));
        Optional<Integer> paths = find.required(
                        find.setting(statements, Settings.PATHS), node, "the scenario", "paths 10,000")
                .flatMap(s -> quantities.count(s.value(), "paths"));
        Optional<Long> seed = find.required(find.setting(statements, Settings.SEED), node, "the scenario", "seed 42")
                .flatMap(s -> quantities.seed(s.value(), "seed"));
        Optional<Gold> gold = find.required(
                        find.single(statements, GoldBlock.class, "'gold' block"),
                        node,
                        "the scenario",
                        "gold { spot 75 USD/g  model gbm drift 0% vol 18% }")
                .flatMap(block -> gold(block, horizon));
        Optional<TokenBlock> tokenBlock = find.required(
                find.single(statements, TokenBlock.class, "'token' block"),
                node,
                "the scenario",
                "token { supply 1,000,000  reserves 950,000 g gold }");
        Optional<Token> token =
                tokenBlock.flatMap(block -> new Tokens(quantities, find, diagnostics).resolve(block, spotPerGram));
        Optional<Behaviour> behaviour = find.single(statements, BehaviourBlock.class, "'behaviour' block")
                .map(block -> behaviour(block.span(), block.statements()))
                .orElseGet(() -> behaviour(node.span(), List.of()));
        Optional<RedemptionPolicy> redemption = policy(statements, PolicyKind.REDEMPTION)
                .map(block -> redemption(block.span(), block.statements()))
                .orElseGet(() -> redemption(node.span(), List.of()));
        Optional<MintingPolicy> minting = policy(statements, PolicyKind.MINTING)
                .map(block -> minting(block.span(), block.statements()))
                .orElseGet(() -> minting(node.span(), List.of()));
        List<PolicyBlock> policies = statements.stream()
                .filter(PolicyBlock.class::isInstance)
                .map(PolicyBlock.class::cast)
                .toList();
        Optional<List<Response>> responses = new Responses(quantities, diagnostics).resolve(policies);
        List<RuleSource> rules = rules(statements);
        Optional<Optional<LocalDate>> start = start(statements);
        Optional<ReportRequest> report = find.single(statements, ReportBlock.class, "'report' block")
                .map(block -> new Reports(quantities, find, diagnostics).resolve(block))
                .orElseGet(() -> Optional.of(ReportRequest.none(node.span())));
        Optional<SettingValues> declared = new DeclaredSettings(quantities, find, diagnostics).resolve(node);
        Optional<Extensions> written = new ExtensionSettings(quantities, find, diagnostics)
                .resolve(tokenBlock, policies, horizon, responses, report);
        Optional<Extensions> extensions = written.flatMap(x -> declared.map(x::withSettings));
        Optional<DebtBlock> debtBlock = find.single(statements, DebtBlock.class, "'debt' block");
        Optional<DebtSystem> debt =
                debtBlock.flatMap(block -> new DebtBlocks(quantities, find, diagnostics, baseDirectory).resolve(block));

        Optional<MarketBlock> marketBlock = find.single(statements, MarketBlock.class, "'market' block");
        Optional<Market> market = Optional.empty();
        if (marketBlock.isPresent() && horizon.isPresent() && written.isPresent()) {
            // Without the declared settings (an error was reported) the statements are still checked.
            market = new MarketBlocks(quantities, diagnostics)
                    .resolve(marketBlock.get(), declared.orElse(SettingValues.NONE), written.get(), horizon.get())
                    .filter(m -> declared.isPresent());
        }

        if (!allPresent(
                        horizon,
                        paths,
                        seed,
                        gold,
                        token,
                        behaviour,
                        redemption,
                        minting,
                        responses,
                        start,
                        report,
                        extensions)
                || (debtBlock.isPresent() && debt.isEmpty())
                || (marketBlock.isPresent() && market.isEmpty())) {
            return Optional.empty();
        }
        Scenario resolved = new Scenario(
                node.span(),
                name,
                description,
                start.get(),
                horizon.get(),
                paths.get(),
                seed.get(),
                gold.get(),
                token.get(),
                behaviour.get(),
                redemption.get(),
                minting.get(),
                responses.get(),
                rules,
                report.get(),
                extensions.get());
        Scenario withDebt = debt.map(resolved::withDebt).orElse(resolved);
        return Optional.of(market.map(withDebt::withMarket).orElse(withDebt));
    }

    /** The start date, if given: a full date (day 1 is the day after it). Empty on error. */
    private Optional<Optional<LocalDate>> start(List<ScenarioStatement> statements) {
        Optional<StartDate> start = find.single(statements, StartDate.class, "'start'");
        if (start.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        DateLiteral date = start.get().date();
        try {
            return Optional.of(Optional.of(LocalDate.parse(date.text())));
        } catch (DateTimeParseException e) {
            diagnostics.report(GramCode.MALFORMED_DATE.at(
                    date.span(), "start date " + Quote.of(date.text()) + " is not a real date in the form YYYY-MM-DD"));
            return Optional.empty();
        }
    }

    // ---- gold

    private Optional<Gold> gold(GoldBlock block, Optional<Integer> horizon) {
        List<GoldStatement> statements = block.statements();
        Optional<Setting> spotSetting =
                find.required(find.setting(statements, Settings.SPOT), block, "the gold block", "spot 75 USD/g");
        Optional<BigDecimal> exactSpot =
                spotSetting.flatMap(s -> quantities.measure(s.value(), "spot", Dimension.PRICE));
        Optional<Double> spot = spotSetting.flatMap(s -> exactSpot.flatMap(
                exact -> quantities.toDouble(exact, s.value(), "spot", Dimension.PRICE, Range.POSITIVE)));
        spotPerGram = spot.isPresent() ? exactSpot : Optional.empty();
        DataFiles data = new DataFiles(baseDirectory, diagnostics);
        Optional<GoldModel> model = find.required(
                        find.single(statements, GoldModelNode.class, "'model'"),
                        block,
                        "the gold block",
                        "model gbm drift 0% vol 18%")
                .flatMap(new GoldModels(quantities, diagnostics, data)::resolve);
        Optional<List<Shock>> shocks = new Shocks(quantities, diagnostics, data).resolve(statements, horizon);
        if (!allPresent(spot, model, shocks)) {
            return Optional.empty();
        }
        return Optional.of(new Gold(block.span(), spot.get(), model.get(), shocks.get()));
    }

    // ---- behaviour and policies: every setting optional, the reference values by default

    private Optional<Behaviour> behaviour(SourceSpan span, List<BehaviourStatement> statements) {
        List<Setting> settings = new ArrayList<>();
        for (BehaviourStatement statement : statements) {
            if (statement instanceof Setting setting) {
                settings.add(setting);
            } else if (statement instanceof BehaviourStatement.Redemption redemption) {
                settings.addAll(redemption.clauses());
            } else if (statement instanceof BehaviourStatement.Minting minting) {
                settings.addAll(minting.clauses());
            }
        }
        Optional<Double> base = declared(settings, Settings.REDEMPTION_BASE);
        Optional<Double> discount = declared(settings, Settings.DISCOUNT_SENSITIVITY);
        Optional<Double> panic = declared(settings, Settings.PANIC_SENSITIVITY);
        Optional<Double> mintRate = declared(settings, Settings.MINT_RATE);
        Optional<Double> goldShare = declared(settings, Settings.MINT_GOLD_SHARE);
        Optional<Double> impact = declared(settings, Settings.MARKET_IMPACT);
        if (!allPresent(base, discount, panic, mintRate, goldShare, impact)) {
            return Optional.empty();
        }
        return Optional.of(new Behaviour(
                span, base.get(), discount.get(), panic.get(), mintRate.get(), goldShare.get(), impact.get()));
    }

    private Optional<RedemptionPolicy> redemption(SourceSpan span, List<PolicyStatement> statements) {
        Optional<Setting> feeSetting = find.setting(statements, Settings.FEE);
        Optional<Setting> raisedSetting = find.setting(statements, Settings.RAISED_FEE);
        Optional<Setting> wideSetting = find.setting(statements, Settings.WIDE_DISCOUNT);
        Optional<Setting> calmSetting = find.setting(statements, Settings.CALM_DISCOUNT);
        Optional<Double> fee = quantities.declared(feeSetting, Settings.FEE);
        Optional<Double> raised = quantities.declared(raisedSetting, Settings.RAISED_FEE);
        Optional<Double> wide = quantities.declared(wideSetting, Settings.WIDE_DISCOUNT);
        Optional<Double> calm = quantities.declared(calmSetting, Settings.CALM_DISCOUNT);
        Optional<Double> limit = declared(statements, Settings.DAILY_LIMIT);
        Levels levels = new Levels(diagnostics);
        if (allPresent(wide, calm) && !levels.ordered(calmSetting, calm.get(), wideSetting, wide.get())) {
            return Optional.empty();
        }
        if (allPresent(fee, raised)) {
            levels.warnIfNotAbove(raisedSetting, raised.get(), feeSetting, fee.get());
        }
        if (!allPresent(fee, raised, wide, calm, limit)) {
            return Optional.empty();
        }
        return Optional.of(new RedemptionPolicy(span, fee.get(), raised.get(), wide.get(), calm.get(), limit.get()));
    }

    private Optional<MintingPolicy> minting(SourceSpan span, List<PolicyStatement> statements) {
        return declared(statements, Settings.MINIMUM_COVERAGE).map(coverage -> new MintingPolicy(span, coverage));
    }

    /** A catalogue setting of {@code statements} (each allowed once), or its reference value. */
    private Optional<Double> declared(List<? extends Node> statements, SettingDeclaration declaration) {
        return quantities.declared(find.setting(statements, declaration), declaration);
    }

    private Optional<PolicyBlock> policy(List<ScenarioStatement> statements, PolicyKind kind) {
        return find.single(statements, PolicyBlock.class, p -> p.kind() == kind, "'policy " + kind.word() + "' block");
    }

    // ---- rules

    private List<RuleSource> rules(List<ScenarioStatement> statements) {
        List<RuleSource> rules = new ArrayList<>();
        Map<Path, RuleImport> seen = new HashMap<>();
        for (ScenarioStatement statement : statements) {
            if (statement instanceof RuleImport rule) {
                String written = nonEmpty(rule.path(), "the rules path is empty; name a rule file or folder");
                if (written.isEmpty()) {
                    continue;
                }
                Optional<Path> path = existingPath(rule.path());
                if (path.isPresent()) {
                    RuleImport first = seen.putIfAbsent(path.get(), rule);
                    if (first != null) {
                        diagnostics.report(GramCode.DUPLICATE.at(
                                rule.path().span(),
                                "duplicate rules " + Quote.of(written) + "; the first is "
                                        + Statements.where(first.span(), rule.span())));
                    } else {
                        rules.add(new RuleSource(rule.span(), path.get()));
                    }
                }
            }
        }
        return rules;
    }

    /** The path resolved against the scenario's folder, normalised and absolute, if it exists. */
    private Optional<Path> existingPath(Text written) {
        try {
            Path path = baseDirectory.resolve(written.value()).toAbsolutePath().normalize();
            if (Files.exists(path)) {
                return Optional.of(path);
            }
            diagnostics.report(GramCode.RULES_NOT_FOUND.at(
                    written.span(),
                    "rules " + Quote.of(written.value())
                            + " not found; paths are relative to the folder of this scenario"));
        } catch (InvalidPathException e) {
            diagnostics.report(GramCode.RULES_NOT_FOUND.at(
                    written.span(), "rules " + Quote.of(written.value()) + " is not a valid path"));
        }
        return Optional.empty();
    }

    // ---- values with defaults

    private String nonEmpty(Text text, String message) {
        if (text.value().isBlank()) {
            diagnostics.report(GramCode.EMPTY_TEXT.at(text.span(), message));
            return "";
        }
        return text.value();
    }

    private static boolean allPresent(Optional<?>... values) {
        return Arrays.stream(values).allMatch(Optional::isPresent);
    }
}
