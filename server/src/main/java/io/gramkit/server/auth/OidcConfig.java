package io.gramkit.server.auth;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the service checks the identity provider's tokens. With it configured the local token is
 * off.
 *
 * @param issuer      the {@code iss} every token must carry exactly (the provider's issuer URL)
 * @param audience    a value the token's {@code aud} must contain (the client id the provider
 *                    issues tokens for)
 * @param jwks        where the provider's public keys are: an {@code http(s)://} URL (its
 *                    {@code jwks_uri}) or a file holding a JWK set
 * @param rolesClaim  the claim holding the roles; a dotted name reaches into objects
 *                    ({@code realm_access.roles} for Keycloak)
 * @param teamClaim   the claim holding the team, a dotted name too
 * @param clockSkew   how far {@code exp} and {@code nbf} may be off
 * @param minRefetch  the shortest time between two fetches of the keys for an unknown key id, so
 *                    tokens with made-up key ids cannot make the service hammer the provider
 * @param maxKeyAge   keys are fetched again after this long even when every key id is known
 */
public record OidcConfig(
        String issuer,
        String audience,
        String jwks,
        String rolesClaim,
        String teamClaim,
        Duration clockSkew,
        Duration minRefetch,
        Duration maxKeyAge) {

    public static final String DEFAULT_ROLES_CLAIM = "roles";
    public static final String DEFAULT_TEAM_CLAIM = "team";
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);
    public static final Duration DEFAULT_MIN_REFETCH = Duration.ofSeconds(10);
    public static final Duration DEFAULT_MAX_KEY_AGE = Duration.ofHours(1);

    public OidcConfig {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(jwks, "jwks");
        if (issuer.isBlank() || audience.isBlank() || jwks.isBlank()) {
            throw new IllegalArgumentException(
                    "OpenID Connect needs GRAM_OIDC_ISSUER, GRAM_OIDC_AUDIENCE and GRAM_OIDC_JWKS together");
        }
        if (rolesClaim.isBlank() || teamClaim.isBlank()) {
            throw new IllegalArgumentException("the roles and team claims need names");
        }
        if (clockSkew.isNegative() || minRefetch.isNegative() || maxKeyAge.isNegative()) {
            throw new IllegalArgumentException("OpenID Connect durations cannot be negative");
        }
    }

    /** With the defaults for claims and key caching. */
    public static OidcConfig of(String issuer, String audience, String jwks) {
        return new OidcConfig(
                issuer,
                audience,
                jwks,
                DEFAULT_ROLES_CLAIM,
                DEFAULT_TEAM_CLAIM,
                DEFAULT_CLOCK_SKEW,
                DEFAULT_MIN_REFETCH,
                DEFAULT_MAX_KEY_AGE);
    }

    public OidcConfig withMinRefetch(Duration newMinRefetch) {
        return new OidcConfig(issuer, audience, jwks, rolesClaim, teamClaim, clockSkew, newMinRefetch, maxKeyAge);
    }

    public OidcConfig withClaims(String newRolesClaim, String newTeamClaim) {
        return new OidcConfig(issuer, audience, jwks, newRolesClaim, newTeamClaim, clockSkew, minRefetch, maxKeyAge);
    }

    /**
     * From {@code GRAM_OIDC_ISSUER}, {@code GRAM_OIDC_AUDIENCE}, {@code GRAM_OIDC_JWKS},
     * {@code GRAM_OIDC_ROLES_CLAIM}, {@code GRAM_OIDC_TEAM_CLAIM}; empty when none of the first
     * three is set (the local token is used then). Setting some but not all is an error.
     */
    public static Optional<OidcConfig> fromEnvironment(Map<String, String> env) {
        String issuer = env.getOrDefault("GRAM_OIDC_ISSUER", "").strip();
        String audience = env.getOrDefault("GRAM_OIDC_AUDIENCE", "").strip();
        String jwks = env.getOrDefault("GRAM_OIDC_JWKS", "").strip();
        if (issuer.isEmpty() && audience.isEmpty() && jwks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OidcConfig(
                issuer,
                audience,
                jwks,
                nonBlank(env.get("GRAM_OIDC_ROLES_CLAIM"), DEFAULT_ROLES_CLAIM),
                nonBlank(env.get("GRAM_OIDC_TEAM_CLAIM"), DEFAULT_TEAM_CLAIM),
                DEFAULT_CLOCK_SKEW,
                DEFAULT_MIN_REFETCH,
                DEFAULT_MAX_KEY_AGE));
    }

    private static String nonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
