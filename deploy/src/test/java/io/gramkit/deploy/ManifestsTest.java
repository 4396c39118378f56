package io.gramkit.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two variants under deploy/k8s validate, and differ where they must. */
class ManifestsTest {
    static final Path K8S = Path.of(System.getProperty("gram.repo", "..")).resolve("deploy/k8s");

    @ParameterizedTest
    @ValueSource(strings = {"base", "postgres"})
    void everyManifestValidatesAndKeepsTheRules(String variant) throws IOException {
        ManifestFolder folder = ManifestFolder.read(K8S.resolve(variant));

        assertThat(ManifestRules.check(folder)).isEmpty();
        assertThat(folder.all(Deployment.class)).hasSize(1);
        assertThat(folder.manifests())
                .extracting(m -> m.resource().getKind())
                .contains(
                        "Namespace",
                        "ConfigMap",
                        "PersistentVolumeClaim",
                        "Deployment",
                        "Service",
                        "Ingress",
                        "NetworkPolicy",
                        "ServiceMonitor",
                        "PrometheusRule");
    }

    @Test
    void theEmbeddedDatabaseVariantRunsOneReplicaThatIsReplacedNotDoubled() throws IOException {
        ManifestFolder base = ManifestFolder.read(K8S.resolve("base"));
        Deployment deployment = base.all(Deployment.class).get(0);

        assertThat(deployment.getSpec().getReplicas()).isEqualTo(1);
        assertThat(deployment.getSpec().getStrategy().getType()).isEqualTo("Recreate");
        assertThat(base.all(HorizontalPodAutoscaler.class)).isEmpty();
        assertThat(base.all(PodDisruptionBudget.class)).isEmpty();
        assertThat(base.all(PersistentVolumeClaim.class).get(0).getSpec().getAccessModes())
                .containsExactly("ReadWriteOnce");
        assertThat(egressPorts(base)).containsExactlyInAnyOrder(53, 53);
    }

    @Test
    void thePostgresVariantScalesAndReadsTheDatabaseAndIdentityFromSecretAndConfigMap() throws IOException {
        ManifestFolder postgres = ManifestFolder.read(K8S.resolve("postgres"));
        Deployment deployment = postgres.all(Deployment.class).get(0);
        List<EnvFromSource> envFrom = deployment
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getEnvFrom();

        assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
        assertThat(postgres.all(HorizontalPodAutoscaler.class).get(0).getSpec().getMinReplicas())
                .isEqualTo(2);
        assertThat(postgres.all(PodDisruptionBudget.class)).hasSize(1);
        assertThat(envFrom)
                .anyMatch(source -> source.getSecretRef() != null
                        && source.getSecretRef().getName().equals("gram-database"));
        assertThat(envFrom)
                .anyMatch(source -> source.getConfigMapRef() != null
                        && source.getConfigMapRef().getName().equals("gram-identity"));
        assertThat(postgres.all(PersistentVolumeClaim.class).get(0).getSpec().getAccessModes())
                .containsExactly("ReadWriteMany");
        // DNS (UDP and TCP), PostgreSQL, the identity provider's JWKS over HTTPS.
        assertThat(egressPorts(postgres)).containsExactlyInAnyOrder(53, 53, 5432, 443);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"namespace.yaml", "service.yaml", "ingress.yaml", "servicemonitor.yaml", "prometheusrule.yaml"})
    void filesTheVariantsShareAreTheSame(String file) throws IOException {
        // Without a renderer (no kustomize or helm here) each variant is a whole folder; these
        // files must not drift apart.
        assertThat(Files.readString(K8S.resolve("postgres").resolve(file)))
                .isEqualTo(Files.readString(K8S.resolve("base").resolve(file)));
    }

    private static List<Integer> egressPorts(ManifestFolder folder) {
        return folder.all(NetworkPolicy.class).stream()
                .flatMap(policy -> policy.getSpec().getEgress().stream())
                .flatMap(rule -> rule.getPorts().stream())
                .map(NetworkPolicyPort::getPort)
                .map(port -> port.getIntVal())
                .toList();
    }
}
