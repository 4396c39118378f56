package io.gramkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The debt block's days from ranges of paths, joined in path order, are those of whole days:
 * exact quantiles up to the limit, sketched above it (the mean of bad debt an exact sum, so the
 * cuts do not move its last bit), and the sketched ones within the sketch's accuracy of exact.
 */
class DebtDailyTest {
    private static final int PATHS = 41;
    private static final int DAYS = 12;
    private static final List<int[]> CUTS =
            List.of(new int[] {0, 41}, new int[] {0, 5, 6, 30, 41}, new int[] {0, 1, 2, 3, 40, 41});

    private final double[][] ratio = new double[DAYS][PATHS];
    private final double[][] badDebt = new double[DAYS][PATHS];

    DebtDailyTest() {
        SplittableRandom random = new SplittableRandom(11);
        for (int day = 0; day < DAYS; day++) {
            for (int path = 0; path < PATHS; path++) {
                // vaults repaid or liquidated stop owing (infinite ratio); bad debt mostly none, then spread out
                ratio[day][path] = random.nextInt(4) == 0 ? Double.POSITIVE_INFINITY : 1.1 + 2 * random.nextDouble();
                badDebt[day][path] = random.nextInt(3) > 0 ? 0.0 : Math.scalb(random.nextDouble(), random.nextInt(40));
            }
        }
        // one day on which no path owes anything
        Arrays.fill(ratio[3], Double.POSITIVE_INFINITY);
    }

    @Test
    void rangesJoinedGiveWholeDaysExactAndSketched() throws IOException {
        for (int limit : new int[] {DailyBands.EXACT_PATH_LIMIT, 5}) {
            String whole = csv(wholeDays(limit));
            for (int[] cuts : CUTS) {
                assertThat(csv(joined(limit, cuts, false)))
                        .as("limit " + limit + ", cuts " + Arrays.toString(cuts))
                        .isEqualTo(whole);
            }
        }
    }

    @Test
    void sketchedPartsAbsorbedOneByOneGiveWholeDays() throws IOException {
        String whole = csv(wholeDays(5));
        for (int[] cuts : CUTS) {
            assertThat(csv(joined(5, cuts, true)))
                    .as("cuts " + Arrays.toString(cuts))
                    .isEqualTo(whole);
        }
    }

    @Test
    void sketchedDaysAreWithinTheSketchAccuracyOfExactOnes() {
        DebtDaily exact = wholeDays(DailyBands.EXACT_PATH_LIMIT);
        DebtDaily sketched = wholeDays(5);
        for (int day = 0; day < DAYS; day++) {
            for (String column : DebtDaily.columns()) {
                double e = exact.value(day, column);
                double s = sketched.value(day, column);
                if (column.contains("_q")) {
                    if (Double.isNaN(e)) {
                        assertThat(s).as(column + " day " + day).isNaN();
                    } else {
                        assertThat(Math.abs(s - e))
                                .as(column + " day " + day)
                                .isLessThanOrEqualTo(DailyBands.SKETCH_ACCURACY * e * (1 + 1e-9));
                    }
                } else {
                    assertThat(s)
                            .as(column + " day " + day)
                            .isCloseTo(e, org.assertj.core.data.Offset.offset(1e-9 * Math.abs(e)));
                }
            }
        }
        assertThat(sketched.value(3, "paths_with_debt")).isZero();
        assertThat(sketched.value(3, "collateral_ratio_q50")).isNaN();
    }

    @Test
    void exactPartsDoNotMerge() {
        DebtDaily daily = new DebtDaily();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> daily.part(PATHS).absorb(daily.part(PATHS)))
                .hasMessageContaining("only sketched parts merge");
    }

    private DebtDaily wholeDays(int limit) {
        DebtDaily daily = new DebtDaily(limit);
        for (int day = 0; day < DAYS; day++) {
            daily.onDay(day, ratio[day], badDebt[day]);
        }
        return daily;
    }

    private DebtDaily joined(int limit, int[] cuts, boolean absorbEach) {
        DebtDaily daily = new DebtDaily(limit);
        List<DebtDaily.Part> parts = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.length; i++) {
            DebtDaily.Part part = daily.part(PATHS);
            for (int day = 0; day < DAYS; day++) {
                part.add(
                        Arrays.copyOfRange(ratio[day], cuts[i], cuts[i + 1]),
                        Arrays.copyOfRange(badDebt[day], cuts[i], cuts[i + 1]));
            }
            if (absorbEach && !parts.isEmpty()) {
                parts.get(0).absorb(part);
            } else {
                parts.add(part);
            }
        }
        for (int day = 0; day < DAYS; day++) {
            daily.onDay(day, parts);
        }
        return daily;
    }

    private static String csv(DebtDaily daily) throws IOException {
        StringWriter out = new StringWriter();
        daily.writeCsv(out);
        return out.toString();
    }
}
