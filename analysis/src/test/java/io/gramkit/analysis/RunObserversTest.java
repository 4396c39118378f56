package io.gramkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.interpreter.PathRange;
import io.gramkit.interpreter.ReferenceRulesOracle;
import io.gramkit.interpreter.Simulator;
import io.gramkit.interpreter.TestScenarios;
import io.gramkit.interpreter.gold.StochasticGold;
import io.gramkit.model.Scenario;
import io.gramkit.model.policy.Condition;
import io.gramkit.model.policy.Expression;
import io.gramkit.model.policy.Observable;
import io.gramkit.model.policy.ReportRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What ranges of paths showed their own watches, sent as bytes and joined in path order, is what
 * one run's whole days show the observers: bands (exact and sketched), metrics, sample, shares and
 * report conditions alike, whatever the cuts.
 */
class RunObserversTest {
    private static final Scenario SCENARIO = TestScenarios.reference(23, 11);
    private static final List<int[]> CUTS =
            List.of(new int[] {0, 23}, new int[] {0, 5, 6, 17, 23}, new int[] {0, 1, 2, 3, 22, 23});

    @Test
    void rangesJoinedInPathOrderGiveOneRunsExactBands() {
        assertRangesGiveOneRun(DailyBands.EXACT_PATH_LIMIT);
    }

    @Test
    void rangesJoinedInPathOrderGiveOneRunsSketchedBands() {
        // 23 paths above a limit of 5: every band comes from merged sketches.
        assertRangesGiveOneRun(5);
    }

    private static void assertRangesGiveOneRun(int exactPathLimit) {
        RunObservers one = new RunObservers(SCENARIO.paths(), request(), false, exactPathLimit);
        new Simulator(SCENARIO, new ReferenceRulesOracle(), StochasticGold.of(SCENARIO)).run(2, one);
        String expected = describe(one);
        for (int[] cuts : CUTS) {
            RunObservers joined = new RunObservers(SCENARIO.paths(), request(), false, exactPathLimit);
            List<RunObservers.RangeObservations> ranges = new ArrayList<>();
            List<Integer> days = new ArrayList<>();
            // Backwards, so that no range can lean on what the one before it left.
            for (int i = cuts.length - 2; i >= 0; i--) {
                RunObservers.Watch watch = joined.watch(cuts[i], cuts[i + 1]);
                PathRange.run(
                        SCENARIO, new ReferenceRulesOracle(), StochasticGold.of(SCENARIO), cuts[i], cuts[i + 1], watch);
                ranges.add(0, throughBytes(watch.observations()));
            }
            joined.join(ranges, days::add);
            assertThat(describe(joined)).as("cuts " + Arrays.toString(cuts)).isEqualTo(expected);
            assertThat(days).hasSize(SCENARIO.horizonDays() + 1).isSorted();
        }
    }

    @Test
    void rangesMustCoverTheRunInPathOrder() {
        RunObservers observers = new RunObservers(SCENARIO.paths(), request(), false);
        RunObservers.Watch watch = observers.watch(0, 10);
        PathRange.run(SCENARIO, new ReferenceRulesOracle(), StochasticGold.of(SCENARIO), 0, 10, watch);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> observers.join(List.of(watch.observations()), day -> {}))
                .hasMessage("the ranges cover 10 of 23 paths");
    }

    /** Extra band levels, a condition on any day (with a look back) and one whose days are counted. */
    private static ReportRequest request() {
        Condition drop = new Condition.Comparison(
                new Expression.Observation(Observable.GOLD_MOVE, 3, false),
                Condition.Comparator.BELOW,
                new Expression.Constant(-0.05));
        Condition offPeg = new Condition.Comparison(
                Expression.Observation.of(Observable.DISCOUNT),
                Condition.Comparator.ABOVE,
                new Expression.Constant(0.004));
        return new ReportRequest(
                TestScenarios.SPAN,
                List.of(0.01, 0.4),
                List.of(new ReportRequest.Measured(TestScenarios.SPAN, "gold move over 3 days < -5%", drop)),
                List.of(new ReportRequest.Measured(TestScenarios.SPAN, "discount > 0.4%", offPeg)));
    }

    /** Every number the observers hold, as text (exact: doubles print their shortest round trip). */
    private static String describe(RunObservers observers) {
        StringBuilder out = new StringBuilder();
        DailyBands bands = observers.bands();
        for (int day = 0; day < bands.days(); day++) {
            for (String quantity : DailyBands.QUANTITIES) {
                out.append(Arrays.toString(bands.levels(quantity, day)));
            }
            out.append('\n');
        }
        for (String column : PathMetrics.COLUMNS) {
            out.append(column)
                    .append(Arrays.toString(observers.metrics().column(column)))
                    .append('\n');
        }
        TrajectorySample sample = observers.sample();
        out.append(sample.paths()).append(" sampled\n");
        for (int day = 0; day < sample.days(); day++) {
            for (String quantity : TrajectorySample.QUANTITIES) {
                for (int path = 0; path < sample.paths(); path++) {
                    out.append(sample.value(quantity, path, day)).append(' ');
                }
            }
            out.append('\n');
        }
        StringWriter shares = new StringWriter();
        try {
            observers.shares().writeCsv(shares);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.append(shares).append(observers.report().rows()).append('\n');
        observers
                .report()
                .perPath()
                .forEach((key, values) ->
                        out.append(key).append(Arrays.toString(values)).append('\n'));
        return out.toString();
    }

    /** The observations as an executor sends them: serialized and read back. */
    private static RunObservers.RangeObservations throughBytes(RunObservers.RangeObservations observations) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(observations);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (RunObservers.RangeObservations) in.readObject();
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
