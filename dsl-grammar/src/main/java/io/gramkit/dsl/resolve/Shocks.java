package io.gramkit.dsl.resolve;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.dsl.ast.Direction;
import io.gramkit.dsl.ast.GoldStatement;
import io.gramkit.dsl.ast.Quantity;
import io.gramkit.dsl.ast.ShockEffect;
import io.gramkit.dsl.ast.ShockStatement;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.dsl.diagnostic.Quote;
import io.gramkit.model.PriceHistory;
import io.gramkit.model.Shock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Resolves a gold block's shocks: sizes, durations and start days, unique names, the horizon. */
final class Shocks {
    private final Quantities quantities;
    private final Diagnostics diagnostics;
    private final DataFiles data;

    Shocks(Quantities quantities, Diagnostics diagnostics, DataFiles data) {
        this.quantities = quantities;
        this.diagnostics = diagnostics;
        this.data = data;
    }

    /** Every shock in order, or empty if any had an error. */
    Optional<List<Shock>> resolve(List<GoldStatement> statements, Optional<Integer> horizon) {
        List<Shock> shocks = new ArrayList<>();
        Map<String, ShockStatement> names = new HashMap<>();
        boolean complete = true;
        for (GoldStatement statement : statements) {
            if (statement instanceof ShockStatement shock) {
                String name = shock.name().value();
                ShockStatement first = names.putIfAbsent(name, shock);
                if (name.isBlank()) {
                    diagnostics.report(GramCode.EMPTY_TEXT.at(shock.name().span(), "the shock name is empty"));
                    complete = false;
                } else if (first != null) {
                    diagnostics.report(GramCode.DUPLICATE.at(
                            shock.name().span(),
                            "duplicate shock name " + Quote.of(name) + "; the first is "
                                    + Statements.where(first.span(), shock.span())));
                    complete = false;
                }
                Optional<Shock> resolved = effect(shock, horizon);
                resolved.ifPresent(shocks::add);
                complete &= resolved.isPresent();
            }
        }
        return complete ? Optional.of(shocks) : Optional.empty();
    }

    private Optional<Shock> effect(ShockStatement shock, Optional<Integer> horizon) {
        Optional<Shock> resolved;
        if (shock.effect() instanceof ShockEffect.Move move) {
            resolved = move(shock, move);
        } else if (shock.effect() instanceof ShockEffect.Volatility volatility) {
            resolved = volatility(shock, volatility);
        } else if (shock.effect() instanceof ShockEffect.Closure closure) {
            resolved = closure(shock, closure);
        } else if (shock.effect() instanceof ShockEffect.Replay replay) {
            resolved = replay(shock, replay);
        } else {
            throw new IllegalStateException("unresolved shock effect " + shock.effect());
        }
        resolved.ifPresent(s -> horizon.ifPresent(last -> warnOutsideHorizon(shock, s, last)));
        return resolved;
    }

    private Optional<Shock> volatility(ShockStatement shock, ShockEffect.Volatility volatility) {
        Optional<Double> multiplier = quantities.number(
                new Quantity(volatility.multiplier().span(), volatility.multiplier(), Optional.empty()),
                "volatility multiplier",
                Dimension.PLAIN,
                Range.NON_NEGATIVE);
        Optional<Integer> days = quantities.days(volatility.duration(), "shock duration");
        Optional<Integer> firstDay = quantities.dayNumber(volatility.firstDay(), "start day");
        if (multiplier.isEmpty() || days.isEmpty() || firstDay.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Shock.VolatilityWindow(
                shock.span(), shock.name().value(), multiplier.get(), days.get(), firstDay.get()));
    }

    private Optional<Shock> closure(ShockStatement shock, ShockEffect.Closure closure) {
        Optional<Integer> days = quantities.days(closure.duration(), "closure duration");
        Optional<Integer> firstDay = quantities.dayNumber(closure.firstDay(), "start day");
        boolean drop = closure.gapDirection().orElse(Direction.RISE) == Direction.DROP;
        Optional<Double> gap = closure.gap()
                .map(g -> quantities.number(
                        g, drop ? "drop" : "rise", Dimension.FRACTION, drop ? Range.DROP : Range.NON_NEGATIVE))
                .orElse(Optional.of(0.0));
        if (days.isEmpty() || firstDay.isEmpty() || gap.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Shock.Closure(
                shock.span(), shock.name().value(), days.get(), firstDay.get(), drop ? -gap.get() : gap.get()));
    }

    private Optional<Shock> replay(ShockStatement shock, ShockEffect.Replay replay) {
        Optional<Integer> firstDay = quantities.dayNumber(replay.firstDay(), "start day");
        Optional<PriceHistory> window = data.history(
                replay.file(),
                Optional.of(replay.from()),
                Optional.of(replay.to()),
                replay.file().span());
        if (firstDay.isEmpty() || window.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Shock.Replay(shock.span(), shock.name().value(), window.get(), firstDay.get()));
    }

    private Optional<Shock> move(ShockStatement shock, ShockEffect.Move move) {
        boolean drop = move.direction() == Direction.DROP;
        String what = drop ? "drop" : "rise";
        Optional<Double> size =
                quantities.number(move.size(), what, Dimension.FRACTION, drop ? Range.DROP : Range.NON_NEGATIVE);
        Optional<Integer> days =
                move.duration().map(d -> quantities.days(d, "shock duration")).orElse(Optional.of(1));
        Optional<Integer> firstDay = quantities.dayNumber(move.firstDay(), "start day");
        if (size.isEmpty() || days.isEmpty() || firstDay.isEmpty()) {
            return Optional.empty();
        }
        // Negating is exact, so -(nearest double to 0.13) is the double nearest -0.13.
        double totalReturn = drop ? -size.get() : size.get();
        return Optional.of(new Shock.Move(shock.span(), shock.name().value(), totalReturn, days.get(), firstDay.get()));
    }

    private void warnOutsideHorizon(ShockStatement shock, Shock resolved, int horizon) {
        String name = "shock " + Quote.of(shock.name().value());
        ShockEffect effect = shock.effect();
        if (resolved.firstDay() > horizon) {
            diagnostics.report(GramCode.SHOCK_AFTER_HORIZON.at(
                    firstDaySpan(effect),
                    name + " starts on day " + resolved.firstDay() + ", after the horizon of " + horizon
                            + " days; it has no effect"));
        } else if (resolved instanceof Shock.Closure closure && closure.lastDay() >= horizon) {
            diagnostics.report(GramCode.SHOCK_PAST_HORIZON.at(
                    ((ShockEffect.Closure) effect).duration().span(),
                    name
                            + " keeps the market closed to day " + closure.lastDay() + ", and the horizon is " + horizon
                            + " days; the market does not reopen within the run"));
        } else if (resolved.lastDay() > horizon) {
            long outside = (long) resolved.lastDay() - horizon;
            diagnostics.report(GramCode.SHOCK_PAST_HORIZON.at(
                    lengthSpan(effect),
                    name + " runs to day "
                            + resolved.lastDay() + ", past the horizon of " + horizon + " days; its last " + outside
                            + (outside == 1 ? " day is" : " days are") + " not simulated"));
        }
    }

    private static SourceSpan firstDaySpan(ShockEffect effect) {
        if (effect instanceof ShockEffect.Move move) {
            return move.firstDay().span();
        } else if (effect instanceof ShockEffect.Volatility volatility) {
            return volatility.firstDay().span();
        } else if (effect instanceof ShockEffect.Closure closure) {
            return closure.firstDay().span();
        }
        return ((ShockEffect.Replay) effect).firstDay().span();
    }

    private static SourceSpan lengthSpan(ShockEffect effect) {
        if (effect instanceof ShockEffect.Move move) {
            return move.duration().orElse(move.size()).span();
        } else if (effect instanceof ShockEffect.Volatility volatility) {
            return volatility.duration().span();
        } else if (effect instanceof ShockEffect.Closure closure) {
            return closure.duration().span();
        }
        ShockEffect.Replay replay = (ShockEffect.Replay) effect;
        return replay.to().span();
    }
}
