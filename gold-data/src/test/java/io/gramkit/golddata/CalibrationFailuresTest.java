package io.gramkit.golddata;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gramkit.diagnostic.InputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A fit that cannot be made is bad input with a code, not a stack trace or a nonsense estimate. */
class CalibrationFailuresTest {

    @Test
    void aPriceThatNeverMovesHasNoStudentTFit() {
        // 40 equal prices give 39 zero returns: the likelihood grows without bound as the scale
        // shrinks to zero, so the maximisation has no maximum to converge to.
        double[] prices = new double[40];
        Arrays.fill(prices, 75.0);
        List<LocalDate> dates = new ArrayList<>();
        for (int day = 0; day < prices.length; day++) {
            dates.add(LocalDate.of(2020, 1, 1).plusDays(day));
        }
        PriceSeries flat = PriceSeries.of("flat.csv", dates, prices, Optional.of(PriceUnit.USD_PER_GRAM));

        assertThatThrownBy(() -> Calibrator.fit(flat, ModelKind.STUDENT_T))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("flat.csv: error: fitting student-t to ")
                .hasMessageEndingWith("did not converge; try a longer window or a simpler model [C102]");
    }
}
