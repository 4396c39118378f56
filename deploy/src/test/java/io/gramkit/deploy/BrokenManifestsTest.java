package io.gramkit.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deliberately broken copies of the base variant: each one change to one file, and the check
 * must name that file and that problem, and nothing else.
 */
class BrokenManifestsTest {
    private static final String WHERE = "deployment.yaml (Deployment/gram): ";

    static Stream<Arguments> breakages() {
        return Stream.of(
                Arguments.of(
                        "an unknown field (a typo of livenessProbe)",
                        "deployment.yaml",
                        "          livenessProbe:",
                        "          livenesProbe:",
                        List.of(
                                "deployment.yaml: Deployment/gram: unknown field"
                                        + " spec.template.spec.containers[0].livenesProbe",
                                WHERE + "container gram: no livenessProbe")),
                Arguments.of(
                        "a missing readiness probe",
                        "deployment.yaml",
                        """
                                          readinessProbe:
                                            httpGet:
                                              path: /readyz
                                              port: http
                                            periodSeconds: 5
                                            failureThreshold: 2
                                """,
                        "",
                        List.of(WHERE + "container gram: no readinessProbe")),
                Arguments.of(
                        "a privileged container",
                        "deployment.yaml",
                        "            privileged: false",
                        "            privileged: true",
                        List.of(WHERE + "container gram: privileged")),
                Arguments.of(
                        "a writable root file system",
                        "deployment.yaml",
                        "            readOnlyRootFilesystem: true",
                        "            readOnlyRootFilesystem: false",
                        List.of(WHERE + "container gram: readOnlyRootFilesystem is not true")),
                Arguments.of(
                        "capabilities kept",
                        "deployment.yaml",
                        "              drop: [\"ALL\"]",
                        "              drop: [\"NET_RAW\"]",
                        List.of(WHERE + "container gram: capabilities do not drop ALL")),
                Arguments.of(
                        "a workload without a NetworkPolicy (none at all)",
                        "networkpolicy.yaml",
                        null,
                        null,
                        List.of(
                                WHERE + "no default-deny NetworkPolicy (empty podSelector, Ingress and Egress)"
                                        + " in namespace gram",
                                WHERE + "no NetworkPolicy selects its pods (labels {app.kubernetes.io/name=gram,"
                                        + " app.kubernetes.io/component=service})")),
                Arguments.of(
                        "a kind of the wrong apiVersion",
                        "pvc.yaml",
                        "apiVersion: v1",
                        "apiVersion: v2",
                        List.of(
                                "pvc.yaml: unknown kind \"PersistentVolumeClaim\" of apiVersion \"v2\"",
                                WHERE + "volume data claims gram-data, which the folder does not define")),
                Arguments.of(
                        "a Service selecting nothing",
                        "service.yaml",
                        "    app.kubernetes.io/name: gram\n  ports",
                        "    app.kubernetes.io/name: gran\n  ports",
                        List.of("service.yaml (Service/gram): selector {app.kubernetes.io/name=gran} matches no"
                                + " workload's pods")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void eachBreakageIsNamedWithItsFile(
            String what, String file, String before, String after, List<String> expected, @TempDir Path copy)
            throws IOException {
        Path base = ManifestsTest.K8S.resolve("base");
        try (Stream<Path> files = Files.list(base)) {
            for (Path source : files.toList()) {
                Files.copy(source, copy.resolve(source.getFileName()));
            }
        }
        Path broken = copy.resolve(file);
        if (before == null) {
            Files.delete(broken);
        } else {
            String text = Files.readString(broken);
            assertThat(text).as("the text to break is in %s", file).contains(before);
            Files.writeString(broken, text.replace(before, after));
        }

        assertThat(ManifestRules.check(ManifestFolder.read(copy))).as(what).isEqualTo(expected);
    }
}
