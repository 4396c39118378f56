package io.gramkit.server.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headers every response carries, set before anything else runs so that errors, refusals and
 * streams carry them too. The policy admits scripts, styles, fonts and fetches from the service's
 * own origin only, images from it and from {@code data:} (the report's charts are inline PNGs),
 * and no framing, plugins or form posts elsewhere. A run's {@code report.html} is served with the
 * same policy plus the hashes of its own {@code <style>} blocks, so it renders styled with no
 * inline style admitted anywhere else.
 */
public final class SecurityHeaders {
    public static final String POLICY = "Content-Security-Policy";
    private static final String BASE =
            "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self' data:;"
                    + " font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

    private SecurityHeaders() {}

    /** The policy for the workbench and the API: styles from the service's own origin only. */
    public static String policy() {
        return BASE + "; style-src 'self'";
    }

    /** The policy for an HTML file a run wrote: also the inline {@code <style>} blocks it holds. */
    public static String policyFor(String html) {
        StringBuilder styles = new StringBuilder("; style-src 'self'");
        Matcher style = STYLE.matcher(html);
        while (style.find()) {
            styles.append(" 'sha256-").append(sha256(style.group(1))).append('\'');
        }
        return BASE + styles;
    }

    /** Sets every security header on {@code ctx}; a handler may narrow the policy afterwards. */
    public static void apply(Context ctx) {
        ctx.header(POLICY, policy());
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        // For browsers that predate frame-ancestors.
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        // Results and tokens are nobody's to cache; the page's assets are small.
        ctx.header("Cache-Control", "no-store");
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
