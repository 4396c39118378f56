package io.gramkit.server;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything {@code gram serve} can be told, each with its default. The command line and the
 * environment ({@code GRAM_*}, for containers) fill it; tests build it directly.
 *
 * @param host           the address to listen on; 127.0.0.1 keeps the service on this machine
 * @param port           the port; 0 picks a free one
 * @param data           the folder holding the job database, every job's files and the token
 * @param library        the folder holding {@code scenario-library/} and {@code rules/}
 * @param workers        runs that execute at once; more wait in the queue
 * @param queueCapacity  runs that may wait; one more is refused with 429
 * @param maxPaths       the most paths one run may ask for
 * @param maxBodyBytes   the largest request body; larger is 413
 * @param maxRunSeconds  a run still going after this long is stopped and marked failed
 * @param drainSeconds   on shutdown, how long running jobs may take to finish before they are
 *                       put back in the queue for the next start
 * @param maxAttempts    how many starts a run gets; one in flight at a crash is resumed until then,
 *                       and marked interrupted after
 * @param retentionDays  finished jobs (their records and files) are deleted this many days after
 *                       they finished; 0 keeps them for ever
 */
public record ServerConfig(
        String host,
        int port,
        Path data,
        Path library,
        int workers,
        int queueCapacity,
        int maxPaths,
        long maxBodyBytes,
        long maxRunSeconds,
        long drainSeconds,
        int maxAttempts,
        int retentionDays) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_DATA = "gram-data";
    public static final int DEFAULT_WORKERS = 1;
    public static final int DEFAULT_QUEUE = 100;
    public static final int DEFAULT_MAX_PATHS = 100_000;
    public static final long DEFAULT_MAX_BODY_BYTES = 1L << 20;
    public static final long DEFAULT_MAX_RUN_SECONDS = 600;
    public static final long DEFAULT_DRAIN_SECONDS = 20;
    public static final int DEFAULT_MAX_ATTEMPTS = 2;
    public static final int DEFAULT_RETENTION_DAYS = 30;

    public ServerConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("the port must be 0..65535, got " + port);
        }
        requirePositive("workers", workers);
        requirePositive("queue", queueCapacity);
        requirePositive("max paths", maxPaths);
        requirePositive("max body bytes", maxBodyBytes);
        requirePositive("max run seconds", maxRunSeconds);
        requirePositive("max attempts", maxAttempts);
        if (retentionDays < 0) {
            throw new IllegalArgumentException("the retention cannot be negative, got " + retentionDays);
        }
        if (drainSeconds < 0) {
            throw new IllegalArgumentException("the drain time cannot be negative, got " + drainSeconds);
        }
        data = data.toAbsolutePath().normalize();
        library = library.toAbsolutePath().normalize();
    }

    private static void requirePositive(String what, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }

    /** The defaults, with the library found from the working folder. */
    public static ServerConfig defaults() {
        return new ServerConfig(
                DEFAULT_HOST,
                DEFAULT_PORT,
                Path.of(DEFAULT_DATA),
                Path.of(""),
                DEFAULT_WORKERS,
                DEFAULT_QUEUE,
                DEFAULT_MAX_PATHS,
                DEFAULT_MAX_BODY_BYTES,
                DEFAULT_MAX_RUN_SECONDS,
                DEFAULT_DRAIN_SECONDS,
                DEFAULT_MAX_ATTEMPTS,
                DEFAULT_RETENTION_DAYS);
    }

    /**
     * The defaults overridden by the environment: {@code GRAM_HOST}, {@code GRAM_PORT}, {@code GRAM_RETENTION_DAYS},
     * {@code GRAM_DATA}, {@code GRAM_LIBRARY}, {@code GRAM_WORKERS}, {@code GRAM_QUEUE},
     * {@code GRAM_MAX_PATHS}, {@code GRAM_MAX_BODY_BYTES}, {@code GRAM_MAX_RUN_SECONDS},
     * {@code GRAM_DRAIN_SECONDS}, {@code GRAM_MAX_ATTEMPTS}.
     */
    public static ServerConfig fromEnvironment(Map<String, String> env) {
        ServerConfig d = defaults();
        return new ServerConfig(
                env.getOrDefault("GRAM_HOST", d.host),
                intOf(env, "GRAM_PORT", d.port),
                Path.of(env.getOrDefault("GRAM_DATA", DEFAULT_DATA)),
                Path.of(env.getOrDefault("GRAM_LIBRARY", "")),
                intOf(env, "GRAM_WORKERS", d.workers),
                intOf(env, "GRAM_QUEUE", d.queueCapacity),
                intOf(env, "GRAM_MAX_PATHS", d.maxPaths),
                longOf(env, "GRAM_MAX_BODY_BYTES", d.maxBodyBytes),
                longOf(env, "GRAM_MAX_RUN_SECONDS", d.maxRunSeconds),
                longOf(env, "GRAM_DRAIN_SECONDS", d.drainSeconds),
                intOf(env, "GRAM_MAX_ATTEMPTS", d.maxAttempts),
                intOf(env, "GRAM_RETENTION_DAYS", d.retentionDays));
    }

    private static int intOf(Map<String, String> env, String name, int fallback) {
        return (int) longOf(env, name, fallback);
    }

    private static long longOf(Map<String, String> env, String name, long fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'", e);
        }
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(
                host,
                newPort,
                data,
                library,
                workers,
                queueCapacity,
                maxPaths,
                maxBodyBytes,
                maxRunSeconds,
                drainSeconds,
                maxAttempts,
                retentionDays);
    }

    public ServerConfig withData(Path newData) {
        return new ServerConfig(
                host,
                port,
                newData,
                library,
                workers,
                queueCapacity,
                maxPaths,
                maxBodyBytes,
                maxRunSeconds,
                drainSeconds,
                maxAttempts,
                retentionDays);
    }

    public ServerConfig withLibrary(Path newLibrary) {
        return new ServerConfig(
                host,
                port,
                data,
                newLibrary,
                workers,
                queueCapacity,
                maxPaths,
                maxBodyBytes,
                maxRunSeconds,
                drainSeconds,
                maxAttempts,
                retentionDays);
    }

    public ServerConfig withLimits(int newWorkers, int newQueue, int newMaxPaths, long newMaxBodyBytes) {
        return new ServerConfig(
                host,
                port,
                data,
                library,
                newWorkers,
                newQueue,
                newMaxPaths,
                newMaxBodyBytes,
                maxRunSeconds,
                drainSeconds,
                maxAttempts,
                retentionDays);
    }

    public ServerConfig withTimes(long newMaxRunSeconds, long newDrainSeconds, int newMaxAttempts) {
        return new ServerConfig(
                host,
                port,
                data,
                library,
                workers,
                queueCapacity,
                maxPaths,
                maxBodyBytes,
                newMaxRunSeconds,
                newDrainSeconds,
                newMaxAttempts,
                retentionDays);
    }

    public ServerConfig withRetentionDays(int days) {
        return new ServerConfig(
                host,
                port,
                data,
                library,
                workers,
                queueCapacity,
                maxPaths,
                maxBodyBytes,
                maxRunSeconds,
                drainSeconds,
                maxAttempts,
                days);
    }
}
