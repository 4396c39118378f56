package io.gramkit.server.auth;

import java.util.Locale;
import java.util.Optional;

/**
 * The roles a person has in the service, as the identity provider names them in the roles claim.
 * Each includes the ones before it; only {@link #ADMIN} sees every team's runs.
 */
public enum Role {
    VIEWER,
    ANALYST,
    GOVERNANCE,
    ADMIN;

    public boolean grants(Permission permission) {
        return switch (this) {
            case VIEWER -> permission == Permission.READ;
            case ANALYST -> permission != Permission.GOVERN;
            case GOVERNANCE, ADMIN -> true;
        };
    }

    /** The word used in tokens and the API. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role a claim value names (any case), if it names one. */
    public static Optional<Role> named(String value) {
        for (Role role : values()) {
            if (role.label().equalsIgnoreCase(value.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
