package io.gramkit.dsl.resolve;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.dsl.ast.BehaviourBlock;
import io.gramkit.dsl.ast.GoldBlock;
import io.gramkit.dsl.ast.MarketBlock;
import io.gramkit.dsl.ast.Node;
import io.gramkit.dsl.ast.PolicyBlock;
import io.gramkit.dsl.ast.ScenarioNode;
import io.gramkit.dsl.ast.ScenarioStatement;
import io.gramkit.dsl.ast.Setting;
import io.gramkit.dsl.ast.TokenBlock;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.dsl.diagnostic.Quote;
import io.gramkit.model.settings.SettingBlock;
import io.gramkit.model.settings.SettingDeclaration;
import io.gramkit.model.settings.SettingValues;
import io.gramkit.model.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The settings the grammar reads through the catalogue ({@link SettingDeclaration.Syntax#DECLARED}):
 * each checked against its declaration (its block, the words after its value, its measure and
 * bounds, once per block, required when its block is written) into {@link SettingValues}.
 */
final class DeclaredSettings {
    private final Quantities quantities;
    private final Statements find;
    private final Diagnostics diagnostics;

    DeclaredSettings(Quantities quantities, Statements find, Diagnostics diagnostics) {
        this.quantities = quantities;
        this.find = find;
        this.diagnostics = diagnostics;
    }

    /** The values of the scenario's declared settings, or empty if any error was reported. */
    Optional<SettingValues> resolve(ScenarioNode node) {
        SettingValues values = SettingValues.NONE;
        boolean failed = false;
        for (Block block : blocks(node)) {
            for (Node statement : block.statements()) {
                if (statement instanceof Setting setting
                        && setting.name().syntax() == SettingDeclaration.Syntax.DECLARED) {
                    failed |= !placed(setting, block.kind());
                }
            }
            for (SettingDeclaration declaration : Settings.of(block.kind())) {
                if (declaration.syntax() != SettingDeclaration.Syntax.DECLARED) {
                    continue;
                }
                Optional<Setting> setting = find.setting(block.statements(), declaration);
                if (setting.isEmpty()) {
                    if (declaration.fallback().kind() == SettingDeclaration.Default.Kind.REQUIRED) {
                        find.required(
                                setting,
                                block.node(),
                                declaration.block().described(),
                                declaration.words(),
                                declaration.example(declaration.measure().placeholder()));
                        failed = true;
                    }
                    continue;
                }
                Optional<Double> value = quantities.written(setting.get());
                failed |= value.isEmpty();
                if (value.isPresent()) {
                    values = values.with(declaration, value.get());
                }
            }
        }
        return failed ? Optional.empty() : Optional.of(values);
    }

    /** Whether a setting stands in its own block and is written with its declared words after the value. */
    private boolean placed(Setting setting, SettingBlock block) {
        SettingDeclaration declaration = setting.name();
        if (declaration.block() != block) {
            diagnostics.report(GramCode.UNEXPECTED_INPUT.at(
                    setting.span(),
                    Quote.of(declaration.words()) + " belongs in "
                            + declaration.block().described() + ", not in " + block.described()));
            return false;
        }
        if (!setting.tail().equals(declaration.tail())) {
            diagnostics.report(GramCode.UNEXPECTED_INPUT.at(
                    setting.span(), Quote.of(declaration.words()) + " is written " + Quote.of(declaration.written())));
            return false;
        }
        return true;
    }

    private record Block(SettingBlock kind, Node node, List<? extends Node> statements) {}

    private static List<Block> blocks(ScenarioNode node) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(SettingBlock.SCENARIO, node, node.statements()));
        for (ScenarioStatement statement : node.statements()) {
            if (statement instanceof GoldBlock gold) {
                blocks.add(new Block(SettingBlock.GOLD, gold, gold.statements()));
            } else if (statement instanceof TokenBlock token) {
                blocks.add(new Block(SettingBlock.TOKEN, token, token.statements()));
            } else if (statement instanceof BehaviourBlock behaviour) {
                blocks.add(new Block(SettingBlock.BEHAVIOUR, behaviour, behaviour.statements()));
            } else if (statement instanceof PolicyBlock policy) {
                blocks.add(new Block(policy.kind().settingBlock(), policy, policy.statements()));
            } else if (statement instanceof MarketBlock market) {
                blocks.add(new Block(SettingBlock.MARKET, market, market.statements()));
            }
        }
        return blocks;
    }
}
