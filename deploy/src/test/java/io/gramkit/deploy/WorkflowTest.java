package io.gramkit.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The GitHub Actions workflow, parsed (no runner is reachable from here): it runs the one test
 * entry point, builds the image and keeps its SBOM after the tests, and publishes only on tags.
 */
class WorkflowTest {
    private static final Path REPO = Path.of(System.getProperty("gram.repo", ".."));
    private static JsonNode workflow;

    @BeforeAll
    static void parse() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        workflow = yaml.readTree(Files.readString(REPO.resolve(".github/workflows/ci.yml")));
    }

    @Test
    void runsOnPushesPullRequestsAndVersionTags() {
        JsonNode on = workflow.path("on");

        assertThat(on.path("push").path("branches").toString()).contains("main");
        assertThat(on.path("push").path("tags").toString()).contains("v*");
        assertThat(on.has("pull_request")).isTrue();
    }

    @Test
    void theTestJobRunsTheOneEntryPoint() {
        assertThat(runs("test")).anyMatch(command -> command.contains("bash .ci/run"));
    }

    @Test
    void theImageIsBuiltAfterTheTestsAndItsDigestAndSbomAreKept() {
        JsonNode image = workflow.path("jobs").path("image");

        assertThat(image.path("needs").asText()).isEqualTo("test");
        assertThat(runs("image")).anyMatch(command -> command.contains("bin/build-image"));
        assertThat(step("image", "actions/upload-artifact")
                        .path("with")
                        .path("path")
                        .asText())
                .contains("gram-image.tar", "gram-image.digest", "gram-image.cdx.json");
        assertThat(step("image", "actions/cache").path("with").path("path").asText())
                .isEqualTo("/var/cache/gram-image");
    }

    @Test
    void publishingHappensOnlyForTagsAndOnlyThereMayWritePackages() {
        JsonNode publish = workflow.path("jobs").path("publish");

        assertThat(publish.path("if").asText()).isEqualTo("startsWith(github.ref, 'refs/tags/v')");
        assertThat(publish.path("needs").asText()).isEqualTo("image");
        assertThat(publish.path("permissions").path("packages").asText()).isEqualTo("write");
        assertThat(workflow.path("permissions").path("contents").asText()).isEqualTo("read");
        assertThat(runs("publish")).anyMatch(command -> command.contains("skopeo copy --preserve-digests"));
    }

    @Test
    void everyStepRunsACommandOrAVersionedAction() {
        workflow.path("jobs").properties().forEach(job -> {
            assertThat(job.getValue().path("runs-on").asText()).as(job.getKey()).isNotEmpty();
            assertThat(job.getValue().path("timeout-minutes").asInt())
                    .as(job.getKey())
                    .isPositive();
            for (JsonNode step : job.getValue().path("steps")) {
                if (step.has("uses")) {
                    assertThat(step.path("uses").asText()).as(job.getKey()).matches("[\\w-]+/[\\w-]+@v\\d+");
                } else {
                    assertThat(step.path("run").asText()).as(job.getKey()).isNotBlank();
                }
            }
        });
    }

    private static List<String> runs(String job) {
        List<String> commands = new ArrayList<>();
        workflow.path("jobs")
                .path(job)
                .path("steps")
                .forEach(step -> commands.add(step.path("run").asText()));
        return commands;
    }

    private static JsonNode step(String job, String action) {
        for (JsonNode step : workflow.path("jobs").path(job).path("steps")) {
            if (step.path("uses").asText().startsWith(action + "@")) {
                return step;
            }
        }
        throw new AssertionError(job + " has no step using " + action);
    }
}
