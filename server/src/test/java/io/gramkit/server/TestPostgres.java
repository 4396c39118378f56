package io.gramkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the tests, started once per test JVM by {@code bin/test-postgres}
 * (which installs Debian's package when it is missing) on a free loopback port, and stopped when
 * the JVM ends. Each test takes a database of its own. In CI it must start; elsewhere a machine
 * that cannot run it skips those tests and says why.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static String url;
    private static String failure;

    private TestPostgres() {}

    /** A new, empty database's JDBC URL; skips the test when no server can run here (fails in CI). */
    public static synchronized String newDatabase() {
        if (url == null && failure == null) {
            start();
        }
        if ("true".equals(System.getenv("CI"))) {
            assertThat(failure).as("bin/test-postgres starts PostgreSQL in CI").isNull();
        }
        assumeTrue(failure == null, () -> "no PostgreSQL server here: " + failure);
        String name = "gram_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(url, "gram", "");
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
        return url.substring(0, url.lastIndexOf('/') + 1) + name;
    }

    private static void start() {
        try {
            Path dir = Files.createTempDirectory("gram-postgres");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path script = Repo.root().resolve("bin/test-postgres");
            Process process = new ProcessBuilder(script.toString(), "start", dir.toString(), Integer.toString(port))
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(600, TimeUnit.SECONDS) || process.exitValue() != 0 || !out.startsWith("jdbc:")) {
                failure = "bin/test-postgres start failed (exit " + (process.isAlive() ? "none" : process.exitValue())
                        + ")";
                return;
            }
            url = out;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    new ProcessBuilder(script.toString(), "stop", dir.toString())
                            .start()
                            .waitFor(60, TimeUnit.SECONDS);
                    Folders.deleteTree(dir);
                } catch (IOException e) {
                    // best effort at exit
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        } catch (IOException e) {
            failure = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        }
    }
}
