package io.gramkit.server.jobs;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A job database server shared by every replica, instead of the embedded file.
 *
 * @param url      a JDBC URL whose driver the service carries: {@code jdbc:postgresql://host:5432/gram}
 * @param user     the database user
 * @param password its password (from the environment, so a Kubernetes secret can supply it)
 */
public record DatabaseConfig(String url, String user, String password) {
    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException(
                    "GRAM_DATABASE_URL must be a jdbc:postgresql:// URL (or jdbc:h2: for tests), got '" + url + "'");
        }
    }

    /**
     * From {@code GRAM_DATABASE_URL}, {@code GRAM_DATABASE_USER} and
     * {@code GRAM_DATABASE_PASSWORD}; empty (the embedded database) without a URL.
     */
    public static Optional<DatabaseConfig> fromEnvironment(Map<String, String> env) {
        String url = env.getOrDefault("GRAM_DATABASE_URL", "").strip();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DatabaseConfig(
                url, env.getOrDefault("GRAM_DATABASE_USER", "gram"), env.getOrDefault("GRAM_DATABASE_PASSWORD", "")));
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "DatabaseConfig[url=" + url + ", user=" + user + "]";
    }
}
