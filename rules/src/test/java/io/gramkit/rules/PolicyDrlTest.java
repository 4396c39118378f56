package io.gramkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.gramkit.interpreter.PathState;
import io.gramkit.model.RuleSource;
import io.gramkit.model.Scenario;
import io.gramkit.model.policy.Action;
import io.gramkit.model.policy.Condition;
import io.gramkit.model.policy.Condition.Comparator;
import io.gramkit.model.policy.Expression;
import io.gramkit.model.policy.Expression.Operator;
import io.gramkit.model.policy.Observable;
import io.gramkit.model.policy.Observations;
import io.gramkit.model.policy.Response;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Policy lines compiled to DRL: the text a reviewer reads, and Drools deciding exactly as the
 * model's own evaluation of the condition on thousands of states, thresholds and rounding included.
 */
class PolicyDrlTest {
    private static final Expression DISCOUNT = Expression.Observation.of(Observable.DISCOUNT);
    private static final Expression COVERAGE = Expression.Observation.of(Observable.COVERAGE);
    private static final Expression FEE = Expression.Observation.of(Observable.FEE);
    /** A fee no state starts with, so the rule's "lever differs" guard never hides the condition. */
    private static final double MARK = 0.777;

    private static Expression c(double value) {
        return new Expression.Constant(value);
    }

    private static Condition compare(Expression left, Comparator comparator, Expression right) {
        return new Condition.Comparison(left, comparator, right);
    }

    static List<Condition> conditions() {
        return List.of(
                compare(DISCOUNT, Comparator.ABOVE, c(0.01)),
                compare(DISCOUNT, Comparator.AT_LEAST, c(0.01)),
                compare(COVERAGE, Comparator.BELOW, c(1.0)),
                compare(COVERAGE, Comparator.AT_MOST, c(0.95)),
                // 2 x fee + 50 bp: rounding in the arithmetic must match Java's doubles
                compare(
                        DISCOUNT,
                        Comparator.ABOVE,
                        new Expression.Arithmetic(
                                Operator.PLUS, new Expression.Arithmetic(Operator.TIMES, c(2), FEE), c(0.005))),
                compare(
                        new Expression.Arithmetic(
                                Operator.DIVIDED_BY, new Expression.Arithmetic(Operator.PLUS, DISCOUNT, FEE), c(3)),
                        Comparator.AT_LEAST,
                        c(0.01)),
                compare(new Expression.Arithmetic(Operator.MINUS, c(0.1), DISCOUNT), Comparator.BELOW, c(0.07)),
                new Condition.Any(
                        new Condition.All(
                                compare(DISCOUNT, Comparator.ABOVE, c(0.03)),
                                compare(COVERAGE, Comparator.BELOW, c(1.0))),
                        compare(FEE, Comparator.AT_LEAST, c(0.02))),
                new Condition.Not(compare(COVERAGE, Comparator.BELOW, c(1.0))));
    }

    @ParameterizedTest
    @MethodSource("conditions")
    void droolsDecidesAsTheModelEvaluatesTheCondition(Condition condition) {
        // With the minting rules only: the reference fee rules would contend for the fee.
        Scenario scenario = TestScenarios.reference()
                .withRules(List.of(new RuleSource(TestScenarios.SPAN, Path.of("reference/minting.drl"))))
                .withResponses(List.of(new Response(
                        TestScenarios.SPAN,
                        "Redemption policy: test",
                        condition,
                        List.of(new Action.ChargeFee(MARK)))));
        DroolsRules rules = DroolsRules.forScenario(scenario);
        List<PathState> states = states();

        TestScenarios.respondOnce(rules, scenario, states.toArray(PathState[]::new));

        for (PathState state : states) {
            double before = fees.get(state.path());
            Observations seen = (observable, window, throughFeed) -> switch (observable) {
                case DISCOUNT -> state.discount();
                case COVERAGE -> state.coverage();
                case FEE -> before;
                default -> throw new IllegalArgumentException(observable.name());
            };
            assertThat(state.fee())
                    .as(
                            "path %d: discount %s, coverage %s, fee %s",
                            state.path(), state.discount(), state.coverage(), before)
                    .isEqualTo(condition.holds(seen) ? MARK : before);
        }
    }

    private final List<Double> fees = new ArrayList<>();

    /** Random states plus states exactly at, and one ulp either side of, each threshold. */
    private List<PathState> states() {
        SplittableRandom random = new SplittableRandom(7);
        double[] edges = {0.01, 0.0125, 0.0175, 0.025, 0.03, 0.045, 0.95, 1.0, 0.02, 0.005};
        double[] feeLevels = {0.0025, 0.005, 0.01, 0.02};
        List<PathState> states = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            double discount =
                    i % 3 == 0 ? nudge(edges[random.nextInt(edges.length)], random) : random.nextDouble(0, 0.06);
            double coverage =
                    i % 3 == 1 ? nudge(edges[random.nextInt(edges.length)], random) : random.nextDouble(0.8, 1.2);
            double fee = feeLevels[random.nextInt(feeLevels.length)];
            fees.add(fee);
            states.add(PathState.endOfDay(i, 5, discount, coverage, fee, true));
        }
        return states;
    }

    private static double nudge(double value, SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> Math.nextDown(value);
            case 1 -> Math.nextUp(value);
            default -> value;
        };
    }

    @Test
    void theGeneratedRuleReadsLikeThePolicyLine() {
        Scenario scenario = TestScenarios.reference()
                .withResponses(List.of(new Response(
                        TestScenarios.SPAN,
                        "Redemption policy: when discount > 3% then fee 2%, halt minting",
                        compare(DISCOUNT, Comparator.ABOVE, c(0.03)),
                        List.of(new Action.ChargeFee(0.02), new Action.HaltMinting()))));

        assertThat(PolicyDrl.of(scenario).orElseThrow()).contains("""
                // test:0
                rule "Redemption policy: when discount > 3% then fee 2%, halt minting"
                when
                    $token : TokenDay( discount > 0.03, ( fee != 0.02 || mintingEnabled ) )
                then
                    $token.chargeFee( 0.02 );
                    $token.haltMinting();
                end
                """);
        assertThat(PolicyDrl.of(TestScenarios.reference())).isEmpty();
    }

    @Test
    void numbersReadBackAsTheSameDouble() {
        for (double value : new double[] {0.0025, 1e-4, 0.07 / 100, 0.1 + 0.2, 2_000_000, 1e21, 75.0 / 31.1034768}) {
            assertThat(Double.parseDouble(PolicyDrl.number(value))).isEqualTo(value);
            assertThat(PolicyDrl.number(value)).doesNotContain("E");
        }
    }
}
