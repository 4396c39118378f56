package io.gramkit.server.limits;

import java.util.Map;

/**
 * What one person (one token subject) may ask of the service; 0 switches a limit off.
 *
 * @param requestsPerMinute the steady rate of API requests; beyond it 429 with {@code Retry-After}
 * @param burst             how many requests may come at once before the rate applies
 * @param maxActiveRuns     runs queued or running at once, over every replica
 * @param maxActivePaths    paths of those runs added up
 */
public record UserLimits(int requestsPerMinute, int burst, int maxActiveRuns, long maxActivePaths) {
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 600;
    public static final int DEFAULT_BURST = 100;
    public static final int DEFAULT_MAX_ACTIVE_RUNS = 10;
    public static final long DEFAULT_MAX_ACTIVE_PATHS = 1_000_000;

    public UserLimits {
        if (requestsPerMinute < 0 || burst < 0 || maxActiveRuns < 0 || maxActivePaths < 0) {
            throw new IllegalArgumentException("user limits cannot be negative");
        }
        if (requestsPerMinute > 0 && burst == 0) {
            throw new IllegalArgumentException("a rate limit needs a burst of at least 1");
        }
    }

    public static UserLimits defaults() {
        return new UserLimits(
                DEFAULT_REQUESTS_PER_MINUTE, DEFAULT_BURST, DEFAULT_MAX_ACTIVE_RUNS, DEFAULT_MAX_ACTIVE_PATHS);
    }

    public static UserLimits none() {
        return new UserLimits(0, 0, 0, 0);
    }

    /**
     * From {@code GRAM_USER_REQUESTS_PER_MINUTE}, {@code GRAM_USER_BURST},
     * {@code GRAM_USER_MAX_ACTIVE_RUNS} and {@code GRAM_USER_MAX_ACTIVE_PATHS}. A service for a
     * team (signing in through an identity provider) has the defaults; one with the local token is
     * one person's, and has no limits unless they are set.
     */
    public static UserLimits fromEnvironment(Map<String, String> env, boolean team) {
        UserLimits d = team ? defaults() : none();
        return new UserLimits(
                (int) number(env, "GRAM_USER_REQUESTS_PER_MINUTE", d.requestsPerMinute),
                (int) number(env, "GRAM_USER_BURST", d.burst == 0 ? DEFAULT_BURST : d.burst),
                (int) number(env, "GRAM_USER_MAX_ACTIVE_RUNS", d.maxActiveRuns),
                number(env, "GRAM_USER_MAX_ACTIVE_PATHS", d.maxActivePaths));
    }

    static long number(Map<String, String> env, String name, long fallback) {
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
}
