package io.gramkit.server;

import io.gramkit.diagnostic.Diagnostic;
import io.gramkit.server.auth.AccessControl;
import io.gramkit.server.auth.AccessDenied;
import io.gramkit.server.auth.LocalToken;
import io.gramkit.server.auth.OidcAuthenticator;
import io.gramkit.server.auth.Permission;
import io.gramkit.server.auth.Principal;
import io.gramkit.server.jobs.JdbcJobStore;
import io.gramkit.server.jobs.Job;
import io.gramkit.server.jobs.JobStore;
import io.gramkit.server.limits.RateLimiter;
import io.gramkit.server.web.SecurityHeaders;
import io.gramkit.server.web.Workbench;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.sse.SseClient;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * {@code gram serve}: the kit's API over HTTP under {@code /api/v1}, described by
 * {@code /api/v1/openapi.json}. Every endpoint but {@code /healthz}, {@code /readyz} and
 * {@code /metrics} needs a bearer token: the identity provider's (see {@link TeamConfig}) or the
 * local one of {@code DATA/token}; runs are seen by their team only. Handlers are thin: requests are
 * read by {@link Submission}, checked by {@link Checker}, queued and run by {@link JobRunner}.
 * Errors are JSON ({@code error}, {@code request_id}, and for bad input {@code diagnostics}),
 * never a stack trace.
 */
public final class GramServer implements AutoCloseable {
    public static final String API = "/api/v1";
    private static final Set<String> OPEN = Set.of("/healthz", "/readyz", "/metrics");
    private static final Pattern JOB_ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Duration EVENT_POLL = Duration.ofMillis(200);
    /** How long a check waits for a free checker before the request is refused with 429. */
    private static final Duration CHECK_WAIT = Duration.ofSeconds(5);

    private final ServerConfig config;
    private final JsonLog log;
    private final ServiceMetrics metrics = new ServiceMetrics();
    private final Library library;
    /** The local token; null when an identity provider signs people in. */
    private final ApiToken token;

    private final AccessControl access;
    private final JobStore store;
    private final JobRunner runner;
    private final List<String> routes = new ArrayList<>();
    /**
     * Checks (of /check and of every submitted run) parse the scenario and compile its rules: CPU
     * work as heavy as a small run. One per core at a time, so a burst of requests cannot starve
     * the runs; the rest wait briefly, then get 429.
     */
    private final Semaphore checkers = new Semaphore(Runtime.getRuntime().availableProcessors());

    private final Javalin app;
    private volatile boolean closing;

    private GramServer(ServerConfig config, TeamConfig team, PrintStream logTo) throws IOException {
        this.config = config;
        this.log = new JsonLog(logTo);
        this.library = new Library(config.library());
        Files.createDirectories(config.data());
        // Check workspaces live only as long as their request; a crash may have left some.
        Folders.deleteTree(config.data().resolve("checks"));
        this.token = team.oidc().isPresent() ? null : ApiToken.inFolder(config.data());
        this.access = new AccessControl(
                team.oidc().isPresent() ? new OidcAuthenticator(team.oidc().get()) : new LocalToken(token),
                new RateLimiter(team.limits()));
        this.store = team.database()
                .map(db -> JdbcJobStore.open(db.url(), db.user(), db.password()))
                .orElseGet(() -> JdbcJobStore.embedded(config.data().resolve("db")));
        this.runner = new JobRunner(config, team, store, library, metrics, log);
        this.app = Javalin.create(this::configure);
    }

    /** Starts the service: recovers the job queue, then listens. Close it to stop gracefully. */
    public static GramServer start(ServerConfig config, PrintStream logTo) throws IOException {
        return start(config, TeamConfig.local(), logTo);
    }

    /** Starts the service for a team: identity provider, shared database, limits per person. */
    public static GramServer start(ServerConfig config, TeamConfig team, PrintStream logTo) throws IOException {
        GramServer server = new GramServer(config, team, logTo);
        server.runner.start();
        server.app.start(config.host(), config.port());
        server.log.info(
                "listening",
                "url",
                "http://" + config.host() + ":" + server.port(),
                "data",
                config.data().toString(),
                "library",
                config.library().toString(),
                "token_file",
                server.token == null ? "" : config.data().resolve(ApiToken.FILE).toString(),
                "identity",
                server.access.identity(),
                "database",
                server.store.shared() ? "shared" : "embedded",
                "replica",
                team.replica());
        return server;
    }

    public int port() {
        return app.port();
    }

    /** The local token; there is none when an identity provider signs people in. */
    public String token() {
        if (token == null) {
            throw new IllegalStateException("this service signs people in through an identity provider");
        }
        return token.value();
    }

    /** The routes served, as {@code METHOD path}, for the OpenAPI check. */
    public List<String> routes() {
        return List.copyOf(routes);
    }

    private void configure(JavalinConfig app) {
        app.startup.showJavalinBanner = false;
        app.startup.showOldJavalinVersionWarning = false;
        app.http.maxRequestSize = config.maxBodyBytes();
        app.jsonMapper(new JavalinJackson(Json.MAPPER, false));
        app.routes.before(SecurityHeaders::apply);
        app.routes.before(this::identify);
        app.routes.before(this::authenticate);
        app.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.routes.exception(AccessDenied.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            error(ctx, e.status(), e.getMessage());
        });
        app.routes.exception(BadRequest.class, (e, ctx) -> badRequest(ctx, e.diagnostics()));
        app.routes.exception(JobRunner.QueueFull.class, (e, ctx) -> {
            ctx.header("Retry-After", "5");
            error(ctx, 429, e.getMessage());
        });
        app.routes.exception(JobRunner.NotAccepting.class, (e, ctx) -> error(ctx, 503, e.getMessage()));
        app.routes.exception(Exception.class, (e, ctx) -> {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            log.error(
                    "internal_error",
                    "request_id",
                    ctx.attribute("request_id"),
                    "error",
                    e.toString(),
                    "trace",
                    trace.toString());
            error(
                    ctx,
                    500,
                    "internal error in the service; its log has the details (request " + ctx.attribute("request_id")
                            + ")");
        });
        app.requestLogger.http(this::logRequest);

        get(app, "/healthz", ctx -> ctx.json(Map.of("status", "ok")));
        get(app, "/readyz", ctx -> {
            boolean ready = runner.accepting() && !closing;
            ctx.status(ready ? 200 : 503).json(Map.of("status", ready ? "ready" : "stopping"));
        });
        get(
                app,
                "/metrics",
                ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                        .result(metrics.scrape()));
        get(app, API + "/openapi.json", ctx -> {
            try (InputStream in = GramServer.class.getResourceAsStream("openapi.json")) {
                ctx.contentType("application/json").result(in.readAllBytes());
            }
        });
        Workbench.register(app);
        post(app, API + "/check", this::check);
        post(app, API + "/format", ctx -> ctx.json(Formatting.format(ctx.bodyAsBytes())));
        post(app, API + "/compare", this::compare);
        post(app, API + "/reverse", this::reverse);
        post(app, API + "/rules-diff", this::rulesDiff);
        post(app, API + "/data/inspect", ctx -> inChecker(() -> ctx.json(PriceData.inspect(ctx.bodyAsBytes()))));
        post(app, API + "/calibrate", ctx -> inChecker(() -> ctx.json(PriceData.calibrate(ctx.bodyAsBytes()))));
        post(app, API + "/runs", this::submit);
        get(
                app,
                API + "/runs",
                ctx -> ctx.json(Map.of(
                        "runs",
                        runner.recent(100, principal(ctx)).stream()
                                .map(this::view)
                                .toList())));
        get(app, API + "/runs/{id}", ctx -> ctx.json(view(job(ctx))));
        route(app, "DELETE", API + "/runs/{id}", this::cancel);
        get(app, API + "/runs/{id}/files", ctx -> {
            Job job = job(ctx);
            ctx.json(Map.of("id", job.id(), "files", runner.files(job.id())));
        });
        get(app, API + "/runs/{id}/files/<name>", this::file);
        app.routes.before(API + "/runs/{id}/events", ctx -> {
            job(ctx);
            String accept = ctx.header("Accept");
            if (accept == null || !accept.contains("text/event-stream")) {
                throw new HttpResponseException(406, "events are a stream: send 'Accept: text/event-stream'");
            }
        });
        app.routes.sse(API + "/runs/{id}/events", this::events);
        routes.add("GET " + API + "/runs/{id}/events");
        get(app, API + "/library/scenarios", ctx -> ctx.json(Map.of("scenarios", library.scenarioNames())));
        get(app, API + "/library/scenarios/{name}", ctx -> {
            Path file = library.scenario(ctx.pathParam("name"))
                    .orElseThrow(() -> notFound("no library scenario '" + ctx.pathParam("name") + "'"));
            ctx.contentType("text/plain; charset=utf-8").result(Files.readAllBytes(file));
        });
        get(app, API + "/library/rules", ctx -> ctx.json(Map.of("files", library.ruleFiles())));
        get(app, API + "/library/rules/<path>", ctx -> {
            Path file = library.ruleFile(ctx.pathParam("path"))
                    .orElseThrow(() -> notFound("no rule library file '" + ctx.pathParam("path") + "'"));
            ctx.contentType("text/plain; charset=utf-8").result(Files.readAllBytes(file));
        });
    }

    private void get(JavalinConfig app, String path, Handler handler) {
        route(app, "GET", path, handler);
    }

    private void post(JavalinConfig app, String path, Handler handler) {
        route(app, "POST", path, handler);
    }

    /** Registers a route that names itself for metrics and logs. */
    private void route(JavalinConfig app, String method, String path, Handler handler) {
        routes.add(method + " " + path);
        Handler named = ctx -> {
            ctx.attribute("route", path);
            handler.handle(ctx);
        };
        switch (method) {
            case "GET" -> app.routes.get(path, named);
            case "POST" -> app.routes.post(path, named);
            case "DELETE" -> app.routes.delete(path, named);
            default -> throw new IllegalArgumentException(method);
        }
    }

    // ---- before every request

    private void identify(Context ctx) {
        String given = ctx.header("X-Request-Id");
        String id = given != null && REQUEST_ID.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        ctx.attribute("request_id", id);
        ctx.attribute("started", System.nanoTime());
        ctx.header("X-Request-Id", id);
    }

    private void authenticate(Context ctx) {
        if (OPEN.contains(ctx.path()) || Workbench.isPublic(ctx.path())) {
            return;
        }
        ctx.attribute("principal", access.admit(ctx.method().name(), ctx.header("Authorization")));
        String length = ctx.header("Content-Length");
        if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > config.maxBodyBytes()) {
            if (Long.parseLong(length) <= DRAIN_LIMIT) {
                drainBody(ctx);
            }
            throw new HttpResponseException(
                    413,
                    "the request body has " + length + " bytes; this service takes at most " + config.maxBodyBytes());
        }
    }

    /**
     * A refused body up to this size is read and dropped before the 413: a client still sending it
     * would otherwise find the connection closed under it and never read the answer.
     */
    private static final long DRAIN_LIMIT = 16L << 20;

    private static void drainBody(Context ctx) {
        try {
            ctx.req().getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
            // The client has gone: there is no one left to answer.
        }
    }

    private void logRequest(Context ctx, Float millis) {
        String route = ctx.attribute("route");
        // Requests refused before reaching a route are counted by why, not by their (any) path.
        String shown = route != null
                ? route
                : switch (ctx.statusCode()) {
                    case 401 -> "unauthenticated";
                    case 403 -> "forbidden";
                    case 429 -> "limited";
                    case 404 -> "unmatched";
                    default -> "refused";
                };
        metrics.request(ctx.method().name(), shown, ctx.statusCode(), Duration.ofNanos((long) (millis * 1_000_000L)));
        log.info(
                "request",
                "request_id",
                ctx.attribute("request_id"),
                "method",
                ctx.method().name(),
                "route",
                shown,
                "path",
                ctx.path(),
                "status",
                ctx.statusCode(),
                "ms",
                Math.round(millis * 10) / 10.0);
    }

    // ---- handlers

    private void check(Context ctx) throws IOException, InterruptedException {
        Submission submission = Submission.forCheck(ctx.bodyAsBytes(), library);
        requireGovernanceForRules(ctx, submission);
        acquireChecker();
        try {
            check(ctx, submission);
        } finally {
            checkers.release();
        }
    }

    private void acquireChecker() throws InterruptedException {
        if (!checkers.tryAcquire(CHECK_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new JobRunner.QueueFull("every checker is busy; try again in a moment");
        }
    }

    private void check(Context ctx, Submission submission) throws IOException {
        Path folder = config.data().resolve("checks").resolve(UUID.randomUUID().toString());
        Workspace workspace = Workspace.create(folder, library);
        try {
            Checker.lay(submission, workspace);
            List<Diagnostic> found = Checker.check(submission, workspace);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("ok", !Checker.hasErrors(found));
            body.put("diagnostics", DiagnosticJson.of(found));
            ctx.json(body);
        } finally {
            workspace.delete();
        }
    }

    private void submit(Context ctx) throws IOException, InterruptedException {
        Submission submission = Submission.forRun(ctx.bodyAsBytes(), library, config.maxPaths());
        requireGovernanceForRules(ctx, submission);
        acquireChecker();
        Job job;
        try {
            job = runner.submit(submission, ctx.attribute("request_id"), principal(ctx));
        } finally {
            checkers.release();
        }
        accepted(ctx, job);
    }

    /** Rule sets are governance's: a request with its own rule files needs that role. */
    private static void requireGovernanceForRules(Context ctx, Submission submission) {
        if (!submission.rules().isEmpty()) {
            principal(ctx).require(Permission.GOVERN, "uploading rule files");
        }
    }

    private static Principal principal(Context ctx) {
        return ctx.attribute("principal");
    }

    private void cancel(Context ctx) {
        Job job = job(ctx);
        switch (runner.cancel(job.id())) {
            case NOW, STOPPING ->
                ctx.status(202).json(view(runner.find(job.id()).orElseThrow()));
            case ALREADY_FINAL ->
                error(
                        ctx,
                        409,
                        "the run is already "
                                + runner.find(job.id()).orElseThrow().status().label());
            case NOT_FOUND -> throw notFound("no run '" + job.id() + "'");
        }
    }

    private void file(Context ctx) throws IOException {
        Job job = job(ctx);
        String name = ctx.pathParam("name");
        Path file = runner.file(job.id(), name)
                .orElseThrow(() -> notFound("run " + job.id() + " has no file '" + name + "'"
                        + (job.status().isFinal()
                                ? ""
                                : " yet; it is " + job.status().label())));
        if (name.endsWith(".html")) {
            // The report's own <style> block, admitted by its hash.
            String html = Files.readString(file);
            ctx.header(SecurityHeaders.POLICY, SecurityHeaders.policyFor(html));
            ctx.contentType(contentType(name)).result(html);
            return;
        }
        ctx.contentType(contentType(name)).result(Files.newInputStream(file));
    }

    /** Two finished runs side by side, paired path by path: a queued job of kind {@code compare}. */
    private void compare(Context ctx) throws IOException {
        RunComparison.Request request = RunComparison.read(ctx.bodyAsBytes());
        Job a = visibleRun(ctx, request.a());
        Job b = visibleRun(ctx, request.b());
        JobRunner.Prepared prepared = RunComparison.prepare(a, b);
        accepted(
                ctx,
                runner.submit(
                        input -> {
                            Files.createDirectories(input);
                            return prepared;
                        },
                        ctx.attribute("request_id"),
                        principal(ctx)));
    }

    /** A reverse stress test: a queued job of kind {@code reverse}. */
    private void reverse(Context ctx) throws IOException, InterruptedException {
        Submission submission = Submission.forJob(ctx.bodyAsBytes(), library, config.maxPaths(), ReverseJob.FIELDS);
        ReverseJob.Search search = ReverseJob.read(ctx.bodyAsBytes());
        requireGovernanceForRules(ctx, submission);
        checked(ctx, input -> ReverseJob.prepare(runner, submission, search, input));
    }

    /** A scenario under two rule sets: a queued job of kind {@code rules-diff}; rule sets are governance's. */
    private void rulesDiff(Context ctx) throws IOException, InterruptedException {
        principal(ctx).require(Permission.GOVERN, "comparing rule sets");
        Submission submission = Submission.forJob(ctx.bodyAsBytes(), library, config.maxPaths(), RulesDiffJob.FIELDS);
        List<RulesDiffJob.RuleSet> sets = RulesDiffJob.read(ctx.bodyAsBytes(), library);
        checked(ctx, input -> RulesDiffJob.prepare(runner, library, submission, sets, input));
    }

    /** Queues a job whose preparation checks a scenario (CPU work as heavy as a small run): it takes a checker. */
    private void checked(Context ctx, JobRunner.Preparation preparation) throws IOException, InterruptedException {
        acquireChecker();
        Job job;
        try {
            job = runner.submit(preparation, ctx.attribute("request_id"), principal(ctx));
        } finally {
            checkers.release();
        }
        accepted(ctx, job);
    }

    /** Work done in the request that is as heavy as a check (reading a price file, fitting a model). */
    private void inChecker(Runnable work) throws InterruptedException {
        acquireChecker();
        try {
            work.run();
        } finally {
            checkers.release();
        }
    }

    private void accepted(Context ctx, Job job) {
        ctx.status(202).header("Location", API + "/runs/" + job.id()).json(view(job));
    }

    private static String contentType(String name) {
        if (name.endsWith(".csv")) {
            return "text/csv; charset=utf-8";
        } else if (name.endsWith(".json")) {
            return "application/json";
        } else if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        return "application/octet-stream";
    }

    /** Progress as server-sent events: {@code progress} on each change, {@code end} with the final status. */
    private void events(SseClient client) {
        String id = client.ctx().pathParam("id");
        String last = "";
        while (!client.terminated() && !closing) {
            Optional<Job> job = runner.find(id);
            if (job.isEmpty()) {
                break;
            }
            Map<String, Object> view = view(job.get());
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("id", id);
            event.put("status", view.get("status"));
            event.put("progress", view.get("progress"));
            String text = Json.write(event);
            if (!text.equals(last)) {
                client.sendEvent("progress", text);
                last = text;
            }
            if (job.get().status().isFinal()) {
                client.sendEvent("end", Json.write(view));
                break;
            }
            try {
                Thread.sleep(EVENT_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        client.close();
    }

    private Job job(Context ctx) {
        return visibleRun(ctx, ctx.pathParam("id"));
    }

    private Job visibleRun(Context ctx, String id) {
        if (!JOB_ID.matcher(id).matches()) {
            throw notFound("no run '" + id + "'");
        }
        // Another team's run answers as if it did not exist.
        return runner.find(id)
                .filter(job -> principal(ctx).sees(job.team()))
                .orElseThrow(() -> notFound("no run '" + id + "'"));
    }

    private Map<String, Object> view(Job job) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", job.id());
        view.put("kind", job.kind());
        view.put("status", job.status().label());
        view.put("progress", Math.round(job.progress() * 10_000) / 10_000.0);
        view.put("submitted", job.submitted().toString());
        view.put("started", job.started().map(Object::toString).orElse(null));
        view.put("finished", job.finished().map(Object::toString).orElse(null));
        view.put("attempts", job.attempts());
        view.put("team", job.team());
        view.put("owner", job.owner());
        view.put("replica", job.replica().orElse(null));
        view.put("settings", parse(job.settings()));
        view.put("summary", job.summary().map(GramServer::parse).orElse(null));
        view.put("error", job.error().map(GramServer::parse).orElse(null));
        view.put("warnings", parse(job.warnings()));
        return view;
    }

    private static Object parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("a job record holds bad JSON", e);
        }
    }

    private static HttpResponseException notFound(String message) {
        return new HttpResponseException(404, message);
    }

    private static void error(Context ctx, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("request_id", ctx.attribute("request_id"));
        ctx.status(status).json(body);
    }

    private static void badRequest(Context ctx, List<Diagnostic> diagnostics) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "error",
                diagnostics.isEmpty() ? "bad request" : diagnostics.get(0).message());
        body.put("request_id", ctx.attribute("request_id"));
        body.put("diagnostics", DiagnosticJson.of(diagnostics));
        ctx.status(400).json(body);
    }

    /** Stops taking runs, drains or re-queues the running ones, then stops listening. */
    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        log.info("stopping", "running", runner.active(), "queued", runner.queued());
        runner.close();
        app.stop();
        store.close();
        metrics.close();
        log.info("stopped");
    }
}
