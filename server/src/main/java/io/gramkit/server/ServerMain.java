package io.gramkit.server;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the service from the environment alone ({@code GRAM_PORT}, {@code GRAM_DATA}, ...; see
 * {@link ServerConfig#fromEnvironment}, and for identity, a shared database and limits
 * {@link TeamConfig#fromEnvironment}), for containers and for tests that start it as a process
 * of its own. {@code gram serve} is the same with command-line options. SIGTERM stops it
 * gracefully.
 */
public final class ServerMain {
    private ServerMain() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        serveUntilStopped(ServerConfig.fromEnvironment(System.getenv()));
    }

    /**
     * Serves until the JVM is asked to stop (SIGTERM, Ctrl-C), then shuts down gracefully. The
     * team settings ({@code GRAM_OIDC_*}, {@code GRAM_DATABASE_*}, ...) come from the environment.
     */
    public static void serveUntilStopped(ServerConfig config) throws IOException, InterruptedException {
        GramServer server = GramServer.start(config, TeamConfig.fromEnvironment(System.getenv()), System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "gram-shutdown"));
        stopped.await();
    }
}
