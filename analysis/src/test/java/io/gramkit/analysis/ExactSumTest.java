package io.gramkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sum is the exact one rounded once: independent of the order and of the splits merged. */
class ExactSumTest {
    @Test
    void cancellationThatAPlainSumLoses() {
        double[] values = {1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50};
        double plain = 0;
        for (double x : values) {
            plain += x;
        }
        assertThat(plain).isNotEqualTo(1e-100);
        assertThat(sum(values)).isEqualTo(1e-100);
        assertThat(sum(new double[] {0.1, 0.2, 0.3, -0.6})).isEqualTo(exact(new double[] {0.1, 0.2, 0.3, -0.6}));
    }

    @Test
    void aTieBetweenPartialsRoundsToEven() {
        // 1 + 2^-53 is half-way between 1 and the next double up; the tiny partial below breaks the tie upwards.
        double halfUlp = Math.ulp(1.0) / 2;
        assertThat(sum(new double[] {1.0, halfUlp, 1e-300})).isEqualTo(Math.nextUp(1.0));
        assertThat(sum(new double[] {1.0, halfUlp})).isEqualTo(1.0);
        assertThat(sum(new double[] {1.0, halfUlp, -1e-300})).isEqualTo(1.0);
    }

    @Test
    void theSumDoesNotDependOnOrderOrSplit() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(300); i++) {
                // bad debt like: mostly zero, some amounts spread over many magnitudes
                values.add(random.nextInt(3) == 0 ? 0.0 : Math.scalb(random.nextDouble(), random.nextInt(80) - 20));
            }
            double[] inOrder = values.stream().mapToDouble(Double::doubleValue).toArray();
            double expected = sum(inOrder);
            assertThat(expected).as("trial " + trial + " against BigDecimal").isEqualTo(exact(inOrder));

            Collections.shuffle(values, random);
            int cut = random.nextInt(values.size() + 1);
            ExactSum left = new ExactSum();
            ExactSum right = new ExactSum();
            for (int i = 0; i < values.size(); i++) {
                (i < cut ? left : right).add(values.get(i));
            }
            right.merge(left);
            assertThat(right.sum()).as("trial " + trial).isEqualTo(expected);
        }
    }

    @Test
    void infinityAndNaNAreNotHidden() {
        assertThat(sum(new double[] {1, Double.POSITIVE_INFINITY})).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(sum(new double[] {1, Double.NaN})).isNaN();
        assertThat(new ExactSum().sum()).isEqualTo(0.0);
    }

    private static double sum(double[] values) {
        ExactSum sum = new ExactSum();
        for (double x : values) {
            sum.add(x);
        }
        return sum.sum();
    }

    /** The exact sum rounded once: BigDecimal adds doubles exactly and rounds half to even. */
    private static double exact(double[] values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double x : values) {
            sum = sum.add(new BigDecimal(x));
        }
        return sum.doubleValue();
    }
}
