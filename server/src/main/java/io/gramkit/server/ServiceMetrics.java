package io.gramkit.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What {@code /metrics} shows Prometheus: requests by route and status, run durations by outcome,
 * the queue's depth and the runs in flight, path-steps simulated (a counter: {@code rate()} gives
 * path-steps per second), and the JVM's memory, GC, threads and CPU.
 */
final class ServiceMetrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter pathSteps;
    private final JvmGcMetrics gc = new JvmGcMetrics();

    ServiceMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        pathSteps = Counter.builder("gram.path.steps")
                .description("Path-days simulated by finished runs; rate() gives path-steps per second")
                .register(registry);
    }

    void gauges(Supplier<Number> queued, Supplier<Number> running) {
        Gauge.builder("gram.queue.depth", queued)
                .description("Runs waiting for a worker")
                .register(registry);
        Gauge.builder("gram.runs.active", running)
                .description("Runs executing now")
                .register(registry);
    }

    void request(String method, String route, int status, Duration took) {
        Timer.builder("gram.http.requests")
                .description("HTTP requests by route and status")
                .tag("method", method)
                .tag("route", route)
                .tag("status", Integer.toString(status))
                .register(registry)
                .record(took);
    }

    void run(String kind, String outcome, Duration took, long steps) {
        Timer.builder("gram.run.duration")
                .description("Wall time of runs, from a worker's start to their end")
                .tag("kind", kind)
                .tag("outcome", outcome)
                .register(registry)
                .record(took);
        pathSteps.increment((double) steps);
    }

    String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
