package io.gramkit.dsl.ast;

import io.gramkit.diagnostic.SourceSpan;
import java.util.List;
import java.util.Locale;

/**
 * The canonical printed form of a syntax tree, for golden files and debugging: an indented
 * s-expression, one statement a line, each statement's head tagged with {@code @line:column}.
 * <pre>
 * (scenario@1:1 "Taper"
 *   (horizon@2:3 365 days)
 *   (gold@3:3
 *     (spot@4:5 75 USD/g)))
 * </pre>
 */
public final class AstPrinter {
    private final StringBuilder out = new StringBuilder();

    private AstPrinter() {}

    public static String print(ScenarioNode scenario) {
        AstPrinter printer = new AstPrinter();
        printer.scenario(scenario);
        return printer.out.append('\n').toString();
    }

    private void scenario(ScenarioNode node) {
        out.append('(').append(head("scenario", node.span())).append(' ').append(text(node.name()));
        for (ScenarioStatement statement : node.statements()) {
            newline(1);
            scenarioStatement(statement);
        }
        out.append(')');
    }

    private void scenarioStatement(ScenarioStatement statement) {
        if (statement instanceof Setting setting) {
            out.append(setting(setting));
        } else if (statement instanceof Description description) {
            out.append('(')
                    .append(head("description", description.span()))
                    .append(' ')
                    .append(text(description.text()))
                    .append(')');
        } else if (statement instanceof RuleImport rules) {
            out.append('(')
                    .append(head("rules", rules.span()))
                    .append(' ')
                    .append(text(rules.path()))
                    .append(')');
        } else if (statement instanceof GoldBlock gold) {
            block(
                    "gold",
                    gold.span(),
                    gold.statements().stream().map(this::goldStatement).toList(),
                    1);
        } else if (statement instanceof TokenBlock token) {
            block(
                    "token",
                    token.span(),
                    token.statements().stream().map(this::tokenStatement).toList(),
                    1);
        } else if (statement instanceof BehaviourBlock behaviour) {
            block(
                    "behaviour",
                    behaviour.span(),
                    behaviour.statements().stream()
                            .map(this::behaviourStatement)
                            .toList(),
                    1);
        } else if (statement instanceof PolicyBlock policy) {
            block(
                    "policy-" + policy.kind().word().replace(' ', '-'),
                    policy.span(),
                    policy.statements().stream().map(this::policyStatement).toList(),
                    1);
        } else if (statement instanceof StartDate start) {
            out.append('(')
                    .append(head("start", start.span()))
                    .append(' ')
                    .append(start.date().text())
                    .append(')');
        } else if (statement instanceof ReportBlock report) {
            block(
                    "report",
                    report.span(),
                    report.statements().stream()
                            .map(AstPrinter::reportStatement)
                            .toList(),
                    1);
        } else if (statement instanceof Import anImport) {
            out.append('(').append(head("import", anImport.span()));
            anImport.kinds().forEach(kind -> out.append(' ').append(kind.word()));
            out.append(' ').append(text(anImport.path())).append(')');
        } else if (statement instanceof DebtBlock debt) {
            block(
                    "debt" + debt.currency().map(c -> " " + text(c)).orElse(""),
                    debt.span(),
                    debt.statements().stream().map(AstPrinter::debtStatement).toList(),
                    1);
        } else if (statement instanceof MarketBlock market) {
            block(
                    "market",
                    market.span(),
                    market.statements().stream()
                            .map(AstPrinter::marketStatement)
                            .toList(),
                    1);
        } else if (statement instanceof Sweep sweep) {
            out.append('(').append(head("sweep", sweep.span())).append(' ').append(text(sweep.setting()));
            sweep.values()
                    .forEach(value -> out.append(" (").append(quantity(value)).append(')'));
            out.append(')');
        }
    }

    private static String marketStatement(MarketStatement statement) {
        if (statement instanceof Setting setting) {
            return setting(setting);
        } else if (statement instanceof MarketStatement.Pool p) {
            return "(" + head("pool", p.span()) + " " + text(p.name()) + " depth (" + quantity(p.tokens()) + ") share ("
                    + quantity(p.share()) + "))";
        } else if (statement instanceof MarketStatement.OrderBook b) {
            return "(" + head("order-book", b.span()) + " " + text(b.name()) + " depth (" + quantity(b.depth())
                    + ") per (" + quantity(b.move()) + ") resilience (" + quantity(b.resilience()) + ") share ("
                    + quantity(b.share()) + "))";
        } else if (statement instanceof MarketStatement.Wave w) {
            return "(" + head("wave", w.span()) + " " + text(w.name()) + " (" + quantity(w.share()) + ") over ("
                    + quantity(w.days()) + ") from day " + w.day().text() + ")";
        } else if (statement instanceof MarketStatement.Sale s) {
            return "(" + head("sell", s.span()) + " (" + quantity(s.tokens()) + ") in " + text(s.venue()) + " at day "
                    + s.day().text() + ")";
        }
        MarketStatement.Freeze f = (MarketStatement.Freeze) statement;
        return "(" + head("freeze", f.span()) + " " + text(f.name()) + " (" + quantity(f.share()) + ") from day "
                + f.from().text() + " until day " + f.until().text() + ")";
    }

    private static String debtStatement(DebtStatement statement) {
        if (statement instanceof DebtStatement.Vaults v) {
            return "(" + head("vaults", v.span()) + " (" + quantity(v.count()) + ") at ("
                    + quantity(v.ratio()) + ")"
                    + v.upper().map(u -> " to (" + quantity(u) + ")").orElse("")
                    + v.bands().map(b -> " in (" + quantity(b) + ") bands").orElse("")
                    + " owing (" + quantity(v.debt()) + "))";
        }
        if (statement instanceof DebtStatement.VaultFile f) {
            return "(" + head("vaults-from", f.span()) + " " + text(f.file()) + ")";
        }
        if (statement instanceof DebtStatement.Value v) {
            return "(" + head(v.word().words().replace(' ', '-'), v.span()) + " " + quantity(v.value()) + ")";
        }
        if (statement instanceof DebtStatement.Oracle o) {
            return "(" + head("oracle", o.span()) + (o.market() ? " market" : " gold")
                    + o.lag().map(l -> " lag (" + quantity(l) + ")").orElse("")
                    + o.hours().map(h -> " lag " + h.text() + " hours").orElse("") + ")";
        }
        if (statement instanceof DebtStatement.Depth d) {
            return "(" + head("auction-depth", d.span()) + " (" + quantity(d.tokens()) + ") per (" + quantity(d.move())
                    + "))";
        }
        if (statement instanceof DebtStatement.Holders h) {
            return "(" + head("holders", h.span()) + (h.repay() ? " repay" : " add-collateral")
                    + " at (" + quantity(h.alert()) + ") to (" + quantity(h.target()) + ") (" + quantity(h.share())
                    + ") per day)";
        }
        if (statement instanceof DebtStatement.NewDebt n) {
            return "(" + head("new-debt", n.span()) + " (" + quantity(n.share()) + ") per day at ("
                    + quantity(n.ratio()) + "))";
        }
        if (statement instanceof DebtStatement.RaiseFee r) {
            return "(" + head("raise-stability-fee", r.span()) + " to (" + quantity(r.fee()) + ") below ("
                    + quantity(r.stress()) + ") until (" + quantity(r.calm()) + "))";
        }
        if (statement instanceof DebtStatement.LowerCeiling l) {
            return "(" + head("lower-debt-ceiling", l.span()) + " to (" + quantity(l.ceiling()) + ") below ("
                    + quantity(l.floor()) + ") surplus)";
        }
        if (statement instanceof DebtStatement.TightenRatio t) {
            return "(" + head("tighten-liquidation-ratio", t.span()) + " to ("
                    + quantity(t.ratio()) + ") after oracle falls (" + quantity(t.fall()) + ") over ("
                    + quantity(t.window())
                    + ") until (" + quantity(t.calm()) + "))";
        }
        if (statement instanceof DebtStatement.PauseNewDebt p) {
            return "(" + head("pause-new-debt", p.span()) + " below (" + quantity(p.pause()) + ") until ("
                    + quantity(p.resume()) + "))";
        }
        if (statement instanceof DebtStatement.Shutdown x) {
            return "(" + head("shut-down", x.span()) + " above (" + quantity(x.limit()) + ") uncovered bad debt)";
        }
        throw new IllegalArgumentException("a debt statement the printer does not know: " + statement);
    }

    private static String reportStatement(ReportStatement statement) {
        if (statement instanceof ReportStatement.Quantiles quantiles) {
            StringBuilder line = new StringBuilder("(").append(head("quantiles", quantiles.span()));
            quantiles
                    .levels()
                    .forEach(level -> line.append(" (").append(quantity(level)).append(')'));
            return line.append(')').toString();
        } else if (statement instanceof ReportStatement.Probability probability) {
            return "(" + head("probability", probability.span()) + " " + condition(probability.condition()) + ")";
        }
        ReportStatement.Days days = (ReportStatement.Days) statement;
        return "(" + head("days", days.span()) + " " + condition(days.condition()) + ")";
    }

    private static String condition(ConditionNode condition) {
        if (condition instanceof ConditionNode.Comparison c) {
            return "(" + c.operator() + " " + expression(c.left()) + " " + expression(c.right()) + ")";
        } else if (condition instanceof ConditionNode.Both both) {
            return "(and " + condition(both.left()) + " " + condition(both.right()) + ")";
        }
        ConditionNode.Either either = (ConditionNode.Either) condition;
        return "(or " + condition(either.left()) + " " + condition(either.right()) + ")";
    }

    private static String expression(ExpressionNode expression) {
        if (expression instanceof ExpressionNode.Literal literal) {
            return "(" + quantity(literal.quantity()) + ")";
        } else if (expression instanceof ExpressionNode.Observed observed) {
            String word = observed.name().words().replace(' ', '-')
                    + observed.window().map(w -> " (" + quantity(w) + ")").orElse("");
            return observed.seen() ? "(seen " + word + ")" : word;
        }
        ExpressionNode.Arithmetic arithmetic = (ExpressionNode.Arithmetic) expression;
        return "(" + arithmetic.operator() + " " + expression(arithmetic.left()) + " " + expression(arithmetic.right())
                + ")";
    }

    private static String action(ActionNode action) {
        if (action instanceof ActionNode.Fee fee) {
            return "(fee " + quantity(fee.fee()) + ")";
        } else if (action instanceof ActionNode.DailyLimit limit) {
            return "(daily-limit " + quantity(limit.limit()) + ")";
        }
        ActionNode.Switch change = (ActionNode.Switch) action;
        return "(" + (change.on() ? "resume " : "halt ") + change.lever().name().toLowerCase(Locale.ROOT) + ")";
    }

    private String goldStatement(GoldStatement statement) {
        if (statement instanceof Setting setting) {
            return setting(setting);
        } else if (statement instanceof GbmModel gbm) {
            return "(" + head("model-gbm", gbm.span()) + " (drift " + quantity(gbm.drift()) + ") (vol "
                    + quantity(gbm.volatility()) + "))";
        } else if (statement instanceof StudentTModel t) {
            return "(" + head("model-student-t", t.span()) + " (drift " + quantity(t.drift()) + ") (vol "
                    + quantity(t.volatility()) + ") (df " + quantity(t.degreesOfFreedom()) + "))";
        } else if (statement instanceof JumpDiffusionModel j) {
            return "(" + head("model-jump-diffusion", j.span()) + " (drift " + quantity(j.drift()) + ") (vol "
                    + quantity(j.volatility()) + ") (jumps-per-year " + quantity(j.jumpsPerYear()) + ") (mean "
                    + quantity(j.jumpMean()) + ") (dispersion " + quantity(j.jumpDispersion()) + "))";
        } else if (statement instanceof GarchModel g) {
            return "(" + head("model-garch", g.span()) + " (drift " + quantity(g.drift()) + ") (vol "
                    + quantity(g.volatility()) + ") (alpha " + quantity(g.alpha()) + ") (beta " + quantity(g.beta())
                    + ")"
                    + g.degreesOfFreedom()
                            .map(df -> " (df " + quantity(df) + ")")
                            .orElse("") + ")";
        } else if (statement instanceof RegimeSwitchingModel r) {
            return "(" + head("model-regime-switching", r.span()) + " (calm (drift " + quantity(r.calmDrift())
                    + ") (vol " + quantity(r.calmVolatility()) + ")) (stressed (drift " + quantity(r.stressedDrift())
                    + ") (vol " + quantity(r.stressedVolatility()) + ")) (calm-to-stressed "
                    + quantity(r.calmToStressed())
                    + ") (stressed-to-calm " + quantity(r.stressedToCalm()) + "))";
        } else if (statement instanceof BootstrapModel b) {
            return "(" + head("model-bootstrap", b.span()) + " " + text(b.file())
                    + b.from().map(d -> " (from " + d.text() + ")").orElse("")
                    + b.to().map(d -> " (to " + d.text() + ")").orElse("")
                    + " (mean-block " + quantity(b.meanBlock()) + "))";
        } else if (statement instanceof ShockStatement shock) {
            return "(" + head("shock", shock.span()) + " " + text(shock.name()) + " " + shockEffect(shock.effect())
                    + ")";
        }
        throw new IllegalStateException("unprinted gold statement " + statement);
    }

    private static String shockEffect(ShockEffect effect) {
        if (effect instanceof ShockEffect.Move move) {
            return "(" + move.direction().name().toLowerCase(Locale.ROOT) + " " + quantity(move.size())
                    + move.duration().map(d -> " (over " + quantity(d) + ")").orElse("")
                    + " (at-day " + move.firstDay().text() + "))";
        } else if (effect instanceof ShockEffect.Volatility volatility) {
            return "(volatility x" + volatility.multiplier().text() + " (from-day "
                    + volatility.firstDay().text() + ") (for " + quantity(volatility.duration()) + "))";
        } else if (effect instanceof ShockEffect.Closure closure) {
            return "(closed (from-day " + closure.firstDay().text() + ") (for " + quantity(closure.duration()) + ")"
                    + closure.gap()
                            .map(g -> " (then "
                                    + closure.gapDirection()
                                            .orElseThrow()
                                            .name()
                                            .toLowerCase(Locale.ROOT) + " " + quantity(g) + ")")
                            .orElse("")
                    + ")";
        } else if (effect instanceof ShockEffect.Replay replay) {
            return "(replay " + text(replay.file()) + " (from " + replay.from().text() + ") (to "
                    + replay.to().text() + ") (at-day " + replay.firstDay().text() + "))";
        }
        throw new IllegalStateException("unprinted shock effect " + effect);
    }

    private String tokenStatement(TokenStatement statement) {
        if (statement instanceof Setting setting) {
            return setting(setting);
        } else if (statement instanceof Reserves reserves) {
            StringBuilder line = new StringBuilder("(").append(head("reserves", reserves.span()));
            for (ReserveAsset asset : reserves.assets()) {
                line.append(' ').append(reserveAsset(asset));
            }
            return line.append(')').toString();
        } else if (statement instanceof TrackFeeRevenue track) {
            return "(" + head("track-fee-revenue", track.span()) + ")";
        } else if (statement instanceof Shortfall shortfall) {
            return "(" + head("reserve-shortfall", shortfall.span()) + " " + quantity(shortfall.share()) + " (at-day "
                    + shortfall.day().text() + "))";
        }
        throw new IllegalStateException("unprinted token statement " + statement);
    }

    private static String reserveAsset(ReserveAsset asset) {
        if (asset instanceof ReserveAsset.GoldAmount gold) {
            return "(gold " + quantity(gold.amount()) + ")";
        } else if (asset instanceof ReserveAsset.CashAmount cash) {
            return "(cash " + quantity(cash.amount()) + ")";
        } else if (asset instanceof ReserveAsset.CashShare share) {
            return "(cash-share-of-liabilities " + quantity(share.share()) + ")";
        }
        throw new IllegalStateException("unprinted reserve asset " + asset);
    }

    private String behaviourStatement(BehaviourStatement statement) {
        if (statement instanceof Setting setting) {
            return setting(setting);
        } else if (statement instanceof BehaviourStatement.Redemption redemption) {
            return clauses("redemption", redemption.span(), redemption.clauses());
        } else if (statement instanceof BehaviourStatement.Minting minting) {
            return clauses("minting", minting.span(), minting.clauses());
        }
        throw new IllegalStateException("unprinted behaviour statement " + statement);
    }

    private String policyStatement(PolicyStatement statement) {
        if (statement instanceof Setting setting) {
            return setting(setting);
        } else if (statement instanceof Response response) {
            return "(" + head("when", response.span()) + " " + condition(response.condition()) + " (then "
                    + String.join(
                            " ",
                            response.actions().stream().map(AstPrinter::action).toList()) + "))";
        } else if (statement instanceof HaltWhen halt) {
            return "(" + head("halt-when", halt.span()) + " " + condition(halt.condition()) + ")";
        } else if (statement instanceof CashBand band) {
            return "(" + head("cash-band", band.span()) + " (" + quantity(band.lower()) + ") (" + quantity(band.upper())
                    + "))";
        } else if (statement instanceof BreakerPause pause) {
            return "(" + head("pause-redemptions", pause.span()) + " (for " + quantity(pause.pause()) + ") (fall "
                    + quantity(pause.fall()) + ") (over " + quantity(pause.window()) + "))";
        }
        throw new IllegalStateException("unprinted policy statement " + statement);
    }

    private static String clauses(String name, SourceSpan span, List<Setting> clauses) {
        StringBuilder line = new StringBuilder("(").append(head(name, span));
        for (Setting clause : clauses) {
            line.append(' ').append(setting(clause));
        }
        return line.append(')').toString();
    }

    private void block(String name, SourceSpan span, List<String> lines, int depth) {
        out.append('(').append(head(name, span));
        for (String line : lines) {
            newline(depth + 1);
            out.append(line);
        }
        out.append(')');
    }

    private void newline(int depth) {
        out.append('\n').append("  ".repeat(depth));
    }

    private static String setting(Setting setting) {
        String name = setting.name().words().replace(' ', '-');
        return "(" + head(name, setting.span()) + " " + quantity(setting.value()) + ")";
    }

    private static String quantity(Quantity quantity) {
        return quantity.number().text()
                + quantity.unit().map(u -> " " + u.unit().symbol()).orElse("");
    }

    private static String head(String name, SourceSpan span) {
        return name + "@" + span.line() + ":" + span.column();
    }

    /** A string literal in the form it could be written back. */
    private static String text(Text text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.value().length(); i++) {
            char c = text.value().charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < ' ' || c == 0x7f) {
                quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
