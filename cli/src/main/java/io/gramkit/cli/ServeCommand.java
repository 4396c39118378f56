package io.gramkit.cli;

import io.gramkit.server.ServerConfig;
import io.gramkit.server.ServerMain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gram serve}: the service, each option also read from a {@code GRAM_*} variable for containers. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Serves the kit over HTTP (JSON under /api/v1, described by /api/v1/openapi.json) until stopped;"
                    + " SIGTERM or Ctrl-C finish or re-queue running jobs. Every option can also be set by the"
                    + " environment variable named in its description.",
            "Every endpoint but /healthz, /readyz and /metrics needs 'Authorization: Bearer TOKEN', with the"
                    + " token that the first start writes to DATA/token (readable by its owner only)."
        })
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            defaultValue = "${env:GRAM_HOST:-" + ServerConfig.DEFAULT_HOST + "}",
            description = "Address to listen on (GRAM_HOST; default ${DEFAULT-VALUE}: this machine only).")
    String host;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "${env:GRAM_PORT:-" + ServerConfig.DEFAULT_PORT + "}",
            description = "Port (GRAM_PORT; default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "${env:GRAM_DATA:-" + ServerConfig.DEFAULT_DATA + "}",
            description =
                    "Folder for the job database, the jobs' files and the token (GRAM_DATA; default ${DEFAULT-VALUE}).")
    Path data;

    @Option(
            names = "--library",
            paramLabel = "DIR",
            defaultValue = "${env:GRAM_LIBRARY:-.}",
            description = "Folder holding scenario-library/ and rules/ (GRAM_LIBRARY; default: the working folder).")
    Path library;

    @Option(
            names = "--workers",
            paramLabel = "N",
            defaultValue = "${env:GRAM_WORKERS:-" + ServerConfig.DEFAULT_WORKERS + "}",
            description =
                    "Runs executing at once; the cores are shared among them (GRAM_WORKERS; default ${DEFAULT-VALUE}).")
    int workers;

    @Option(
            names = "--queue",
            paramLabel = "N",
            defaultValue = "${env:GRAM_QUEUE:-" + ServerConfig.DEFAULT_QUEUE + "}",
            description = "Runs that may wait; more are refused with 429 (GRAM_QUEUE; default ${DEFAULT-VALUE}).")
    int queue;

    @Option(
            names = "--max-paths",
            paramLabel = "N",
            defaultValue = "${env:GRAM_MAX_PATHS:-" + ServerConfig.DEFAULT_MAX_PATHS + "}",
            description = "Most paths one run may ask for (GRAM_MAX_PATHS; default ${DEFAULT-VALUE}).")
    int maxPaths;

    @Option(
            names = "--max-body-bytes",
            paramLabel = "BYTES",
            defaultValue = "${env:GRAM_MAX_BODY_BYTES:-" + ServerConfig.DEFAULT_MAX_BODY_BYTES + "}",
            description = "Largest request body; larger is 413 (GRAM_MAX_BODY_BYTES; default ${DEFAULT-VALUE}).")
    long maxBodyBytes;

    @Option(
            names = "--max-run-seconds",
            paramLabel = "S",
            defaultValue = "${env:GRAM_MAX_RUN_SECONDS:-" + ServerConfig.DEFAULT_MAX_RUN_SECONDS + "}",
            description = "A run still going after this long fails (GRAM_MAX_RUN_SECONDS; default ${DEFAULT-VALUE}).")
    long maxRunSeconds;

    @Option(
            names = "--drain-seconds",
            paramLabel = "S",
            defaultValue = "${env:GRAM_DRAIN_SECONDS:-" + ServerConfig.DEFAULT_DRAIN_SECONDS + "}",
            description = "On shutdown, how long running jobs may finish before they are re-queued"
                    + " (GRAM_DRAIN_SECONDS; default ${DEFAULT-VALUE}).")
    long drainSeconds;

    @Option(
            names = "--max-attempts",
            paramLabel = "N",
            defaultValue = "${env:GRAM_MAX_ATTEMPTS:-" + ServerConfig.DEFAULT_MAX_ATTEMPTS + "}",
            description = "Starts a run gets; one in flight at a crash resumes until then, then is marked interrupted"
                    + " (GRAM_MAX_ATTEMPTS; default ${DEFAULT-VALUE}).")
    int maxAttempts;

    @Option(
            names = "--retention",
            paramLabel = "DAYS",
            defaultValue = "${env:GRAM_RETENTION_DAYS:-" + ServerConfig.DEFAULT_RETENTION_DAYS + "}",
            description = "Days a finished job's record and files are kept; 0 keeps them for ever"
                    + " (GRAM_RETENTION_DAYS; default ${DEFAULT-VALUE}).")
    int retentionDays;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ServerConfig config;
        try {
            config = new ServerConfig(
                    host,
                    port,
                    data,
                    library,
                    workers,
                    queue,
                    maxPaths,
                    maxBodyBytes,
                    maxRunSeconds,
                    drainSeconds,
                    maxAttempts,
                    retentionDays);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        if (!Files.isDirectory(config.library().resolve("scenario-library"))) {
            spec.commandLine()
                    .getErr()
                    .println("gram serve: warning: " + config.library()
                            + " has no scenario-library/; the library endpoints will be empty (set --library)");
            spec.commandLine().getErr().flush();
        }
        ServerMain.serveUntilStopped(config);
        return ExitCode.OK;
    }
}
