package io.gramkit.server.auth;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The identity provider's public keys, fetched from its JWKS URL (or read from a file) and kept.
 * A token signed with a key id the cache does not know makes it fetch again once (the provider
 * has rotated its keys), at most once per {@code minRefetch}; keys older than {@code maxAge} are
 * fetched again anyway. Nimbus selects and verifies; this class only decides when to fetch.
 */
final class KeyCache implements JWKSource<SecurityContext> {
    private static final int CONNECT_MILLIS = 5_000;
    private static final int READ_MILLIS = 5_000;
    private static final int SIZE_LIMIT = 512 * 1024;

    private final String location;
    private final Duration minRefetch;
    private final Duration maxAge;
    private final Clock clock;
    private JWKSet keys;
    private Instant fetched = Instant.MIN;
    private Instant lastAttempt = Instant.MIN;
    private int fetches;

    KeyCache(String location, Duration minRefetch, Duration maxAge, Clock clock) {
        this.location = location;
        this.minRefetch = minRefetch;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public synchronized List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        Instant now = clock.instant();
        if (keys == null || (now.isAfter(fetched.plus(maxAge)) && mayFetch(now))) {
            fetch(now);
        }
        List<JWK> found = selector.select(keys);
        if (found.isEmpty() && mayFetch(now)) {
            fetch(now); // an unknown key id: the provider may have rotated its keys
            found = selector.select(keys);
        }
        return found;
    }

    /** How often the keys were fetched, for tests and the log. */
    synchronized int fetches() {
        return fetches;
    }

    private boolean mayFetch(Instant now) {
        return !now.isBefore(lastAttempt.plus(minRefetch));
    }

    private void fetch(Instant now) throws KeySourceException {
        lastAttempt = now;
        try {
            keys = isUrl(location)
                    ? JWKSet.load(URI.create(location).toURL(), CONNECT_MILLIS, READ_MILLIS, SIZE_LIMIT)
                    : JWKSet.load(new File(location));
            fetched = now;
            fetches++;
        } catch (IOException | ParseException | IllegalArgumentException e) {
            if (keys != null) {
                return; // keep the keys we have; the next try comes no sooner than minRefetch
            }
            throw new KeySourceException(
                    "cannot fetch the identity provider's keys from " + location + ": " + e.getMessage(), e);
        }
    }

    static boolean isUrl(String location) {
        return location.startsWith("https://") || location.startsWith("http://");
    }
}
