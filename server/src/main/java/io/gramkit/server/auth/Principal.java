package io.gramkit.server.auth;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who sent a request: the token's subject, the team whose runs they work with, and their roles.
 *
 * @param subject the identity provider's stable id for the person ({@code sub}); quotas and rate
 *                limits count per subject
 * @param team    the team that owns the runs this person submits
 */
public record Principal(String subject, String team, Set<Role> roles) {
    /** The single local token: admin of the team {@code local}. */
    public static final Principal LOCAL = new Principal("local", "local", Set.of(Role.ADMIN));

    public Principal {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(team, "team");
        if (subject.isBlank() || team.isBlank()) {
            throw new IllegalArgumentException("a principal needs a subject and a team");
        }
        roles = Set.copyOf(roles);
    }

    public boolean may(Permission permission) {
        return roles.stream().anyMatch(role -> role.grants(permission));
    }

    public boolean admin() {
        return roles.contains(Role.ADMIN);
    }

    /** Whether this person may see a run of {@code owningTeam}: their own team's, or any for an admin. */
    public boolean sees(String owningTeam) {
        return admin() || team.equals(owningTeam);
    }

    /** Refuses with 403 unless a role grants {@code permission}. */
    public void require(Permission permission, String what) {
        if (!may(permission)) {
            throw AccessDenied.forbidden(what + " needs a role that grants "
                    + permission.name().toLowerCase(java.util.Locale.ROOT) + "; this token's roles: " + labels());
        }
    }

    String labels() {
        TreeSet<String> names = new TreeSet<>();
        roles.forEach(role -> names.add(role.label()));
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
