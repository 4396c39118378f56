package io.gramkit.model;

import io.gramkit.diagnostic.SourceSpan;
import java.util.List;

/** The gold market: today's spot in USD per gram, the price model, and scheduled shocks. */
public record Gold(SourceSpan span, double spotUsdPerGram, GoldModel model, List<Shock> shocks) {

    public Gold {
        Check.present("span", span);
        Check.positive("gold spot", spotUsdPerGram);
        Check.present("gold model", model);
        shocks = List.copyOf(shocks);
    }

    public Gold withShocks(List<Shock> newShocks) {
        return new Gold(span, spotUsdPerGram, model, newShocks);
    }
}
