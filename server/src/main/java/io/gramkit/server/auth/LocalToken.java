package io.gramkit.server.auth;

import io.gramkit.server.ApiToken;

/** The single token of {@code DATA/token}, used when no identity provider is configured: admin of team {@code local}. */
public final class LocalToken implements Authenticator {
    private final ApiToken token;

    public LocalToken(ApiToken token) {
        this.token = token;
    }

    @Override
    public Principal authenticate(String authorization) {
        Authenticator.bearer(authorization, howToSignIn());
        if (!token.admits(authorization)) {
            throw AccessDenied.invalid("a valid 'Authorization: Bearer <token>' header is required; " + howToSignIn());
        }
        return Principal.LOCAL;
    }

    @Override
    public String howToSignIn() {
        return "the token is in the service's DATA/token";
    }
}
