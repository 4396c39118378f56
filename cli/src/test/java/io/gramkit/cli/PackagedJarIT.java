package io.gramkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The single runnable jar, run as a separate process the way bin/gram runs it: Drools' service
 * files must have been merged for rules to compile, and the packaged reference rules must work
 * outside the repository.
 */
class PackagedJarIT {
    private static final Path JAR = Path.of("target/gram.jar").toAbsolutePath();

    @TempDir
    Path temp;

    record Result(int exitCode, String out, String err) {}

    private Result gram(Path workingDirectory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = temp.resolve("stdout.txt");
        Path err = temp.resolve("stderr.txt");
        Process process = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the jar finished").isTrue();
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarRunsTheReferenceScenarioWithTheRulesFolder() throws Exception {
        Path out = temp.resolve("run");
        Result run = gram(
                Cli.repository(),
                "run",
                "scenario-library/reference-v1.gram",
                "--paths",
                "500",
                "--out",
                out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("500 paths x 365 days", "Raise the redemption fee when the discount is wide");
        assertThat(run.err()).isEmpty();
        assertThat(out.resolve("paths.csv")).exists();
        assertThat(Files.readString(out.resolve("manifest.json"))).contains("rules/reference/minting.drl");
    }

    @Test
    void theJarCarriesTheReferenceRulesForScenariosOutsideTheRepository() throws Exception {
        String text = Files.readString(Cli.repository().resolve("scenario-library/reference-v1.gram"))
                .replace("rules \"../rules/reference\"", "");
        Path scenario = Files.writeString(temp.resolve("elsewhere.gram"), text);
        Result run = gram(temp, "run", scenario.toString(), "--paths", "200", "--out", "out");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(temp.resolve("out/manifest.json")))
                .contains("classpath:io/gramkit/rules/reference/");
        // The packaged copy decides exactly as the folder does.
        Result fromFolder = gram(
                Cli.repository(),
                "run",
                "scenario-library/reference-v1.gram",
                "--paths",
                "200",
                "--out",
                temp.resolve("folder").toString());
        assertThat(fromFolder.exitCode()).as(fromFolder.err()).isZero();
        assertThat(Files.mismatch(temp.resolve("out/paths.csv"), temp.resolve("folder/paths.csv")))
                .isEqualTo(-1L);
    }

    @Test
    void aBrokenRuleFileIsBadInputFromTheJarToo() throws Exception {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(
                rules.resolve("broken.drl"),
                "package x;\nrule \"Broken\"\nwhen\n  TokenDay( discount > )\nthen\nend\n");
        Result run = gram(
                Cli.repository(),
                "run",
                "scenario-library/reference-v1.gram",
                "--paths",
                "10",
                "--rules",
                rules.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("broken.drl:4:").contains("error:").doesNotContain("\tat ");
    }

    @Test
    void theJarLoadsEachGovernanceFormOfTheFeeTiersAlike() throws Exception {
        List<Path> written = new ArrayList<>();
        for (String form : List.of("drl", "dslr", "decision-table")) {
            Path out = temp.resolve(form);
            Result run = gram(
                    Cli.repository(),
                    "run",
                    "scenario-library/reference-v1.gram",
                    "--paths",
                    "100",
                    "--rules",
                    "rules/reference/minting.drl,rules/fee-tiers/" + form,
                    "--out",
                    out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("Charge 2% while the discount is above 3%");
            written.add(out.resolve("paths.csv"));
        }
        assertThat(Files.mismatch(written.get(0), written.get(1))).isEqualTo(-1L);
        assertThat(Files.mismatch(written.get(0), written.get(2))).isEqualTo(-1L);
        Result check = gram(Cli.repository(), "rules", "check", "rules/fee-tiers/decision-table");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).isEqualTo("rules/fee-tiers/decision-table: 4 rules in 1 file: ok\n");
    }

    /**
     * {@code gram serve} from the jar: Jetty, H2 and Flyway (found through service files and
     * class-path scanning) must survive the shading. Starts on a free loopback port, checks and
     * runs a library scenario with the token the first start wrote, then stops on SIGTERM.
     */
    @Test
    void theJarServesTheApiWithItsToken() throws Exception {
        Path data = temp.resolve("data");
        // The log goes to a file: a pipe nobody reads would fill up and stop the service.
        Path log = temp.resolve("serve.log");
        Process serve = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        JAR.toString(),
                        "serve",
                        "--port",
                        "0",
                        "--data",
                        data.toString(),
                        "--library",
                        Cli.repository().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            Pattern listening = Pattern.compile("\"event\":\"listening\",\"url\":\"([^\"]+)\"");
            String url = null;
            for (int i = 0; i < 600 && url == null && serve.isAlive(); i++) {
                Thread.sleep(200);
                Matcher found = listening.matcher(Files.readString(log));
                url = found.find() ? found.group(1) : null;
            }
            assertThat(url)
                    .as("the service said where it listens: " + Files.readString(log))
                    .startsWith("http://127.0.0.1:");
            String token = Files.readString(data.resolve("token")).strip();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create(url + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            HttpResponse<String> run = http.send(
                    HttpRequest.newBuilder(URI.create(url + "/api/v1/runs"))
                            .header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"library\": \"reference-v1\", \"paths\": 200}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(run.statusCode()).as(run.body()).isEqualTo(202);
            String location = run.headers().firstValue("Location").orElseThrow();
            String status = "";
            for (int i = 0; i < 600 && !status.contains("\"status\":\"done\""); i++) {
                Thread.sleep(200);
                status = http.send(
                                HttpRequest.newBuilder(URI.create(url + location))
                                        .header("Authorization", "Bearer " + token)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
            }
            assertThat(status).contains("\"status\":\"done\"", "\"paths\":200");
            serve.destroy();
            assertThat(serve.waitFor(60, TimeUnit.SECONDS))
                    .as("stopped on SIGTERM")
                    .isTrue();
        } finally {
            serve.destroyForcibly();
        }
    }
}
