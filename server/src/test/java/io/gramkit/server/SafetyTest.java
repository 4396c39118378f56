package io.gramkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What users send cannot reach outside the libraries and their own files, and uploaded rules
 * cannot run code: tested through the API, as an attacker would try.
 */
class SafetyTest {
    private static Path data;
    private static GramServer server;
    private static Client client;
    private static String reference;

    @BeforeAll
    static void start() throws IOException {
        data = Files.createTempDirectory("gram-safety-test");
        server = GramServer.start(
                ServerConfig.defaults().withPort(0).withData(data).withLibrary(Repo.root()),
                new PrintStream(OutputStream.nullOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8));
        client = new Client(server.port(), server.token());
        reference = ApiTest.library("reference-v1");
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        Folders.deleteTree(data);
    }

    /** The reference scenario importing {@code path} first. */
    private static String importing(String path) {
        int body = reference.indexOf('{', reference.indexOf("scenario \"")) + 1;
        return reference.substring(0, body) + "\n  import \"" + path + "\"" + reference.substring(body);
    }

    private static String withRules(String path) {
        return reference.replace("rules \"../rules/reference\"", "rules \"" + path + "\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../etc/passwd",
                "/etc/passwd",
                "../../../../../../etc",
                "../rules/reference/../../../../etc/passwd",
                "../rules/../../x.drl",
                "~/secret.drl"
            })
    void ruleAndImportPathsOutsideTheLibrariesAre400(String path) throws Exception {
        HttpResponse<String> rules = client.post("/api/v1/runs", Map.of("scenario", withRules(path), "paths", 10));
        assertThat(rules.statusCode()).isEqualTo(400);
        JsonNode diagnostic = Client.json(rules).get("diagnostics").get(0);
        assertThat(diagnostic.get("code").textValue()).isEqualTo("S101");
        assertThat(diagnostic.get("message").textValue()).contains(path);
        assertThat(diagnostic.get("line").intValue()).isEqualTo(ApiTest.lineOf(withRules(path), path));

        String importing = importing(path);
        HttpResponse<String> imports = client.post("/api/v1/runs", Map.of("scenario", importing, "paths", 10));
        assertThat(imports.statusCode()).isEqualTo(400);
        assertThat(Client.json(imports).get("diagnostics").get(0).get("code").textValue())
                .isEqualTo("S101");
        assertThat(imports.body()).doesNotContain("root:");

        JsonNode checked = Client.json(client.post("/api/v1/check", Map.of("scenario", importing)));
        assertThat(checked.get("ok").booleanValue()).isFalse();
        assertThat(checked.get("diagnostics").get(0).get("code").textValue()).isEqualTo("S101");
    }

    @Test
    void anImportedFilesPathsAreCheckedToo() throws Exception {
        String shared = "rules \"../../../etc\"\n";
        String scenario = importing("shared.gram");
        HttpResponse<String> response = client.post(
                "/api/v1/runs", Map.of("scenario", scenario, "imports", Map.of("shared.gram", shared), "paths", 10));
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode diagnostic = Client.json(response).get("diagnostics").get(0);
        assertThat(diagnostic.get("code").textValue()).isEqualTo("S101");
        assertThat(diagnostic.get("file").textValue()).isEqualTo("shared.gram");
    }

    @Test
    void libraryPathsAndTheRequestsOwnFilesAreAdmitted() throws Exception {
        String scenario = "scenario \"Mine\" {\n  import \"reference-v1.gram\"\n}\n";
        JsonNode checked = Client.json(client.post("/api/v1/check", Map.of("scenario", scenario)));
        assertThat(checked.get("ok").booleanValue()).as(checked.toString()).isTrue();
        JsonNode library = Client.json(
                client.post("/api/v1/check", Map.of("scenario", withRules("../rules/library/../reference"))));
        assertThat(library.get("diagnostics").get(0).get("code").textValue()).isEqualTo("S101");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../fees.drl", "sub/fees.drl", ".hidden.drl", "fees.dsl", "fees.drl.csv", "fees"})
    void uploadedFileNamesMustBePlain(String name) throws Exception {
        HttpResponse<String> response =
                client.post("/api/v1/check", Map.of("scenario", withRules("fees.drl"), "rules", Map.of(name, "x")));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Client.json(response).get("diagnostics").get(0).get("code").textValue())
                .isEqualTo("S102");
    }

    @Test
    void anUploadNamedLikeALibraryScenarioNeverWritesThroughToTheLibrary() throws Exception {
        Path libraryFile = Repo.root().resolve("scenario-library/reference-v1.gram");
        String before = Files.readString(libraryFile);
        String scenario = "scenario \"Mine\" {\n  import \"reference-v1.gram\"\n}\n";
        client.post(
                "/api/v1/check", Map.of("scenario", scenario, "imports", Map.of("reference-v1.gram", "// replaced\n")));
        assertThat(Files.readString(libraryFile)).isEqualTo(before);
    }

    /** Uploaded rules that would run code in the service are refused before Drools compiles them. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "System.exit(3);",
                "java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"));",
                "Runtime.getRuntime().exec(\"touch /tmp/gram-pwned\");",
                "Class.forName(\"java.lang.Runtime\");"
            })
    void uploadedRulesThatEscapeAreRefusedAndNeverRun(String escape) throws Exception {
        String drl = """
                package uploaded.fees;
                import io.gramkit.rules.TokenDay;
                rule "Escape"
                when
                    $token : TokenDay( discount > 0.0 )
                then
                    %s
                end
                """.formatted(escape);
        HttpResponse<String> response = client.post(
                "/api/v1/runs",
                Map.of("scenario", withRules("fees.drl"), "rules", Map.of("fees.drl", drl), "paths", 10));
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode diagnostic = Client.json(response).get("diagnostics").get(0);
        assertThat(diagnostic.get("code").textValue()).isEqualTo("S201");
        assertThat(diagnostic.get("file").textValue()).isEqualTo("fees.drl");
        assertThat(diagnostic.get("line").intValue()).isEqualTo(7);
        // Still here to answer: System.exit did not run.
        assertThat(client.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(Path.of("/tmp/gram-pwned")).doesNotExist();
    }

    @Test
    void anAdmittedUploadedRuleRunsAndChangesTheResult() throws Exception {
        // The reference rules with the raised fee pinned at the base fee: the fee rule can no
        // longer change anything, so it never fires where the reference one does.
        String minting = Files.readString(Repo.root().resolve("rules/reference/minting.drl"));
        String fees = Files.readString(Repo.root().resolve("rules/reference/redemption-fee.drl"))
                .replace("$raisedFee : raisedFee", "$raisedFee : baseFee");
        String scenario =
                reference.replace("rules \"../rules/reference\"", "rules \"minting.drl\"\n  rules \"fees.drl\"");
        JsonNode queued = Client.json(client.post(
                "/api/v1/runs",
                Map.of(
                        "scenario",
                        scenario,
                        "rules",
                        Map.of("minting.drl", minting, "fees.drl", fees),
                        "paths",
                        200,
                        "seed",
                        1)));
        JsonNode reference =
                Client.json(client.post("/api/v1/runs", Map.of("library", "reference-v1", "paths", 200, "seed", 1)));
        JsonNode uploaded = client.awaitFinal(queued.get("id").textValue(), Duration.ofMinutes(2));
        JsonNode library = client.awaitFinal(reference.get("id").textValue(), Duration.ofMinutes(2));
        assertThat(uploaded.get("status").textValue()).as(uploaded.toString()).isEqualTo("done");
        String raise = "rule_changes: Raise the redemption fee when the discount is wide";
        assertThat(library.get("summary").get(raise).longValue()).isPositive();
        assertThat(
                        uploaded.get("summary").has(raise)
                                ? uploaded.get("summary").get(raise).longValue()
                                : 0L)
                .isZero();
        assertThat(List.of(uploaded.get("summary").get("paths").intValue())).containsExactly(200);
    }
}
