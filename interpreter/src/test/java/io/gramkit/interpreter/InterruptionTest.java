package io.gramkit.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gramkit.interpreter.gold.GbmGold;
import io.gramkit.model.Scenario;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An interrupted run stops with a cancellation, closes every rule session, and keeps the interrupt. */
class InterruptionTest {

    @Test
    void anInterruptStopsTheRunAndClosesItsSessions() {
        Scenario scenario = TestScenarios.reference(400, 3);
        AtomicInteger open = new AtomicInteger();
        ResponseRules counting = new ResponseRules() {
            private final ReferenceRulesOracle oracle = new ReferenceRulesOracle();

            @Override
            public List<String> ruleNames() {
                return oracle.ruleNames();
            }

            @Override
            public List<RuleFile> files() {
                return List.of();
            }

            @Override
            public ResponseSession open(Scenario s, List<PathState> paths) {
                ResponseSession session = oracle.open(s, paths);
                open.incrementAndGet();
                return new ResponseSession() {
                    @Override
                    public void respond(int day, long[] changes) {
                        session.respond(day, changes);
                    }

                    @Override
                    public void close() {
                        // Like Drools' dispose, refuse to close while the thread is interrupted.
                        if (Thread.currentThread().isInterrupted()) {
                            throw new IllegalStateException("closed on an interrupted thread");
                        }
                        open.decrementAndGet();
                    }
                };
            }
        };
        DayObserver interruptOnDay5 = (day, snapshot) -> {
            if (day == 5) {
                Thread.currentThread().interrupt();
            }
        };
        try {
            assertThatThrownBy(() -> new Simulator(scenario, counting, new GbmGold(scenario)).run(2, interruptOnDay5))
                    .isInstanceOf(CancellationException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(open.get()).isZero();
        } finally {
            Thread.interrupted();
        }
    }
}
