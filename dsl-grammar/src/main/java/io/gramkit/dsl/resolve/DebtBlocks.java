package io.gramkit.dsl.resolve;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.dsl.ast.DebtBlock;
import io.gramkit.dsl.ast.DebtStatement;
import io.gramkit.dsl.ast.Quantity;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.dsl.diagnostic.Quote;
import io.gramkit.model.debt.AuctionDepth;
import io.gramkit.model.debt.Borrowing;
import io.gramkit.model.debt.DebtLevels;
import io.gramkit.model.debt.DebtSystem;
import io.gramkit.model.debt.HolderAction;
import io.gramkit.model.debt.Oracle;
import io.gramkit.model.debt.VaultGroup;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves {@code debt { ... }} into the model's {@link DebtSystem}: every value in its unit and
 * range, settings that contradict each other reported at the later one, vault files read. Empty
 * when anything was reported.
 */
final class DebtBlocks {
    /** A liquidation ratio below 100% would leave debt uncovered at the price that liquidates it. */
    private static final Range AT_LEAST_ONE = new Range(1, true, Double.POSITIVE_INFINITY, false);

    private static final Range LAG_DAYS = new Range(0, true, 365, true);

    private final Quantities quantities;
    private final Statements find;
    private final Diagnostics diagnostics;
    private final Path baseDirectory;

    DebtBlocks(Quantities quantities, Statements find, Diagnostics diagnostics, Path baseDirectory) {
        this.quantities = quantities;
        this.find = find;
        this.diagnostics = diagnostics;
        this.baseDirectory = baseDirectory;
    }

    Optional<DebtSystem> resolve(DebtBlock block) {
        List<DebtStatement> statements = block.statements();
        long before = errors();
        String currency = block.currency().map(t -> t.value()).orElse("USD");

        Optional<DebtStatement.Value> ratioLine = value(statements, DebtStatement.Word.LIQUIDATION_RATIO);
        find.required(ratioLine, block, "the debt block", "liquidation ratio", "liquidation ratio 125%");
        double ratio = ratioLine
                .flatMap(v -> quantities.number(v.value(), "liquidation ratio", Dimension.FRACTION, AT_LEAST_ONE))
                .orElse(Double.NaN);
        double fee = valueOr(statements, DebtStatement.Word.STABILITY_FEE, Dimension.FRACTION, Range.SHARE, 0.0);
        double penalty =
                valueOr(statements, DebtStatement.Word.LIQUIDATION_PENALTY, Dimension.FRACTION, Range.SHARE, 0.0);
        double dust = valueOr(statements, DebtStatement.Word.DUST, Dimension.MONEY, Range.NON_NEGATIVE, 0.0);
        double surplus =
                valueOr(statements, DebtStatement.Word.SURPLUS_BUFFER, Dimension.MONEY, Range.NON_NEGATIVE, 0.0);

        List<VaultGroup> vaults = new ArrayList<>();
        for (DebtStatement statement : statements) {
            if (statement instanceof DebtStatement.Vaults line) {
                vaults.addAll(groups(line, ratio, dust));
            } else if (statement instanceof DebtStatement.VaultFile file) {
                vaults.addAll(new VaultFiles(baseDirectory, diagnostics).read(file.file(), ratio, dust));
            }
        }
        boolean anyVaults = statements.stream()
                .anyMatch(s -> s instanceof DebtStatement.Vaults || s instanceof DebtStatement.VaultFile);
        if (!anyVaults) {
            find.required(
                    Optional.empty(), block, "the debt block", "vaults", "vaults 400 at 150% owing 10,000 USD each");
        }
        double initialDebt = vaults.stream().mapToDouble(VaultGroup::debt).sum();
        double ceiling =
                valueOr(statements, DebtStatement.Word.DEBT_CEILING, Dimension.MONEY, Range.NON_NEGATIVE, initialDebt);

        Oracle oracle = find.single(statements, DebtStatement.Oracle.class, "'oracle'")
                .flatMap(this::oracle)
                .orElse(new Oracle(block.span(), Oracle.Source.GOLD, 0.0));
        Optional<AuctionDepth> depth = find.single(statements, DebtStatement.Depth.class, "'auction depth'")
                .flatMap(this::depth);
        Optional<HolderAction> holders = find.single(statements, DebtStatement.Holders.class, "'holders'")
                .flatMap(h -> holders(h, ratio));
        Optional<Borrowing> borrowing = find.single(statements, DebtStatement.NewDebt.class, "'new debt'")
                .flatMap(n -> borrowing(n, ratio));
        DebtLevels levels = levels(statements);

        if (errors() > before || vaults.isEmpty()) {
            return Optional.empty();
        }
        try {
            DebtSystem system = new DebtSystem(
                    block.span(),
                    currency,
                    vaults,
                    fee,
                    ratio,
                    penalty,
                    ceiling,
                    dust,
                    oracle,
                    depth,
                    surplus,
                    holders,
                    borrowing,
                    levels);
            return Optional.of(system);
        } catch (IllegalArgumentException e) {
            diagnostics.report(GramCode.MODEL_CHECK_FAILED.at(block.span(), e.getMessage()));
            return Optional.empty();
        }
    }

    private long errors() {
        return diagnostics.sorted().stream()
                .filter(io.gramkit.diagnostic.Diagnostic::isError)
                .count();
    }

    private Optional<DebtStatement.Value> value(List<DebtStatement> statements, DebtStatement.Word word) {
        return find.single(statements, DebtStatement.Value.class, v -> v.word() == word, Quote.of(word.words()));
    }

    private double valueOr(
            List<DebtStatement> statements,
            DebtStatement.Word word,
            Dimension dimension,
            Range range,
            double fallback) {
        Optional<DebtStatement.Value> line = value(statements, word);
        if (line.isEmpty()) {
            return fallback;
        }
        return quantities
                .number(line.get().value(), word.words(), dimension, range)
                .orElse(Double.NaN);
    }

    /** One group, or as many as bands with ratios spread evenly from the first to the last. */
    private List<VaultGroup> groups(DebtStatement.Vaults line, double liquidationRatio, double dust) {
        Optional<Integer> count = quantities.count(line.count(), "vaults");
        Optional<BigDecimal> low = quantities.measure(line.ratio(), "collateral ratio", Dimension.FRACTION);
        Optional<Double> debt = quantities.number(line.debt(), "debt per vault", Dimension.MONEY, Range.POSITIVE);
        Optional<BigDecimal> high =
                line.upper().flatMap(u -> quantities.measure(u, "collateral ratio", Dimension.FRACTION));
        Optional<Integer> bands = line.bands().flatMap(b -> quantities.count(b, "bands"));
        if (count.isEmpty()
                || low.isEmpty()
                || debt.isEmpty()
                || (line.upper().isPresent() && (high.isEmpty() || bands.isEmpty()))) {
            return List.of();
        }
        if (debt.get() < dust) {
            diagnostics.report(GramCode.CONTRADICTORY_LEVELS.at(
                    line.debt().span(),
                    "debt per vault " + shown(line.debt())
                            + " is below the dust limit; a vault must owe at least the dust"));
            return List.of();
        }
        int n = bands.orElse(1);
        if (line.upper().isPresent()) {
            if (high.get().compareTo(low.get()) <= 0 || n < 2 || n > count.get()) {
                diagnostics.report(GramCode.CONTRADICTORY_LEVELS.at(
                        line.upper().get().span(),
                        "a spread of ratios needs the last above the first and from 2 bands up to one band a vault"));
                return List.of();
            }
        }
        List<VaultGroup> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BigDecimal ratio = n == 1
                    ? low.get()
                    : low.get()
                            .add(high.get()
                                    .subtract(low.get())
                                    .multiply(BigDecimal.valueOf(i))
                                    .divide(BigDecimal.valueOf(n - 1L), new MathContext(40, RoundingMode.HALF_EVEN)));
            double value = Double.parseDouble(ratio.toString());
            if (value <= liquidationRatio) {
                diagnostics.report(GramCode.CONTRADICTORY_LEVELS.at(
                        line.ratio().span(),
                        "vaults open at "
                                + ratio.movePointRight(2).stripTrailingZeros().toPlainString()
                                + "%, at or below the liquidation ratio; they would be liquidated on day 1"));
                return List.of();
            }
            long inBand = (long) count.get() / n + (i < count.get() % n ? 1 : 0);
            groups.add(new VaultGroup(line.span(), inBand, value, debt.get()));
        }
        return groups;
    }

    private Optional<Oracle> oracle(DebtStatement.Oracle line) {
        Oracle.Source source = line.market() ? Oracle.Source.MARKET : Oracle.Source.GOLD;
        if (line.lag().isPresent()) {
            return quantities
                    .number(line.lag().get(), "oracle lag", Dimension.DURATION, LAG_DAYS)
                    .map(days -> new Oracle(line.span(), source, days));
        }
        if (line.hours().isPresent()) {
            return quantities.exact(line.hours().get()).flatMap(hours -> {
                double days = Double.parseDouble(
                        hours.divide(BigDecimal.valueOf(24), new MathContext(40, RoundingMode.HALF_EVEN))
                                .toString());
                if (!LAG_DAYS.contains(days)) {
                    diagnostics.report(GramCode.OUT_OF_RANGE.at(
                            line.hours().get().span(),
                            "oracle lag of " + hours + " hours is out of range; it must be" + " from 0 to 8760 hours"));
                    return Optional.empty();
                }
                return Optional.of(new Oracle(line.span(), source, days));
            });
        }
        return Optional.of(new Oracle(line.span(), source, 0.0));
    }

    private Optional<AuctionDepth> depth(DebtStatement.Depth line) {
        Optional<BigDecimal> tokens = quantities.measure(line.tokens(), "auction depth", Dimension.MASS);
        Optional<BigDecimal> move = quantities.measure(line.move(), "price move", Dimension.FRACTION);
        if (tokens.isEmpty() || move.isEmpty()) {
            return Optional.empty();
        }
        if (tokens.get().signum() < 0 || move.get().signum() <= 0) {
            diagnostics.report(GramCode.OUT_OF_RANGE.at(
                    line.span(), "auction depth needs zero or more grams of tokens per a price move above 0%"));
            return Optional.empty();
        }
        // tokens (grams) per 1% move, exactly, then rounded once
        BigDecimal perPercent = tokens.get()
                .multiply(new BigDecimal("0.01"))
                .divide(move.get(), new MathContext(40, RoundingMode.HALF_EVEN));
        return Optional.of(new AuctionDepth(line.span(), Double.parseDouble(perPercent.toString())));
    }

    private Optional<HolderAction> holders(DebtStatement.Holders line, double liquidationRatio) {
        Optional<Double> alert = quantities.number(line.alert(), "alert ratio", Dimension.FRACTION, Range.POSITIVE);
        Optional<Double> target = quantities.number(line.target(), "target ratio", Dimension.FRACTION, Range.POSITIVE);
        Optional<Double> share = quantities.number(line.share(), "holder share", Dimension.FRACTION, Range.SHARE);
        if (alert.isEmpty() || target.isEmpty() || share.isEmpty()) {
            return Optional.empty();
        }
        if (alert.get() <= liquidationRatio) {
            return contradiction(
                    line.alert(),
                    "holders act at " + shown(line.alert()) + ", which must be above the liquidation ratio");
        }
        if (!(target.get() > alert.get())) {
            return contradiction(
                    line.target(),
                    "holders restore " + shown(line.target()) + ", which must be above the ratio they act at, "
                            + shown(line.alert()));
        }
        return Optional.of(new HolderAction(
                line.span(),
                alert.get(),
                target.get(),
                share.get(),
                line.repay() ? HolderAction.Kind.REPAY : HolderAction.Kind.ADD_COLLATERAL));
    }

    private Optional<Borrowing> borrowing(DebtStatement.NewDebt line, double liquidationRatio) {
        Optional<Double> share = quantities.number(line.share(), "new debt", Dimension.FRACTION, Range.SHARE);
        Optional<Double> ratio = quantities.number(line.ratio(), "opening ratio", Dimension.FRACTION, Range.POSITIVE);
        if (share.isEmpty() || ratio.isEmpty()) {
            return Optional.empty();
        }
        if (ratio.get() <= liquidationRatio) {
            return contradiction(
                    line.ratio(),
                    "new debt opens at " + shown(line.ratio()) + ", which must be above the liquidation ratio");
        }
        return Optional.of(new Borrowing(line.span(), share.get(), ratio.get()));
    }

    private DebtLevels levels(List<DebtStatement> statements) {
        DebtLevels levels = DebtLevels.NONE;
        Optional<DebtStatement.RaiseFee> raise =
                find.single(statements, DebtStatement.RaiseFee.class, "'raise stability fee'");
        if (raise.isPresent()) {
            DebtStatement.RaiseFee r = raise.get();
            Optional<Double> fee = quantities.number(r.fee(), "raised stability fee", Dimension.FRACTION, Range.SHARE);
            Optional<Double> stress = quantities.number(r.stress(), "stress ratio", Dimension.FRACTION, Range.POSITIVE);
            Optional<Double> calm = quantities.number(r.calm(), "calm ratio", Dimension.FRACTION, Range.POSITIVE);
            if (fee.isPresent() && stress.isPresent() && calm.isPresent()) {
                if (calm.get() < stress.get()) {
                    contradiction(
                            r.calm(),
                            "the fee is restored at " + shown(r.calm())
                                    + ", which must be at least the ratio it is raised below, " + shown(r.stress()));
                } else {
                    levels = levels.withStabilityFee(
                            new DebtLevels.StabilityFee(r.span(), stress.get(), calm.get(), fee.get()));
                }
            }
        }
        Optional<DebtStatement.LowerCeiling> lower =
                find.single(statements, DebtStatement.LowerCeiling.class, "'lower debt ceiling'");
        if (lower.isPresent()) {
            DebtStatement.LowerCeiling l = lower.get();
            Optional<Double> ceiling =
                    quantities.number(l.ceiling(), "lowered debt ceiling", Dimension.MONEY, Range.NON_NEGATIVE);
            Optional<Double> floor = quantities.number(l.floor(), "surplus floor", Dimension.FRACTION, Range.SHARE);
            if (ceiling.isPresent() && floor.isPresent()) {
                levels = levels.withDebtCeiling(new DebtLevels.DebtCeiling(l.span(), floor.get(), ceiling.get()));
            }
        }
        Optional<DebtStatement.TightenRatio> tighten =
                find.single(statements, DebtStatement.TightenRatio.class, "'tighten liquidation ratio'");
        if (tighten.isPresent()) {
            DebtStatement.TightenRatio t = tighten.get();
            Optional<Double> ratio =
                    quantities.number(t.ratio(), "tightened liquidation ratio", Dimension.FRACTION, AT_LEAST_ONE);
            Optional<Double> fall = quantities.number(t.fall(), "tripping fall", Dimension.FRACTION, Range.SHARE);
            Optional<Integer> window = quantities.days(t.window(), "window");
            Optional<Double> calm = quantities.number(t.calm(), "calm fall", Dimension.FRACTION, Range.SHARE);
            if (ratio.isPresent() && fall.isPresent() && window.isPresent() && calm.isPresent()) {
                if (!(calm.get() < fall.get())) {
                    contradiction(
                            t.calm(),
                            "the ratio is restored once the fall is under " + shown(t.calm())
                                    + ", which must be below the fall that tightens it, " + shown(t.fall()));
                } else {
                    levels = levels.withLiquidationRatio(new DebtLevels.LiquidationRatio(
                            t.span(), fall.get(), window.get(), calm.get(), ratio.get()));
                }
            }
        }
        Optional<DebtStatement.PauseNewDebt> pause =
                find.single(statements, DebtStatement.PauseNewDebt.class, "'pause new debt'");
        if (pause.isPresent()) {
            DebtStatement.PauseNewDebt p = pause.get();
            Optional<Double> below = quantities.number(p.pause(), "pause ratio", Dimension.FRACTION, Range.POSITIVE);
            Optional<Double> until = quantities.number(p.resume(), "resume ratio", Dimension.FRACTION, Range.POSITIVE);
            if (below.isPresent() && until.isPresent()) {
                if (until.get() < below.get()) {
                    contradiction(
                            p.resume(),
                            "new debt resumes at " + shown(p.resume())
                                    + ", which must be at least the ratio it pauses below, " + shown(p.pause()));
                } else {
                    levels = levels.withNewDebt(new DebtLevels.NewDebt(p.span(), below.get(), until.get()));
                }
            }
        }
        Optional<DebtStatement.Shutdown> shut = find.single(statements, DebtStatement.Shutdown.class, "'shut down'");
        if (shut.isPresent()) {
            Optional<Double> limit = quantities.number(
                    shut.get().limit(), "uncovered bad debt limit", Dimension.MONEY, Range.NON_NEGATIVE);
            if (limit.isPresent()) {
                levels = levels.withShutdown(new DebtLevels.Shutdown(shut.get().span(), limit.get()));
            }
        }
        return levels;
    }

    private <T> Optional<T> contradiction(Quantity at, String message) {
        diagnostics.report(GramCode.CONTRADICTORY_LEVELS.at(at.span(), message));
        return Optional.empty();
    }

    private static String shown(Quantity quantity) {
        return Quote.of(Quantities.written(quantity.span()));
    }
}
