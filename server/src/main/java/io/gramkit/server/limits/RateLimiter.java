package io.gramkit.server.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token bucket per person: {@code burst} requests at once, refilled at
 * {@code requestsPerMinute}. Kept in this replica's memory, so behind N replicas a person gets up
 * to N times the rate; the per-user quotas on runs, which count in the database, hold over all.
 */
public final class RateLimiter {
    private static final int MAX_PEOPLE = 10_000;

    private final UserLimits limits;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long refilled;

        Bucket(double tokens, long refilled) {
            this.tokens = tokens;
            this.refilled = refilled;
        }
    }

    public RateLimiter(UserLimits limits) {
        this(limits, System::nanoTime);
    }

    RateLimiter(UserLimits limits, LongSupplier nanoClock) {
        this.limits = limits;
        this.nanoClock = nanoClock;
    }

    /** Takes one request from {@code who}'s bucket: 0 if admitted, else the whole seconds until one is. */
    public long acquire(String who) {
        if (limits.requestsPerMinute() == 0) {
            return 0;
        }
        long now = nanoClock.getAsLong();
        if (buckets.size() > MAX_PEOPLE) {
            buckets.values().removeIf(bucket -> refill(bucket, now) >= limits.burst());
        }
        Bucket bucket = buckets.computeIfAbsent(who, ignored -> new Bucket(limits.burst(), now));
        synchronized (bucket) {
            double tokens = refill(bucket, now);
            if (tokens >= 1) {
                bucket.tokens = tokens - 1;
                return 0;
            }
            double perSecond = limits.requestsPerMinute() / 60.0;
            return (long) Math.ceil((1 - tokens) / perSecond);
        }
    }

    private double refill(Bucket bucket, long now) {
        synchronized (bucket) {
            double perNano = limits.requestsPerMinute() / 60.0 / TimeUnit.SECONDS.toNanos(1);
            bucket.tokens = Math.min(limits.burst(), bucket.tokens + (now - bucket.refilled) * perNano);
            bucket.refilled = now;
            return bucket.tokens;
        }
    }
}
