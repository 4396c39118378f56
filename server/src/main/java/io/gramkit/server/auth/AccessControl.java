package io.gramkit.server.auth;

import io.gramkit.server.limits.RateLimiter;

/**
 * What every API request passes before its handler: who sent it (401 without a valid token),
 * whether they are within their rate (429), and whether a role of theirs allows the method (403):
 * reading is {@link Permission#READ}, anything that changes state {@link Permission#RUN}. Handlers
 * check what depends on the request's content (uploaded rule files need
 * {@link Permission#GOVERN}) and on the run's team.
 */
public final class AccessControl {
    private final Authenticator authenticator;
    private final RateLimiter rates;

    public AccessControl(Authenticator authenticator, RateLimiter rates) {
        this.authenticator = authenticator;
        this.rates = rates;
    }

    public Principal admit(String method, String authorization) {
        Principal who = authenticator.authenticate(authorization);
        long wait = rates.acquire(who.subject());
        if (wait > 0) {
            throw AccessDenied.tooMany(
                    "too many requests from " + who.subject() + "; try again in " + wait + " s", wait);
        }
        boolean reads = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        who.require(reads ? Permission.READ : Permission.RUN, reads ? "reading" : "checking, running or cancelling");
        return who;
    }

    /** The key the local token's principal or the provider is in, for the log. */
    public String identity() {
        return authenticator instanceof OidcAuthenticator ? "oidc" : "local-token";
    }
}
