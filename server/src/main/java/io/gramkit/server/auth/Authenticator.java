package io.gramkit.server.auth;

/** Turns a request's {@code Authorization} header into who sent it, or refuses with 401. */
public interface Authenticator {

    /**
     * Who sent a request.
     *
     * @param authorization the header's value, or null when there is none
     * @throws AccessDenied 401 when the header carries no valid bearer token
     */
    Principal authenticate(String authorization);

    /** Where a client gets a token, for the 401 message. */
    String howToSignIn();

    /** The token after {@code Bearer }, or 401 when there is none. */
    static String bearer(String authorization, String howToSignIn) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw AccessDenied.missing("a valid 'Authorization: Bearer <token>' header is required; " + howToSignIn);
        }
        String token = authorization.substring(7).strip();
        if (token.isEmpty()) {
            throw AccessDenied.missing("a valid 'Authorization: Bearer <token>' header is required; " + howToSignIn);
        }
        return token;
    }
}
