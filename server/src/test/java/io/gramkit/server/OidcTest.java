package io.gramkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.gramkit.server.auth.OidcConfig;
import io.gramkit.server.limits.UserLimits;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bearer tokens of an identity provider made in the test: keys generated here, the JWK set served
 * by a loopback HTTP server that counts its fetches, the service checking every token through
 * the API. Also roles, teams and per-person limits.
 */
class OidcTest {
    private static final String ISSUER = "https://login.example.org/realms/gram";
    private static final String AUDIENCE = "gram-service";

    @TempDir
    Path data;

    private RSAKey rsa;
    private ECKey ec;
    private final List<JWK> published = new ArrayList<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private HttpServer jwks;
    private GramServer server;

    @BeforeEach
    void provider() throws Exception {
        rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        ec = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
        published.add(rsa.toPublicJWK());
        published.add(ec.toPublicJWK());
        jwks = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        jwks.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            byte[] body;
            synchronized (published) {
                body = new JWKSet(published).toString().getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        jwks.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        jwks.stop(0);
    }

    private String jwksUrl() {
        return "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks";
    }

    private Client start(OidcConfig oidc, UserLimits limits) throws Exception {
        ServerConfig config = ServerConfig.defaults()
                .withPort(0)
                .withData(data)
                .withLibrary(Repo.root())
                .withTimes(600, 0, 2);
        server = GramServer.start(
                config,
                TeamConfig.local().withOidc(oidc).withLimits(limits),
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        return new Client(server.port(), null);
    }

    private Client start() throws Exception {
        return start(OidcConfig.of(ISSUER, AUDIENCE, jwksUrl()).withMinRefetch(Duration.ZERO), UserLimits.none());
    }

    /** A token as the provider would sign it; {@code change} adjusts its claims. */
    private String token(
            JWK key, String subject, String team, List<String> roles, Consumer<JWTClaimsSet.Builder> change)
            throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE, "account"))
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("roles", roles)
                .claim("team", team);
        change.accept(claims);
        boolean isRsa = key instanceof RSAKey;
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(isRsa ? JWSAlgorithm.RS256 : JWSAlgorithm.ES256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims.build());
        jwt.sign(isRsa ? new RSASSASigner((RSAKey) key) : new ECDSASigner((ECKey) key));
        return jwt.serialize();
    }

    private String analyst(String subject, String team) throws Exception {
        return token(rsa, subject, team, List.of("analyst"), claims -> {});
    }

    private static void assertUnauthorized(HttpResponse<String> response, String reason) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(Client.json(response).get("error").textValue()).contains(reason);
    }

    @Test
    void everyBadTokenIsRefusedAndGoodOnesOfEitherAlgorithmPass() throws Exception {
        Client anonymous = start();
        assertThat(data.resolve("token")).as("with OIDC the local token is off").doesNotExist();
        assertUnauthorized(anonymous.get("/api/v1/runs"), "Authorization: Bearer");

        assertThat(anonymous
                        .withToken(analyst("ann", "risk"))
                        .get("/api/v1/runs")
                        .statusCode())
                .isEqualTo(200);
        assertThat(anonymous
                        .withToken(token(ec, "eve", "risk", List.of("viewer"), c -> {}))
                        .get("/api/v1/runs")
                        .statusCode())
                .isEqualTo(200);

        Instant now = Instant.now();
        // Expired ten minutes ago, beyond the 60 s clock skew.
        assertUnauthorized(
                anonymous
                        .withToken(token(
                                rsa,
                                "ann",
                                "risk",
                                List.of("analyst"),
                                c -> c.expirationTime(Date.from(now.minusSeconds(600)))))
                        .get("/api/v1/runs"),
                "expired");
        // Not valid for another ten minutes.
        assertUnauthorized(
                anonymous
                        .withToken(token(
                                rsa,
                                "ann",
                                "risk",
                                List.of("analyst"),
                                c -> c.notBeforeTime(Date.from(now.plusSeconds(600)))))
                        .get("/api/v1/runs"),
                "not valid yet");
        assertUnauthorized(
                anonymous
                        .withToken(token(
                                rsa, "ann", "risk", List.of("analyst"), c -> c.issuer("https://evil.example.org")))
                        .get("/api/v1/runs"),
                "wrong issuer");
        assertUnauthorized(
                anonymous
                        .withToken(token(rsa, "ann", "risk", List.of("analyst"), c -> c.audience("other-service")))
                        .get("/api/v1/runs"),
                "wrong audience");
        // Tampered: the payload of a good token swapped for one that claims admin.
        String good = analyst("ann", "risk");
        String forged = token(rsa, "ann", "risk", List.of("admin"), c -> {});
        String[] parts = good.split("\\.", -1);
        String tampered = parts[0] + "." + forged.split("\\.", -1)[1] + "." + parts[2];
        assertUnauthorized(anonymous.withToken(tampered).get("/api/v1/runs"), "bad signature");
        assertUnauthorized(anonymous.withToken("not.a.jwt").get("/api/v1/runs"), "not a signed JWT");
    }

    @Test
    void anUnknownKeyIdFetchesTheKeysAgainOnceThenRefuses() throws Exception {
        Client anonymous = start();
        assertThat(anonymous
                        .withToken(analyst("ann", "risk"))
                        .get("/api/v1/runs")
                        .statusCode())
                .isEqualTo(200);
        assertThat(fetches.get()).isEqualTo(1);
        // The cached keys serve the next request.
        anonymous.withToken(analyst("ann", "risk")).get("/api/v1/runs");
        assertThat(fetches.get()).isEqualTo(1);

        RSAKey rotated = new RSAKeyGenerator(2048).keyID("rsa-2").generate();
        String unknown = token(rotated, "ann", "risk", List.of("analyst"), c -> {});
        assertUnauthorized(anonymous.withToken(unknown).get("/api/v1/runs"), "unknown key");
        assertThat(fetches.get()).as("one refetch for the unknown key id").isEqualTo(2);

        // The provider rotates its keys: the new key id is fetched and accepted.
        synchronized (published) {
            published.add(rotated.toPublicJWK());
        }
        assertThat(anonymous.withToken(unknown).get("/api/v1/runs").statusCode())
                .isEqualTo(200);
        assertThat(fetches.get()).isEqualTo(3);
    }

    @Test
    void unknownKeyIdsCannotMakeTheServiceHammerTheProvider() throws Exception {
        Client anonymous = start(OidcConfig.of(ISSUER, AUDIENCE, jwksUrl()), UserLimits.none());
        anonymous.withToken(analyst("ann", "risk")).get("/api/v1/runs");
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("made-up").generate();
        for (int i = 0; i < 5; i++) {
            assertUnauthorized(
                    anonymous
                            .withToken(token(stranger, "ann", "risk", List.of("analyst"), c -> {}))
                            .get("/api/v1/runs"),
                    "unknown key");
        }
        // Within the 10 s between refetches, the keys were fetched once.
        assertThat(fetches.get()).isEqualTo(1);
    }

    @Test
    void theKeysCanComeFromAFile() throws Exception {
        Path file = data.resolveSibling(data.getFileName() + "-jwks.json");
        Files.writeString(file, new JWKSet(List.of(ec.toPublicJWK())).toString());
        try {
            Client anonymous = start(OidcConfig.of(ISSUER, AUDIENCE, file.toString()), UserLimits.none());
            assertThat(anonymous
                            .withToken(token(ec, "eve", "risk", List.of("viewer"), c -> {}))
                            .get("/api/v1/runs")
                            .statusCode())
                    .isEqualTo(200);
            assertUnauthorized(anonymous.withToken(analyst("ann", "risk")).get("/api/v1/runs"), "unknown key");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void rolesDecideWhatAndTeamsDecideWhose() throws Exception {
        Client anonymous = start();
        Client ann = anonymous.withToken(analyst("ann", "risk"));
        Client viewer = anonymous.withToken(token(ec, "vic", "risk", List.of("viewer"), c -> {}));
        Client treasury = anonymous.withToken(analyst("tom", "treasury"));
        Client admin = anonymous.withToken(token(rsa, "root", "ops", List.of("admin"), c -> {}));
        Client governance = anonymous.withToken(token(rsa, "gail", "risk", List.of("governance"), c -> {}));

        HttpResponse<String> refused = viewer.post("/api/v1/runs", Map.of("library", "reference-v1", "paths", 50));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(Client.json(refused).get("error").textValue()).contains("viewer");
        // No role of the service at all: 403 too.
        assertThat(anonymous
                        .withToken(token(rsa, "x", "risk", List.of("offline_access"), c -> {}))
                        .get("/api/v1/runs")
                        .statusCode())
                .isEqualTo(403);

        // Uploaded rule files are governance's.
        Map<String, Object> withRules =
                Map.of("scenario", "scenario \"Mine\" { }", "rules", Map.of("fees.drl", "package mine.fees;"));
        assertThat(ann.post("/api/v1/check", withRules).statusCode()).isEqualTo(403);
        assertThat(governance.post("/api/v1/check", withRules).statusCode()).isNotEqualTo(403);

        HttpResponse<String> submitted = ann.post("/api/v1/runs", Map.of("library", "reference-v1", "paths", 50));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
        String id = Client.json(submitted).get("id").textValue();
        assertThat(Client.json(submitted).get("team").textValue()).isEqualTo("risk");
        assertThat(Client.json(submitted).get("owner").textValue()).isEqualTo("ann");

        // Another team's run does not exist for them, in any route.
        assertThat(treasury.get("/api/v1/runs/" + id).statusCode()).isEqualTo(404);
        assertThat(treasury.get("/api/v1/runs/" + id + "/files").statusCode()).isEqualTo(404);
        assertThat(treasury.delete("/api/v1/runs/" + id).statusCode()).isEqualTo(404);
        assertThat(Client.json(treasury.get("/api/v1/runs")).get("runs")).isEmpty();
        // Their own team and admins see it.
        assertThat(viewer.get("/api/v1/runs/" + id).statusCode()).isEqualTo(200);
        assertThat(Client.json(viewer.get("/api/v1/runs")).get("runs")).hasSize(1);
        assertThat(admin.get("/api/v1/runs/" + id).statusCode()).isEqualTo(200);
        assertThat(ann.awaitFinal(id, Duration.ofMinutes(2)).get("status").textValue())
                .isEqualTo("done");
    }

    /**
     * The job kinds of their own follow the same rules: another team's runs cannot be compared
     * (404, as if they did not exist), viewers cannot queue anything (403), and rules diffs are
     * governance's (403 for an analyst).
     */
    @Test
    void comparesReverseTestsAndRulesDiffsKeepToRolesAndTeams() throws Exception {
        Client anonymous = start();
        Client ann = anonymous.withToken(analyst("ann", "risk"));
        Client treasury = anonymous.withToken(analyst("tom", "treasury"));
        Client viewer = anonymous.withToken(token(ec, "vic", "risk", List.of("viewer"), c -> {}));
        Client governance = anonymous.withToken(token(rsa, "gail", "risk", List.of("governance"), c -> {}));
        String a = Client.json(ann.post("/api/v1/runs", Map.of("library", "reference-v1", "paths", 50)))
                .get("id")
                .textValue();
        String b = Client.json(ann.post("/api/v1/runs", Map.of("library", "reference-v1", "paths", 50)))
                .get("id")
                .textValue();
        ann.awaitFinal(a, Duration.ofMinutes(2));
        ann.awaitFinal(b, Duration.ofMinutes(2));

        assertThat(treasury.post("/api/v1/compare", Map.of("a", a, "b", b)).statusCode())
                .isEqualTo(404);
        assertThat(viewer.post("/api/v1/compare", Map.of("a", a, "b", b)).statusCode())
                .isEqualTo(403);
        HttpResponse<String> compared = ann.post("/api/v1/compare", Map.of("a", a, "b", b));
        assertThat(compared.statusCode()).as(compared.body()).isEqualTo(202);
        String compare = Client.json(compared).get("id").textValue();
        assertThat(treasury.get("/api/v1/runs/" + compare).statusCode()).isEqualTo(404);
        assertThat(ann.awaitFinal(compare, Duration.ofMinutes(2)).get("status").textValue())
                .isEqualTo("done");
        assertThat(treasury.get("/api/v1/runs/" + compare + "/files/compare.json")
                        .statusCode())
                .isEqualTo(404);

        Map<String, Object> reverse = Map.of(
                "library", "reference-v1", "paths", 50, "shock", "Two-day drop", "until", "mean_final_coverage < 1");
        assertThat(viewer.post("/api/v1/reverse", reverse).statusCode()).isEqualTo(403);

        Map<String, Object> diff = Map.of(
                "library",
                "reference-v1",
                "paths",
                50,
                "rules_a",
                List.of("reference"),
                "rules_b",
                List.of("reference"));
        HttpResponse<String> analystDiff = ann.post("/api/v1/rules-diff", diff);
        assertThat(analystDiff.statusCode()).isEqualTo(403);
        assertThat(Client.json(analystDiff).get("error").textValue()).contains("govern");
        HttpResponse<String> governed = governance.post("/api/v1/rules-diff", diff);
        assertThat(governed.statusCode()).as(governed.body()).isEqualTo(202);
        assertThat(Client.json(governed).get("team").textValue()).isEqualTo("risk");
    }

    @Test
    void aPersonOverTheirRateOrQuotaGets429WithRetryAfter() throws Exception {
        Client anonymous = start(
                OidcConfig.of(ISSUER, AUDIENCE, jwksUrl()).withMinRefetch(Duration.ZERO), new UserLimits(1, 3, 1, 0));
        Client ann = anonymous.withToken(analyst("ann", "risk"));
        HttpResponse<String> first = ann.post("/api/v1/runs", Map.of("library", "reference-v1", "paths", 20_000));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        // One run queued or running is ann's quota.
        HttpResponse<String> second = ann.post("/api/v1/runs", Map.of("library", "reference-v1", "paths", 50));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(429);
        assertThat(second.headers().firstValue("Retry-After")).isPresent();
        assertThat(Client.json(second).get("error").textValue()).contains("runs queued or running");
        // A burst of 3, then one a minute: the fourth request waits up to a minute.
        ann.get("/api/v1/runs");
        HttpResponse<String> limited = ann.get("/api/v1/runs");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 60L);
        // Another person has a bucket of their own.
        assertThat(anonymous
                        .withToken(analyst("bob", "risk"))
                        .get("/api/v1/runs")
                        .statusCode())
                .isEqualTo(200);
    }
}
