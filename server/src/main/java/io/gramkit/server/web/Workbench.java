package io.gramkit.server.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The web workbench: one page and its script and style sheet, served from the classpath
 * ({@code server/src/main/resources/workbench/}) by the service itself: no CDN, no build step,
 * nothing fetched at run time. The page holds no data, so it needs no token; everything it shows
 * comes from the API, which does. Only the files named here are served.
 */
public final class Workbench {
    public static final String PAGE = "/";
    public static final String ASSETS = "/workbench/";
    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "workbench.js", "text/javascript; charset=utf-8",
            "workbench.css", "text/css; charset=utf-8");
    private static final String RESOURCES = "/workbench/";

    private Workbench() {}

    /** Whether {@code path} is the page or one of its assets: served without a token. */
    public static boolean isPublic(String path) {
        return path.equals(PAGE) || (path.startsWith(ASSETS) && FILES.containsKey(path.substring(ASSETS.length())));
    }

    /** The names of the assets under {@link #ASSETS}, for tests. */
    public static java.util.Set<String> assets() {
        return FILES.keySet();
    }

    public static void register(JavalinConfig app) {
        app.routes.get(PAGE, ctx -> serve(ctx, PAGE, "index.html"));
        for (String name : FILES.keySet()) {
            app.routes.get(ASSETS + name, ctx -> serve(ctx, ASSETS + name, name));
        }
    }

    private static void serve(Context ctx, String route, String name) {
        ctx.attribute("route", route);
        ctx.contentType(FILES.get(name)).result(read(name));
    }

    private static byte[] read(String name) {
        try (InputStream in = Workbench.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the workbench's " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
