package io.gramkit.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One number per path that a metric can threshold ({@code share[max discount > 5%]}) or average
 * ({@code mean[min coverage]}), named in words as the metric text writes it. Fractions (discount,
 * coverage) are thresholded with a percentage, counts of days with a plain number.
 */
public enum PathQuantity {
    MAX_DISCOUNT("max discount", true, "the path's largest discount, days 0 to horizon"),
    MEAN_DISCOUNT("mean discount", true, "the path's mean discount over days 1 to horizon"),
    MIN_COVERAGE("min coverage", true, "the path's lowest coverage, days 0 to horizon"),
    DISCOUNT_AT_HORIZON("discount at horizon", true, "the discount at the horizon"),
    COVERAGE_AT_HORIZON("coverage at horizon", true, "the coverage at the horizon"),
    DAYS_MINTING_HALTED("days minting halted", false, "the number of days with minting halted"),
    DAYS_FEE_RAISED("days fee raised", false, "the number of days with the raised redemption fee");

    private final String words;
    private final boolean fraction;
    private final String meaning;

    PathQuantity(String words, boolean fraction, String meaning) {
        this.words = words;
        this.fraction = fraction;
        this.meaning = meaning;
    }

    /** As written in a metric: {@code max discount}. */
    public String words() {
        return words;
    }

    /** A fraction (thresholds are percentages) rather than a count of days. */
    public boolean isFraction() {
        return fraction;
    }

    public String meaning() {
        return meaning;
    }

    public double of(PathResults results, int path) {
        return switch (this) {
            case MAX_DISCOUNT -> results.outcomes().maxDiscount(path);
            case MEAN_DISCOUNT -> results.metrics().meanDeviationBp(path) / 10_000;
            case MIN_COVERAGE -> results.metrics().minCoverage(path);
            case DISCOUNT_AT_HORIZON -> results.outcomes().discount(path);
            case COVERAGE_AT_HORIZON -> results.outcomes().coverage(path);
            case DAYS_MINTING_HALTED -> results.outcomes().daysMintingHalted(path);
            case DAYS_FEE_RAISED -> results.outcomes().daysFeeRaised(path);
        };
    }

    /** The quantity written as {@code words} (spaces between words collapsed). */
    public static Optional<PathQuantity> named(String words) {
        String normal = String.join(" ", words.trim().split("\\s+", -1));
        return Arrays.stream(values()).filter(q -> q.words.equals(normal)).findFirst();
    }

    public static List<String> allWords() {
        return Arrays.stream(values()).map(PathQuantity::words).toList();
    }
}
