package io.gramkit.dsl.resolve;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.dsl.ast.BootstrapModel;
import io.gramkit.dsl.ast.GarchModel;
import io.gramkit.dsl.ast.GbmModel;
import io.gramkit.dsl.ast.GoldModelNode;
import io.gramkit.dsl.ast.JumpDiffusionModel;
import io.gramkit.dsl.ast.RegimeSwitchingModel;
import io.gramkit.dsl.ast.StudentTModel;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.model.GoldModel;
import io.gramkit.model.PriceHistory;
import java.util.Arrays;
import java.util.Optional;

/** Resolves the gold block's {@code model} statement: units, ranges and, for a bootstrap, its data file. */
final class GoldModels {
    private final Quantities quantities;
    private final Diagnostics diagnostics;
    private final DataFiles data;

    GoldModels(Quantities quantities, Diagnostics diagnostics, DataFiles data) {
        this.quantities = quantities;
        this.diagnostics = diagnostics;
        this.data = data;
    }

    Optional<GoldModel> resolve(GoldModelNode node) {
        if (node instanceof GbmModel gbm) {
            Optional<Double> drift = drift(gbm.drift(), "drift");
            Optional<Double> volatility = volatility(gbm.volatility(), "vol");
            return all(drift, volatility)
                    ? Optional.of(new GoldModel.Gbm(gbm.span(), drift.get(), volatility.get()))
                    : Optional.empty();
        } else if (node instanceof StudentTModel t) {
            Optional<Double> drift = drift(t.drift(), "drift");
            Optional<Double> volatility = volatility(t.volatility(), "vol");
            Optional<Double> df = quantities.number(t.degreesOfFreedom(), "df", Dimension.PLAIN, Range.ABOVE_TWO);
            return all(drift, volatility, df)
                    ? Optional.of(new GoldModel.StudentT(t.span(), drift.get(), volatility.get(), df.get()))
                    : Optional.empty();
        } else if (node instanceof JumpDiffusionModel j) {
            Optional<Double> drift = drift(j.drift(), "drift");
            Optional<Double> volatility = volatility(j.volatility(), "vol");
            Optional<Double> jumps =
                    quantities.number(j.jumpsPerYear(), "jumps per year", Dimension.PLAIN, Range.NON_NEGATIVE);
            Optional<Double> mean = quantities.number(j.jumpMean(), "jump mean", Dimension.FRACTION, Range.ANY);
            Optional<Double> dispersion =
                    quantities.number(j.jumpDispersion(), "jump dispersion", Dimension.FRACTION, Range.NON_NEGATIVE);
            return all(drift, volatility, jumps, mean, dispersion)
                    ? Optional.of(new GoldModel.JumpDiffusion(
                            j.span(), drift.get(), volatility.get(), jumps.get(), mean.get(), dispersion.get()))
                    : Optional.empty();
        } else if (node instanceof GarchModel g) {
            return garch(g);
        } else if (node instanceof RegimeSwitchingModel r) {
            Optional<Double> calmDrift = drift(r.calmDrift(), "calm drift");
            Optional<Double> calmVolatility = volatility(r.calmVolatility(), "calm vol");
            Optional<Double> stressedDrift = drift(r.stressedDrift(), "stressed drift");
            Optional<Double> stressedVolatility = volatility(r.stressedVolatility(), "stressed vol");
            Optional<Double> toStressed =
                    quantities.number(r.calmToStressed(), "calm to stressed", Dimension.FRACTION, Range.SHARE);
            Optional<Double> toCalm =
                    quantities.number(r.stressedToCalm(), "stressed to calm", Dimension.FRACTION, Range.SHARE);
            return all(calmDrift, calmVolatility, stressedDrift, stressedVolatility, toStressed, toCalm)
                    ? Optional.of(new GoldModel.RegimeSwitching(
                            r.span(),
                            new GoldModel.Regime(calmDrift.get(), calmVolatility.get()),
                            new GoldModel.Regime(stressedDrift.get(), stressedVolatility.get()),
                            toStressed.get(),
                            toCalm.get()))
                    : Optional.empty();
        } else if (node instanceof BootstrapModel b) {
            Optional<Integer> block = quantities.days(b.meanBlock(), "mean block");
            Optional<PriceHistory> history =
                    data.history(b.file(), b.from(), b.to(), b.file().span());
            if (history.isPresent() && history.get().size() < 3) {
                diagnostics.report(GramCode.EMPTY_WINDOW.at(
                        b.file().span(),
                        "a bootstrap needs at least 3 prices" + " (2 returns); the window holds "
                                + history.get().size()));
                return Optional.empty();
            }
            return all(block, history)
                    ? Optional.of(new GoldModel.Bootstrap(b.span(), history.get(), block.get()))
                    : Optional.empty();
        }
        throw new IllegalStateException("unresolved gold model " + node);
    }

    private Optional<GoldModel> garch(GarchModel g) {
        Optional<Double> drift = drift(g.drift(), "drift");
        Optional<Double> volatility = volatility(g.volatility(), "vol");
        Optional<Double> alpha = quantities.number(g.alpha(), "alpha", Dimension.PLAIN, Range.BELOW_ONE);
        Optional<Double> beta = quantities.number(g.beta(), "beta", Dimension.PLAIN, Range.BELOW_ONE);
        Optional<Double> df = g.degreesOfFreedom()
                .map(q -> quantities.number(q, "df", Dimension.PLAIN, Range.ABOVE_TWO))
                .orElse(Optional.of(Double.POSITIVE_INFINITY));
        if (!all(drift, volatility, alpha, beta, df)) {
            return Optional.empty();
        }
        if (!(alpha.get() + beta.get() < 1)) {
            diagnostics.report(GramCode.INCONSISTENT_MODEL.at(
                    g.beta().span(),
                    "alpha + beta is "
                            + Quantities.written(g.alpha().span()) + " + "
                            + Quantities.written(g.beta().span())
                            + ", not below 1; the variance would have no long-run level"));
            return Optional.empty();
        }
        return Optional.of(
                new GoldModel.Garch(g.span(), drift.get(), volatility.get(), alpha.get(), beta.get(), df.get()));
    }

    private Optional<Double> drift(io.gramkit.dsl.ast.Quantity quantity, String what) {
        return quantities.number(quantity, what, Dimension.FRACTION, Range.ANY);
    }

    private Optional<Double> volatility(io.gramkit.dsl.ast.Quantity quantity, String what) {
        return quantities.number(quantity, what, Dimension.FRACTION, Range.NON_NEGATIVE);
    }

    private static boolean all(Optional<?>... values) {
        return Arrays.stream(values).allMatch(Optional::isPresent);
    }
}
