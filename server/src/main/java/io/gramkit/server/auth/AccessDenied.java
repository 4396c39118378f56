package io.gramkit.server.auth;

import java.util.Map;

/**
 * A request refused before it reaches its handler: 401 (no valid token), 403 (a role or team
 * that does not allow it), 429 (over a limit) or 503 (the identity provider's keys cannot be
 * fetched). Carries the response headers that go with it ({@code WWW-Authenticate},
 * {@code Retry-After}).
 */
public final class AccessDenied extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Map<String, String> headers;

    public AccessDenied(int status, String message, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    /** 401 with no token at all: RFC 6750 says the challenge then carries no error code. */
    public static AccessDenied missing(String message) {
        return new AccessDenied(401, message, Map.of("WWW-Authenticate", "Bearer"));
    }

    /** 401 for a token that was sent but is not valid. */
    public static AccessDenied invalid(String message) {
        return new AccessDenied(401, message, Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
    }

    public static AccessDenied forbidden(String message) {
        return new AccessDenied(403, message, Map.of());
    }

    public static AccessDenied tooMany(String message, long retryAfterSeconds) {
        return new AccessDenied(429, message, Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))));
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
