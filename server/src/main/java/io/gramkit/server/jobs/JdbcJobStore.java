package io.gramkit.server.jobs;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * Job records in a SQL database through JDBC: an embedded H2 file under the data folder by
 * default, or a PostgreSQL server that several replicas share. The schema is made and upgraded by
 * Flyway migrations ({@code db/migration}), written in SQL that H2 and PostgreSQL both read. Times
 * are epoch milliseconds. One connection per process, used by one caller at a time: job records
 * change a few times per run, and leases once a second per replica, far below what that serves.
 */
public final class JdbcJobStore implements JobStore {
    private static final String COLUMNS = "id, kind, status, progress, submitted, started, finished, attempts,"
            + " settings, summary, error, team, owner, paths, lease_owner, warnings";
    /** A job left running by a replica that is gone: its lease ran out, or it was this replica's. */
    private static final String ORPHAN =
            " WHERE id = ? AND status = 'running' AND (lease_until IS NULL OR lease_until < ? OR lease_owner = ?)";

    private final Connection connection;
    /** Whether other processes may use the database (anything but an embedded H2 file). */
    private final boolean shared;
    /**
     * Whether each change of a job's status is followed by {@code CHECKPOINT SYNC}: H2's MVStore can
     * lose a committed change to {@code kill -9} even with {@code WRITE_DELAY=0} (seen in
     * ProcessRecoveryTest under load: a finished run came back as running), so the embedded store
     * forces every transition to the file. Progress updates are not synced: a lost one is harmless.
     */
    private final boolean syncTransitions;

    private JdbcJobStore(Connection connection, boolean shared) {
        this.connection = connection;
        this.shared = shared;
        this.syncTransitions = !shared;
    }

    /**
     * The embedded store in {@code folder} ({@code jobs.mv.db}). Every commit reaches the file
     * before the call returns ({@code WRITE_DELAY=0}), so a job accepted is a job kept through
     * {@code kill -9}; the service closes the database itself after its shutdown has re-queued
     * what was running ({@code DB_CLOSE_ON_EXIT=FALSE}: H2's own shutdown hook would close it
     * first).
     */
    public static JdbcJobStore embedded(Path folder) {
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().normalize().resolve("jobs")
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        return open(url, "gram", "");
    }

    /** A store at any JDBC URL whose driver is on the class path; migrates the schema first. */
    public static JdbcJobStore open(String url, String user, String password) {
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try {
            // Only an embedded file is this process's alone (H2 locks it); any server may be shared.
            return new JdbcJobStore(DriverManager.getConnection(url, user, password), !url.startsWith("jdbc:h2:file:"));
        } catch (SQLException e) {
            throw new StoreException("cannot open the job database", e);
        }
    }

    @Override
    public synchronized void insert(Job job) {
        transition(
                "INSERT INTO jobs (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                job.id(),
                job.kind(),
                job.status().label(),
                job.progress(),
                job.submitted().toEpochMilli(),
                job.started().map(Instant::toEpochMilli).orElse(null),
                job.finished().map(Instant::toEpochMilli).orElse(null),
                job.attempts(),
                job.settings(),
                job.summary().orElse(null),
                job.error().orElse(null),
                job.team(),
                job.owner(),
                job.paths(),
                job.replica().orElse(null),
                job.warnings());
    }

    @Override
    public synchronized Optional<Job> find(String id) {
        return findUnlocked(id);
    }

    private Optional<Job> findUnlocked(String id) {
        return query("SELECT " + COLUMNS + " FROM jobs WHERE id = ?", id).stream()
                .findFirst();
    }

    @Override
    public synchronized List<Job> recent(int limit) {
        return query("SELECT " + COLUMNS + " FROM jobs ORDER BY submitted DESC, id LIMIT " + Math.max(0, limit));
    }

    @Override
    public synchronized List<Job> recent(int limit, String team) {
        return query(
                "SELECT " + COLUMNS + " FROM jobs WHERE team = ? ORDER BY submitted DESC, id LIMIT "
                        + Math.max(0, limit),
                team);
    }

    @Override
    public synchronized List<Job> withStatus(JobStatus status) {
        return query("SELECT " + COLUMNS + " FROM jobs WHERE status = ? ORDER BY submitted, id", status.label());
    }

    @Override
    public synchronized int count(JobStatus status) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM jobs WHERE status = ?")) {
            statement.setString(1, status.label());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count jobs", e);
        }
    }

    @Override
    public synchronized boolean claim(String id, Instant started) {
        return transition(
                        "UPDATE jobs SET status = 'running', started = ?, progress = 0, attempts = attempts + 1"
                                + " WHERE id = ? AND status = 'queued'",
                        started.toEpochMilli(),
                        id)
                == 1;
    }

    @Override
    public synchronized Optional<Job> claimNext(String replica, Instant started, Instant leaseUntil) {
        try {
            connection.setAutoCommit(false);
            try {
                Optional<String> id = Optional.empty();
                // The row lock lasts until the commit; SKIP LOCKED lets another replica's claim
                // take the next job instead of waiting for this one.
                try (PreparedStatement select =
                                connection.prepareStatement("SELECT id FROM jobs WHERE status = 'queued'"
                                        + " ORDER BY submitted, id LIMIT 1 FOR UPDATE SKIP LOCKED");
                        ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        id = Optional.of(rows.getString(1));
                    }
                }
                if (id.isPresent()) {
                    int claimed = update(
                            "UPDATE jobs SET status = 'running', started = ?, progress = 0, attempts = attempts + 1,"
                                    + " lease_owner = ?, lease_until = ?, cancel_requested = FALSE"
                                    + " WHERE id = ? AND status = 'queued'",
                            started.toEpochMilli(),
                            replica,
                            leaseUntil.toEpochMilli(),
                            id.get());
                    if (claimed != 1) {
                        id = Optional.empty();
                    }
                }
                connection.commit();
                if (id.isPresent()) {
                    sync();
                }
                return id.flatMap(this::findUnlocked);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot claim a job", e);
        }
    }

    @Override
    public synchronized int renewLeases(String replica, Instant leaseUntil) {
        return update(
                "UPDATE jobs SET lease_until = ? WHERE lease_owner = ? AND status = 'running'",
                leaseUntil.toEpochMilli(),
                replica);
    }

    @Override
    public synchronized List<Job> expired(Instant now) {
        return query(
                "SELECT " + COLUMNS + " FROM jobs WHERE status = 'running' AND (lease_until IS NULL OR lease_until < ?)"
                        + " ORDER BY submitted, id",
                now.toEpochMilli());
    }

    @Override
    public synchronized boolean requeueOrphan(String id, Instant cutoff, String replica) {
        return transition(
                        "UPDATE jobs SET status = 'queued', started = NULL, progress = 0, lease_owner = NULL,"
                                + " lease_until = NULL" + ORPHAN,
                        id,
                        cutoff.toEpochMilli(),
                        replica)
                == 1;
    }

    @Override
    public synchronized boolean interruptOrphan(
            String id, Instant cutoff, String replica, Instant finished, String error) {
        return update(
                        "UPDATE jobs SET status = 'interrupted', finished = ?, error = ?, lease_until = NULL" + ORPHAN,
                        finished.toEpochMilli(),
                        error,
                        id,
                        cutoff.toEpochMilli(),
                        replica)
                == 1;
    }

    @Override
    public synchronized void progress(String id, double progress) {
        update("UPDATE jobs SET progress = ? WHERE id = ? AND status = 'running'", progress, id);
    }

    @Override
    public synchronized void finish(
            String id, JobStatus status, Instant finished, Optional<String> summary, Optional<String> error) {
        if (!status.isFinal()) {
            throw new IllegalArgumentException("a job finishes with a final status, not " + status.label());
        }
        transition(
                "UPDATE jobs SET status = ?, finished = ?" + (status == JobStatus.DONE ? ", progress = 1" : "")
                        + ", summary = ?, error = ? WHERE id = ? AND status IN ('running', 'queued')",
                status.label(),
                finished.toEpochMilli(),
                summary.orElse(null),
                error.orElse(null),
                id);
    }

    @Override
    public synchronized boolean finishLeased(
            String id,
            String replica,
            JobStatus status,
            Instant finished,
            Optional<String> summary,
            Optional<String> error) {
        if (!status.isFinal()) {
            throw new IllegalArgumentException("a job finishes with a final status, not " + status.label());
        }
        return transition(
                        "UPDATE jobs SET status = ?, finished = ?" + (status == JobStatus.DONE ? ", progress = 1" : "")
                                + ", summary = ?, error = ?, lease_until = NULL"
                                + " WHERE id = ? AND status = 'running' AND lease_owner = ?",
                        status.label(),
                        finished.toEpochMilli(),
                        summary.orElse(null),
                        error.orElse(null),
                        id,
                        replica)
                == 1;
    }

    @Override
    public synchronized boolean requestCancel(String id) {
        return update("UPDATE jobs SET cancel_requested = TRUE WHERE id = ? AND status = 'running'", id) == 1;
    }

    @Override
    public synchronized List<String> cancelsRequested(String replica) {
        return query(
                        "SELECT " + COLUMNS + " FROM jobs WHERE lease_owner = ? AND status = 'running'"
                                + " AND cancel_requested = TRUE",
                        replica)
                .stream()
                .map(Job::id)
                .toList();
    }

    @Override
    public synchronized Usage usage(String owner) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*), COALESCE(SUM(paths), 0)"
                + " FROM jobs WHERE owner = ? AND status IN ('queued', 'running')")) {
            statement.setString(1, owner);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new Usage(rows.getInt(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count a user's jobs", e);
        }
    }

    @Override
    public synchronized List<String> finishedBefore(Instant cutoff, int limit) {
        return query(
                        "SELECT " + COLUMNS
                                + " FROM jobs WHERE finished < ? AND status IN ('done', 'failed', 'cancelled',"
                                + " 'interrupted') ORDER BY finished, id LIMIT " + Math.max(0, limit),
                        cutoff.toEpochMilli())
                .stream()
                .map(Job::id)
                .toList();
    }

    @Override
    public synchronized boolean delete(String id) {
        return transition(
                        "DELETE FROM jobs WHERE id = ? AND status IN ('done', 'failed', 'cancelled', 'interrupted')",
                        id)
                == 1;
    }

    @Override
    public boolean shared() {
        return shared;
    }

    @Override
    public synchronized boolean cancelQueued(String id, Instant finished) {
        return transition(
                        "UPDATE jobs SET status = 'cancelled', finished = ? WHERE id = ? AND status = 'queued'",
                        finished.toEpochMilli(),
                        id)
                == 1;
    }

    @Override
    public synchronized void requeue(String id, boolean refund) {
        transition(
                "UPDATE jobs SET status = 'queued', started = NULL, progress = 0, attempts = attempts - ?,"
                        + " lease_owner = NULL, lease_until = NULL WHERE id = ? AND status = 'running'",
                refund ? 1 : 0,
                id);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the job database", e);
        }
    }

    /** An update that changes a job's status: durable before it returns. */
    private int transition(String sql, Object... values) {
        int rows = update(sql, values);
        sync();
        return rows;
    }

    private void sync() {
        if (syncTransitions) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
            } catch (SQLException e) {
                throw new StoreException("cannot write the job database to disk", e);
            }
        }
    }

    private int update(String sql, Object... values) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot update the job database", e);
        }
    }

    private List<Job> query(String sql, Object... values) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, values);
            List<Job> jobs = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    jobs.add(job(rows));
                }
            }
            return jobs;
        } catch (SQLException e) {
            throw new StoreException("cannot read the job database", e);
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
    }

    private static Job job(ResultSet row) throws SQLException {
        return new Job(
                row.getString("id"),
                row.getString("kind"),
                JobStatus.of(row.getString("status")),
                row.getDouble("progress"),
                Instant.ofEpochMilli(row.getLong("submitted")),
                instant(row, "started"),
                instant(row, "finished"),
                row.getInt("attempts"),
                row.getString("settings"),
                Optional.ofNullable(row.getString("summary")),
                Optional.ofNullable(row.getString("error")),
                row.getString("team"),
                row.getString("owner"),
                row.getInt("paths"),
                Optional.ofNullable(row.getString("lease_owner")),
                Optional.ofNullable(row.getString("warnings")).orElse("[]"));
    }

    private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(value));
    }

    /** The database failed: a fault of the service, never of the request. */
    public static final class StoreException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
