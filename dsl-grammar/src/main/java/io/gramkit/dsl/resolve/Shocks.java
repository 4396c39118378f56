package io.gramkit.dsl.resolve;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.dsl.ast.Direction;
import io.gramkit.dsl.ast.GoldStatement;
import io.gramkit.dsl.ast.ShockEffect;
import io.gramkit.dsl.ast.ShockStatement;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.dsl.diagnostic.Quote;
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

    Shocks(Quantities quantities, Diagnostics diagnostics) {
        this.quantities = quantities;
        this.diagnostics = diagnostics;
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
                    diagnostics.report(GramCode.DUPLICATE.at(shock.name().span(), "duplicate shock name "
                            + Quote.of(name) + "; the first is " + Statements.where(first.span(), shock.span())));
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
        if (shock.effect() instanceof ShockEffect.Move move) {
            return move(shock, move, horizon);
        }
        throw new IllegalStateException("unresolved shock effect " + shock.effect());
    }

    private Optional<Shock> move(ShockStatement shock, ShockEffect.Move move, Optional<Integer> horizon) {
        boolean drop = move.direction() == Direction.DROP;
        String what = drop ? "drop" : "rise";
        Optional<Double> size = quantities.number(move.size(), what, Dimension.FRACTION,
                drop ? Range.DROP : Range.NON_NEGATIVE);
        Optional<Integer> days = move.duration().map(d -> quantities.days(d, "shock duration")).orElse(Optional.of(1));
        Optional<Integer> firstDay = quantities.dayNumber(move.firstDay(), "start day");
        if (size.isEmpty() || days.isEmpty() || firstDay.isEmpty()) {
            return Optional.empty();
        }
        horizon.ifPresent(last -> warnOutsideHorizon(shock, move, firstDay.get(), days.get(), last));
        // Negating is exact, so -(nearest double to 0.13) is the double nearest -0.13.
        double totalReturn = drop ? -size.get() : size.get();
        return Optional.of(new Shock.Move(shock.span(), shock.name().value(), totalReturn, days.get(), firstDay.get()));
    }

    private void warnOutsideHorizon(ShockStatement shock, ShockEffect.Move move, int firstDay, int days, int horizon) {
        long lastDay = (long) firstDay + days - 1;
        String name = "shock " + Quote.of(shock.name().value());
        if (firstDay > horizon) {
            diagnostics.report(GramCode.SHOCK_AFTER_HORIZON.at(move.firstDay().span(), name + " starts on day "
                    + firstDay + ", after the horizon of " + horizon + " days; it has no effect"));
        } else if (lastDay > horizon) {
            long outside = lastDay - horizon;
            diagnostics.report(GramCode.SHOCK_PAST_HORIZON.at(move.duration().orElse(move.size()).span(), name
                    + " runs to day " + lastDay + ", past the horizon of " + horizon + " days; its last " + outside
                    + (outside == 1 ? " day is" : " days are") + " not simulated"));
        }
    }
}
