package io.gramkit.golddata;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.diagnostic.SourceSpan;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code gram data inspect} reports about a price file: rows, date range, frequency, and each
 * quality problem with its line (missing prices, non-positive prices, duplicate dates, dates out
 * of order, gaps, and the checks of {@link DataQuality}), plus the clean rows a {@code --clean} file would hold: priced, positive, the
 * first of each date, in date order.
 */
public final class Inspection {
    private final PriceFile file;
    private final List<Diagnostic> findings;
    private final List<Observation> clean;
    private final int missing;
    private final int nonPositive;
    private final int duplicates;
    private final int outOfOrder;
    private final int gaps;
    private final boolean descending;
    private final Optional<Frequency> frequency;
    private final Optional<DataQuality> quality;

    private Inspection(
            PriceFile file,
            List<Diagnostic> findings,
            List<Observation> clean,
            int missing,
            int nonPositive,
            int duplicates,
            int outOfOrder,
            int gaps,
            boolean descending,
            Optional<Frequency> frequency,
            Optional<DataQuality> quality) {
        this.file = file;
        this.findings = List.copyOf(findings);
        this.clean = List.copyOf(clean);
        this.missing = missing;
        this.nonPositive = nonPositive;
        this.duplicates = duplicates;
        this.outOfOrder = outOfOrder;
        this.gaps = gaps;
        this.descending = descending;
        this.frequency = frequency;
        this.quality = quality;
    }

    static Inspection of(PriceFile file) {
        List<Diagnostic> findings = new ArrayList<>();
        List<Observation> priced = new ArrayList<>();
        int missing = 0;
        int nonPositive = 0;
        for (Observation o : file.rows()) {
            if (o.price().isEmpty()) {
                missing++;
                findings.add(DataCode.MISSING_VALUE.at(
                        o.priceSpan(), "no price on " + file.precision().format(o.date()) + "; the row is skipped"));
            } else if (!(o.price().getAsDouble() > 0)) {
                nonPositive++;
                findings.add(DataCode.NON_POSITIVE_PRICE.warningAt(
                        o.priceSpan(),
                        "price " + PriceFile.quote(PriceFile.written(o.priceSpan()))
                                + " is not positive; the row is skipped"));
            } else {
                priced.add(o);
            }
        }
        boolean descending = descending(priced);
        List<Observation> ordered = descending ? PriceFile.reversed(priced) : priced;
        int duplicates = 0;
        int outOfOrder = 0;
        Map<LocalDate, Observation> seen = new HashMap<>();
        Observation latest = null;
        List<Observation> unique = new ArrayList<>();
        for (Observation o : ordered) {
            Observation first = seen.putIfAbsent(o.date(), o);
            if (first != null) {
                duplicates++;
                boolean same = first.price().getAsDouble() == o.price().getAsDouble();
                findings.add(DataCode.DUPLICATE_DATE.warningAt(
                        o.dateSpan(),
                        "date "
                                + PriceFile.quote(PriceFile.written(o.dateSpan()))
                                + " is given again; the first is on line "
                                + first.line()
                                + (same
                                        ? " with the same price"
                                        : " with another price (" + PriceFile.written(first.priceSpan()) + ")")
                                + "; the first is kept"));
                continue;
            }
            if (latest != null && o.date().isBefore(latest.date())) {
                outOfOrder++;
                findings.add(DataCode.OUT_OF_ORDER.warningAt(
                        o.dateSpan(),
                        "date "
                                + PriceFile.quote(PriceFile.written(o.dateSpan())) + " comes after "
                                + file.precision().format(latest.date()) + " (line " + latest.line() + ")"));
            }
            if (latest == null || o.date().isAfter(latest.date())) {
                latest = o;
            }
            unique.add(o);
        }
        List<Observation> clean = new ArrayList<>(unique);
        clean.sort(Comparator.comparing(Observation::date));
        Optional<Frequency> frequency = clean.size() >= 2
                ? Optional.of(Frequency.of(clean.stream().map(Observation::date).toList()))
                : Optional.empty();
        int gaps = 0;
        if (frequency.isPresent()) {
            for (int i = 1; i < clean.size(); i++) {
                Observation before = clean.get(i - 1);
                Observation after = clean.get(i);
                if (frequency.get().isGap(before.date(), after.date())) {
                    gaps++;
                    findings.add(DataCode.GAP.at(
                            after.dateSpan(),
                            "gap: no " + frequency.get().name()
                                    + " observation between " + file.precision().format(before.date()) + " (line "
                                    + before.line() + ") and "
                                    + file.precision().format(after.date())));
                }
            }
        }
        Optional<DataQuality> quality =
                clean.size() >= 2 ? Optional.of(DataQuality.of(PriceSeries.of(file, clean))) : Optional.empty();
        quality.ifPresent(q -> findings.addAll(q.diagnostics(java.util.Set.of(), false)));
        findings.sort(Diagnostic.READING_ORDER);
        return new Inspection(
                file,
                findings,
                clean,
                missing,
                nonPositive,
                duplicates,
                outOfOrder,
                gaps,
                descending,
                frequency,
                quality);
    }

    /** Whether dates (of at least two rows) only ever fall: a file written newest first. */
    static boolean descending(List<Observation> rows) {
        if (rows.size() < 2) {
            return false;
        }
        for (int i = 1; i < rows.size(); i++) {
            if (!rows.get(i).date().isBefore(rows.get(i - 1).date())) {
                return false;
            }
        }
        return true;
    }

    /** Each problem with its line, as warnings, in reading order. */
    public List<Diagnostic> findings() {
        return findings;
    }

    public int cleanRows() {
        return clean.size();
    }

    /** Stale prices, averaging, outliers and frequency changes (empty with fewer than 2 clean rows). */
    public Optional<DataQuality> quality() {
        return quality;
    }

    public Optional<Frequency> frequency() {
        return frequency;
    }

    /** The report {@code gram data inspect} prints. */
    public String report() {
        StringBuilder out = new StringBuilder();
        List<Observation> rows = file.rows();
        line(out, "file", file.source().name());
        line(
                out,
                "columns",
                "date " + PriceFile.quote(file.dateColumn()) + " ("
                        + file.precision().shape() + "), price " + PriceFile.quote(file.priceColumn()));
        line(
                out,
                "unit",
                file.unit()
                        .map(u -> u.symbol() + " (" + file.unitOrigin() + ")")
                        .orElse("not stated (name it in the header, or pass --unit usd-per-oz or --unit usd-per-g)"));
        line(
                out,
                "rows",
                String.format(
                        Locale.ROOT,
                        "%,d data rows, lines %d..%d",
                        rows.size(),
                        rows.get(0).line(),
                        rows.get(rows.size() - 1).line()));
        if (clean.isEmpty()) {
            line(out, "dates", "no usable price");
        } else {
            line(
                    out,
                    "dates",
                    file.precision().format(clean.get(0).date()) + " .. "
                            + file.precision()
                                    .format(clean.get(clean.size() - 1).date())
                            + (descending ? " (written newest first)" : ""));
        }
        frequency.ifPresent(f -> line(
                out,
                "frequency",
                f.name() + " (median spacing "
                        + new BigDecimal(Double.toString(f.medianSpacingDays()))
                                .stripTrailingZeros()
                                .toPlainString()
                        + " days; " + f.describePeriods() + ")"));
        line(out, "missing prices", count(missing));
        line(out, "non-positive", count(nonPositive));
        line(out, "duplicates", count(duplicates));
        line(out, "out of order", count(outOfOrder));
        line(out, "gaps", count(gaps));
        quality.ifPresent(q -> q.report(out));
        line(out, "clean rows", String.format(Locale.ROOT, "%,d", clean.size()));
        return out.toString();
    }

    private static String count(int n) {
        return n == 0 ? "none" : String.format(Locale.ROOT, "%,d (listed below with their lines)", n);
    }

    static void line(StringBuilder out, String label, String value) {
        out.append(String.format(Locale.ROOT, "  %-15s %s%n", label, value));
    }

    /**
     * Writes the clean rows: header {@code date,price_usd_per_oz} (or {@code _per_g}), dates in the
     * file's shape, oldest first.
     *
     * @throws io.gramkit.diagnostic.InputException when the unit is not known (D214)
     */
    public Path writeClean(Path out) throws IOException {
        PriceUnit unit = file.unit()
                .orElseThrow(() -> PriceFile.fail(
                        DataCode.UNIT_NOT_STATED,
                        SourceSpan.of(file.source()),
                        "a cleaned file names its unit, and this file's is not known; pass"
                                + " --unit usd-per-oz or --unit usd-per-g"));
        StringBuilder text =
                new StringBuilder("date,").append(unit.columnName()).append('\n');
        for (Observation o : clean) {
            text.append(file.precision().format(o.date()))
                    .append(',')
                    .append(new BigDecimal(Double.toString(o.price().getAsDouble()))
                            .stripTrailingZeros()
                            .toPlainString())
                    .append('\n');
        }
        Path temp = Files.createTempFile(out.toAbsolutePath().getParent(), ".clean", ".csv");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(
                    temp,
                    out,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return out;
    }
}
