package io.gramkit.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bearer tokens from an OpenID Connect provider, verified by Nimbus JOSE + JWT: the signature
 * (RS256 or ES256, with a key of the provider's JWK set), {@code iss} exactly, {@code aud}
 * containing the service's audience, {@code exp} and {@code nbf} within the clock skew, and a
 * {@code sub}. Roles and team come from the configured claims.
 */
public final class OidcAuthenticator implements Authenticator {
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    /** An admin whose token names no team still needs one for the runs they submit. */
    static final String ADMIN_TEAM = "admin";

    private static final Pattern WORDS = Pattern.compile("[\\s,]+");

    private final OidcConfig config;
    private final KeyCache keys;
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public OidcAuthenticator(OidcConfig config) {
        this(config, Clock.systemUTC());
    }

    OidcAuthenticator(OidcConfig config, Clock clock) {
        this.config = config;
        this.keys = new KeyCache(config.jwks(), config.minRefetch(), config.maxKeyAge(), clock);
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                config.audience(),
                new JWTClaimsSet.Builder().issuer(config.issuer()).build(),
                Set.of("sub", "exp"));
        claims.setMaxClockSkew((int) config.clockSkew().toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
    }

    @Override
    public Principal authenticate(String authorization) {
        String token = Authenticator.bearer(authorization, howToSignIn());
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (KeySourceException e) {
            throw new AccessDenied(
                    503,
                    "the identity provider's keys cannot be fetched just now; try again shortly",
                    Map.of("Retry-After", "10"));
        } catch (ParseException e) {
            throw AccessDenied.invalid("the bearer token is not a signed JWT");
        } catch (BadJOSEException | JOSEException e) {
            throw AccessDenied.invalid("the bearer token is not valid: " + reason(e));
        }
        return principal(claims);
    }

    @Override
    public String howToSignIn() {
        return "sign in with the identity provider " + config.issuer() + " and send its access token";
    }

    /** How often the keys were fetched. */
    int keyFetches() {
        return keys.fetches();
    }

    private Principal principal(JWTClaimsSet claims) {
        String subject = claims.getSubject();
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : strings(claim(claims, config.rolesClaim()))) {
            Role.named(value).ifPresent(roles::add);
        }
        List<String> teams = strings(claim(claims, config.teamClaim()));
        String team;
        if (teams.size() == 1 && !teams.get(0).isBlank()) {
            team = teams.get(0).strip();
        } else if (roles.contains(Role.ADMIN) && teams.isEmpty()) {
            team = ADMIN_TEAM;
        } else {
            throw AccessDenied.forbidden("the token must name exactly one team in its '" + config.teamClaim()
                    + "' claim; it names " + teams.size());
        }
        if (roles.isEmpty()) {
            throw AccessDenied.forbidden("the token's '" + config.rolesClaim()
                    + "' claim names none of the service's roles (viewer, analyst, governance, admin)");
        }
        return new Principal(subject, team, roles);
    }

    /** A claim by a dotted name: {@code realm_access.roles} reads {@code roles} inside {@code realm_access}. */
    private static Optional<Object> claim(JWTClaimsSet claims, String dotted) {
        Object value = claims.getClaims();
        for (String part : dotted.split("\\.", -1)) {
            if (!(value instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            value = map.get(part);
        }
        return Optional.ofNullable(value);
    }

    /** A claim's strings: a list of them, or one string of words separated by spaces or commas. */
    private static List<String> strings(Optional<Object> value) {
        List<String> strings = new ArrayList<>();
        if (value.isEmpty()) {
            return strings;
        }
        if (value.get() instanceof Collection<?> many) {
            for (Object one : many) {
                if (one instanceof String text) {
                    strings.add(text);
                }
            }
        } else if (value.get() instanceof String text) {
            WORDS.splitAsStream(text).filter(word -> !word.isEmpty()).forEach(strings::add);
        }
        return strings;
    }

    /** Nimbus' reason in the service's words: lower case, no trailing period. */
    private static String reason(Exception e) {
        String message = e.getMessage() == null ? "rejected" : e.getMessage();
        if (message.contains("Expired JWT")) {
            return "expired";
        } else if (message.contains("before use time")) {
            return "not valid yet (nbf)";
        } else if (message.contains("audience rejected") || message.contains("aud claim")) {
            return "wrong audience";
        } else if (message.contains("iss claim")) {
            return "wrong issuer";
        } else if (message.contains("Invalid signature")) {
            return "bad signature";
        } else if (message.contains("no matching key")) {
            return "signed with an unknown key or algorithm";
        } else if (message.contains("missing required claims")) {
            return "missing required claims (sub, exp)";
        }
        return message.toLowerCase(java.util.Locale.ROOT).replaceAll("\\.$", "");
    }
}
