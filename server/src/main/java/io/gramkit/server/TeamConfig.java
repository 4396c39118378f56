package io.gramkit.server;

import io.gramkit.server.auth.OidcConfig;
import io.gramkit.server.jobs.DatabaseConfig;
import io.gramkit.server.limits.UserLimits;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the service for a team needs beyond {@link ServerConfig}: who may sign in, where job
 * records and files live when several replicas share them, and what each person may ask for.
 * Read from the environment only ({@code GRAM_OIDC_*}, {@code GRAM_DATABASE_*},
 * {@code GRAM_JOB_FILES}, {@code GRAM_REPLICA_ID}, {@code GRAM_LEASE_SECONDS},
 * {@code GRAM_USER_*}); every part is off or local by default.
 *
 * @param oidc     the identity provider; empty: the local token of {@code DATA/token}
 * @param database a shared database; empty: the embedded file under {@code DATA/db}
 * @param jobFiles the folder of every job's input and result files, on a volume every replica
 *                 mounts; empty: {@code DATA/jobs}
 * @param replica  this replica's name in job leases; stable names (a StatefulSet's pod names) let
 *                 a restarted replica take its jobs back at once instead of after the lease
 * @param lease    how long a running job stays this replica's without a renewal; a replica renews
 *                 every second, and any replica re-queues a job whose lease ran out
 * @param limits   per-person rate limits and quotas
 */
public record TeamConfig(
        Optional<OidcConfig> oidc,
        Optional<DatabaseConfig> database,
        Optional<Path> jobFiles,
        String replica,
        Duration lease,
        UserLimits limits) {

    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);

    public TeamConfig {
        Objects.requireNonNull(oidc, "oidc");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(jobFiles, "jobFiles");
        Objects.requireNonNull(limits, "limits");
        if (replica == null || replica.isBlank() || replica.length() > 128) {
            throw new IllegalArgumentException("the replica id must be 1 to 128 characters");
        }
        if (lease.compareTo(Duration.ofSeconds(2)) < 0) {
            throw new IllegalArgumentException("the lease must be at least 2 s, got " + lease.toSeconds() + " s");
        }
        jobFiles = jobFiles.map(path -> path.toAbsolutePath().normalize());
    }

    /** One replica, the local token, the embedded database, no per-person limits: as before issue 18. */
    public static TeamConfig local() {
        return new TeamConfig(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                defaultReplica(),
                DEFAULT_LEASE,
                UserLimits.none());
    }

    public static TeamConfig fromEnvironment(Map<String, String> env) {
        String replica = env.getOrDefault("GRAM_REPLICA_ID", "").strip();
        String files = env.getOrDefault("GRAM_JOB_FILES", "").strip();
        Optional<OidcConfig> oidc = OidcConfig.fromEnvironment(env);
        return new TeamConfig(
                oidc,
                DatabaseConfig.fromEnvironment(env),
                files.isEmpty() ? Optional.empty() : Optional.of(Path.of(files)),
                replica.isEmpty() ? defaultReplica() : replica,
                Duration.ofSeconds(
                        Long.parseLong(env.getOrDefault("GRAM_LEASE_SECONDS", Long.toString(DEFAULT_LEASE.toSeconds()))
                                .strip())),
                UserLimits.fromEnvironment(env, oidc.isPresent()));
    }

    public TeamConfig withOidc(OidcConfig newOidc) {
        return new TeamConfig(Optional.of(newOidc), database, jobFiles, replica, lease, limits);
    }

    public TeamConfig withDatabase(DatabaseConfig newDatabase, Path newJobFiles) {
        return new TeamConfig(oidc, Optional.of(newDatabase), Optional.of(newJobFiles), replica, lease, limits);
    }

    public TeamConfig withReplica(String newReplica, Duration newLease) {
        return new TeamConfig(oidc, database, jobFiles, newReplica, newLease, limits);
    }

    public TeamConfig withLimits(UserLimits newLimits) {
        return new TeamConfig(oidc, database, jobFiles, replica, lease, newLimits);
    }

    /** The folder of job files for a service whose data folder is {@code data}. */
    public Path jobFilesUnder(Path data) {
        return jobFiles.orElse(data.resolve("jobs"));
    }

    /** Host name and process id: unique while the process lives. */
    static String defaultReplica() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String pid = Long.toString(ProcessHandle.current().pid());
        String name = host + "-" + pid;
        return name.length() > 128 ? name.substring(name.length() - 128) : name;
    }
}
