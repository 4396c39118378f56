package io.gramkit.analysis;

/** One row of metrics.csv: a named estimate with what it means and its unit. */
public record MetricRow(String name, Estimate estimate, String meaning, String unit) {}
