package io.gramkit.golddata;

import io.gramkit.diagnostic.SourceSpan;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One data row of a price file: its date and price (empty when the cell was empty or '.'),
 * with where each was written.
 */
public record Observation(int line, LocalDate date, OptionalDouble price, SourceSpan dateSpan, SourceSpan priceSpan) {}
