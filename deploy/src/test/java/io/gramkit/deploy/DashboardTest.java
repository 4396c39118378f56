package io.gramkit.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboard is a dashboard Grafana can import: unique panel ids, panels that do not
 * overlap, each query on the chosen Prometheus. That its metrics exist in the service's /metrics
 * is checked against a running container (deploy/image/smoke-test).
 */
class DashboardTest {
    private static final Path DASHBOARD =
            Path.of(System.getProperty("gram.repo", "..")).resolve("deploy/monitoring/grafana-dashboard.json");

    @Test
    void panelsHaveUniqueIdsDoNotOverlapAndQueryTheChosenPrometheus() throws IOException {
        JsonNode dashboard = new ObjectMapper()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .readTree(DASHBOARD.toFile());
        Set<Integer> ids = new HashSet<>();
        Set<String> cells = new HashSet<>();

        assertThat(dashboard.path("uid").asText()).isEqualTo("gram-service");
        assertThat(dashboard.path("templating").path("list").get(0).path("type").asText())
                .isEqualTo("datasource");
        assertThat(dashboard.path("panels")).hasSizeGreaterThanOrEqualTo(8);
        for (JsonNode panel : dashboard.path("panels")) {
            String title = panel.path("title").asText();
            assertThat(ids.add(panel.path("id").asInt()))
                    .as("unique id of %s", title)
                    .isTrue();
            JsonNode grid = panel.path("gridPos");
            for (int x = grid.path("x").asInt();
                    x < grid.path("x").asInt() + grid.path("w").asInt();
                    x++) {
                for (int y = grid.path("y").asInt();
                        y < grid.path("y").asInt() + grid.path("h").asInt();
                        y++) {
                    assertThat(cells.add(x + "," + y))
                            .as("%s overlaps another panel", title)
                            .isTrue();
                }
            }
            assertThat(grid.path("x").asInt() + grid.path("w").asInt())
                    .as(title)
                    .isLessThanOrEqualTo(24);
            assertThat(panel.path("targets")).as(title).isNotEmpty();
            for (JsonNode target : panel.path("targets")) {
                assertThat(target.path("expr").asText()).as(title).contains("namespace=\"$namespace\"");
                assertThat(target.path("datasource").path("uid").asText())
                        .as(title)
                        .isEqualTo("${datasource}");
            }
        }
    }
}
