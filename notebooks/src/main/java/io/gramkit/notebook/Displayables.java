package io.gramkit.notebook;

import io.gramkit.GramRun;
import io.gramkit.analysis.DailyBands;
import io.gramkit.analysis.Summary;
import io.gramkit.interpreter.PathOutcomes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rich views of the kit's own result types, so a cell ending in {@code Gram...run()} shows
 * tables too, and of Tablesaw tables.
 */
public final class Displayables {
    private Displayables() {}

    /** {@code value} as something displayable, if it is one or the kit has a view of it. */
    public static Optional<Displayable> of(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Displayable displayable) {
            return Optional.of(displayable);
        }
        if (value instanceof GramRun run) {
            return Optional.of(NotebookRun.of(run.result().scenario().name(), run));
        }
        if (value instanceof Summary summary) {
            return Optional.of(SummaryView.of(summary));
        }
        if (value instanceof DailyBands bands) {
            return Optional.of(daily(bands));
        }
        if (value instanceof PathOutcomes outcomes) {
            return Optional.of(paths("Paths at the horizon", outcomes));
        }
        return TablesawView.of(value);
    }

    private static Table daily(DailyBands bands) {
        List<String> columns = new ArrayList<>(List.of("day"));
        columns.addAll(DailyBands.columns());
        return Table.of("Daily quantiles across paths", columns, bands.days(), day -> {
            List<String> cells = new ArrayList<>(columns.size());
            cells.add(Integer.toString(day));
            for (String quantity : DailyBands.QUANTITIES) {
                for (double value : bands.band(quantity, day)) {
                    cells.add(Formats.quantity(quantity, value));
                }
            }
            return cells;
        });
    }

    static Table paths(String caption, PathOutcomes outcomes) {
        return Table.of(caption, outcomes.columns(), outcomes.size(), path -> {
            List<String> cells = new ArrayList<>(outcomes.columns().size());
            for (String column : outcomes.columns()) {
                cells.add(Formats.column(column, outcomes.value(path, column)));
            }
            return cells;
        });
    }
}
