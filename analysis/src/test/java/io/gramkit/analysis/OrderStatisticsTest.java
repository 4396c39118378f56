package io.gramkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Selection must give bit for bit the quantiles of a full sort: the daily bands are golden. */
class OrderStatisticsTest {
    private static final double[] PROBABILITIES = {0, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999, 1};

    static Stream<Long> seeds() {
        return IntStream.range(0, 60).mapToObj(i -> 7919L * i + 3);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void givesTheQuantilesOfTheSortedValues(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 1 + random.nextInt(seed % 3 == 0 ? 50 : 5_000);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            // Ties, signed zeros, infinities and NaN, as wound-down paths and flat prices produce.
            values[i] = switch (random.nextInt(12)) {
                case 0 -> 0.0;
                case 1 -> -0.0;
                case 2 -> Double.POSITIVE_INFINITY;
                case 3 -> Math.floor(random.nextDouble() * 4);
                case 4 -> seed % 5 == 0 ? Double.NaN : 1.5;
                default -> random.nextGaussian();
            };
        }
        double[] expected = Quantiles.of(values, PROBABILITIES);
        double[] actual = new OrderStatistics().quantiles(values.clone(), PROBABILITIES);
        for (int i = 0; i < expected.length; i++) {
            assertThat(Double.doubleToRawLongBits(actual[i]))
                    .as("p = %s, n = %d", PROBABILITIES[i], n)
                    .isEqualTo(Double.doubleToRawLongBits(expected[i]));
        }
    }

    /** Day-like columns large enough to be bucketed, some more than once, by one reused instance. */
    @ParameterizedTest
    @MethodSource("seeds")
    void bucketedColumnsGiveTheQuantilesOfTheSortedValuesAndStayUnchanged(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        OrderStatistics statistics = new OrderStatistics();
        for (int column = 0; column < 3; column++) {
            int n = 2_000 + random.nextInt(60_000);
            double[] values = new double[n];
            int shape = random.nextInt(6);
            for (int i = 0; i < n; i++) {
                values[i] = switch (shape) {
                    // A discount: mostly exactly zero (or minus zero), a tail up to 49%.
                    case 0 -> random.nextInt(10) < 6 ? (random.nextBoolean() ? 0.0 : -0.0) : 0.49 * random.nextDouble();
                    // Coverage on wound-down paths: a long tail that stretches the range.
                    case 1 -> Math.exp(6 * random.nextGaussian());
                    // Gold prices: a few thousand distinct values, many ties.
                    case 2 -> Math.round(6_000 * Math.exp(0.2 * random.nextGaussian())) / 100.0;
                    // Two clusters far apart.
                    case 3 -> (random.nextBoolean() ? 1e9 : -1e9) + random.nextGaussian();
                    // A range a few ulps wide.
                    case 4 -> Math.nextUp(1.0) * (1 + random.nextInt(5) * Math.ulp(1.0));
                    default -> random.nextInt(n) == 0 ? Double.POSITIVE_INFINITY : random.nextGaussian();
                };
            }
            double[] before = values.clone();
            double[] expected = Quantiles.of(values, PROBABILITIES);
            double[] actual = statistics.quantiles(values, PROBABILITIES);
            for (int i = 0; i < expected.length; i++) {
                assertThat(Double.doubleToRawLongBits(actual[i]))
                        .as("shape %d, p = %s, n = %d", shape, PROBABILITIES[i], n)
                        .isEqualTo(Double.doubleToRawLongBits(expected[i]));
            }
            assertThat(values).isEqualTo(before);
        }
    }

    @Test
    void sortedAndReversedInputsNeedNoLuck() {
        double[] ascending = IntStream.range(0, 100_000).asDoubleStream().toArray();
        double[] descending = IntStream.range(0, 100_000).mapToDouble(i -> -i).toArray();
        // h = 99,999 p: the 5% quantile of 0..99,999 is 4,999.95; of the negated values -95,000 + 0.05.
        assertThat(new OrderStatistics().quantiles(ascending, 0.05)[0])
                .isEqualTo(4999.95, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(new OrderStatistics().quantiles(descending, 0.05)[0])
                .isEqualTo(
                        Quantiles.of(
                                IntStream.range(0, 100_000).mapToDouble(i -> -i).toArray(), 0.05)[0]);
    }
}
