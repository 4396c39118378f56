package io.gramkit.dsl.resolve;

import io.gramkit.diagnostic.Diagnostics;
import io.gramkit.diagnostic.InputException;
import io.gramkit.diagnostic.SourceSpan;
import io.gramkit.dsl.ast.DateLiteral;
import io.gramkit.dsl.ast.Text;
import io.gramkit.dsl.diagnostic.GramCode;
import io.gramkit.dsl.diagnostic.Quote;
import io.gramkit.golddata.DatePrecision;
import io.gramkit.golddata.PriceFile;
import io.gramkit.golddata.PriceSeries;
import io.gramkit.model.PriceHistory;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the price files a gold block names (bootstrap models, replay shocks) when the scenario is
 * loaded, so that {@code gram check} finds their problems too. Paths are relative to the scenario's
 * folder, like rule paths; each file is read once. A file's own problems are reported with its
 * lines (D2xx codes); the scenario's with its own (G2xx).
 */
final class DataFiles {
    private final Path baseDirectory;
    private final Diagnostics diagnostics;
    private final Map<Path, Optional<PriceSeries>> read = new HashMap<>();

    DataFiles(Path baseDirectory, Diagnostics diagnostics) {
        this.baseDirectory = baseDirectory;
        this.diagnostics = diagnostics;
    }

    /** The prices of {@code written} between the dates, both included, as the model holds them. */
    Optional<PriceHistory> history(
            Text written, Optional<DateLiteral> from, Optional<DateLiteral> to, SourceSpan span) {
        Optional<LocalDate> start = from.flatMap(d -> date(d, true));
        Optional<LocalDate> end = to.flatMap(d -> date(d, false));
        if ((from.isPresent() && start.isEmpty()) || (to.isPresent() && end.isEmpty())) {
            return Optional.empty();
        }
        if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
            diagnostics.report(GramCode.EMPTY_WINDOW.at(
                    to.get().span(), "the window ends on " + end.get() + ", before it starts (" + start.get() + ")"));
            return Optional.empty();
        }
        Optional<PriceSeries> series = series(written);
        if (series.isEmpty()) {
            return Optional.empty();
        }
        Optional<PriceSeries> window = series.get().between(start, end);
        if (window.isEmpty()) {
            diagnostics.report(GramCode.EMPTY_WINDOW.at(
                    from.map(DateLiteral::span).orElse(written.span()),
                    "the file " + Quote.of(written.value()) + " has fewer than 2 prices from "
                            + from.map(DateLiteral::text).orElse("its start") + " to "
                            + to.map(DateLiteral::text).orElse("its end") + "; it holds "
                            + series.get().range()));
            return Optional.empty();
        }
        return Optional.of(window.get().toHistory(span));
    }

    private Optional<PriceSeries> series(Text written) {
        Path path;
        try {
            path = baseDirectory.resolve(written.value()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            diagnostics.report(GramCode.DATA_NOT_FOUND.at(
                    written.span(), "data file " + Quote.of(written.value()) + " is not a valid path"));
            return Optional.empty();
        }
        if (written.value().isBlank() || !Files.isRegularFile(path)) {
            diagnostics.report(GramCode.DATA_NOT_FOUND.at(
                    written.span(),
                    "data file " + Quote.of(written.value())
                            + " not found; paths are relative to the folder of this scenario"));
            return Optional.empty();
        }
        return read.computeIfAbsent(path, p -> {
            try {
                return Optional.of(PriceFile.read(p, shownName(written), Optional.empty(), Optional.empty())
                        .series());
            } catch (InputException e) {
                diagnostics.addAll(e.diagnostics());
                return Optional.empty();
            }
        });
    }

    /** The data file named as the user sees it: beside the scenario as the scenario is named. */
    private static String shownName(Text written) {
        Path scenario = Path.of(written.span().file().name());
        Path shown = scenario.getParent() == null
                ? Path.of(written.value())
                : scenario.getParent().resolve(written.value());
        return shown.normalize().toString().replace('\\', '/');
    }

    /** The first day of the period written (a start), or its last day (an end). */
    private Optional<LocalDate> date(DateLiteral date, boolean start) {
        Optional<LocalDate> value =
                start ? DatePrecision.periodStart(date.text()) : DatePrecision.periodEnd(date.text());
        if (value.isEmpty()) {
            diagnostics.report(GramCode.MALFORMED_DATE.at(
                    date.span(),
                    "date " + Quote.of(date.text())
                            + (DatePrecision.of(date.text()).isPresent()
                                    ? " is not a real date"
                                    : " is not YYYY-MM-DD, YYYY-MM or YYYY")));
        }
        return value;
    }
}
