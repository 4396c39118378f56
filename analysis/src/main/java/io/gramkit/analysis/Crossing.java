package io.gramkit.analysis;

/**
 * Where a condition changes between two shock sizes, refined by bisection on common random
 * numbers to the bracket {@code [below, above]}. {@code size} is the end of the bracket at which
 * the condition holds (a rerun there on the same seed holds). {@code uncertainty} adds the
 * bracket's width to the Monte Carlo error carried through the local slope of the metric, the
 * half-width of the metric's 95% interval at the size over {@code |slope|} (for a mean
 * {@code 1.96 se / |slope|}; for a share the Wilson interval's half-width, which stays honest at 0
 * or all hits where the standard error is 0): about a 95% half-width of where the crossing lies.
 *
 * @param starts whether the condition starts holding at this crossing as the size grows (else stops)
 */
public record Crossing(
        double below,
        double above,
        boolean starts,
        double size,
        double metricAtSize,
        double standardErrorAtSize,
        double lowAtSize,
        double highAtSize,
        double slope,
        double uncertainty) {}
