package io.gramkit.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Kubernetes manifests of one folder, read strictly into fabric8's typed models: each YAML
 * document must be a kind this project uses, with the apiVersion the model is for, and no field
 * the model does not know (fabric8 would keep one as an additional property; {@link StrictModel}
 * refuses it). Problems name the file and document; nothing is applied anywhere.
 */
record ManifestFolder(Path folder, List<Manifest> manifests, List<String> problems) {

    /** One parsed document: its file (relative to the folder), its place in the file, the resource. */
    record Manifest(String file, int document, HasMetadata resource) {
        String where() {
            return file + " (" + resource.getKind() + "/"
                    + resource.getMetadata().getName() + ")";
        }
    }

    /** The kinds the manifests may hold, by {@code apiVersion kind}. */
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.ofEntries(
            Map.entry("v1 Namespace", Namespace.class),
            Map.entry("v1 ConfigMap", ConfigMap.class),
            Map.entry("v1 Secret", Secret.class),
            Map.entry("v1 Service", Service.class),
            Map.entry("v1 PersistentVolumeClaim", PersistentVolumeClaim.class),
            Map.entry("apps/v1 Deployment", Deployment.class),
            Map.entry("networking.k8s.io/v1 Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1 NetworkPolicy", NetworkPolicy.class),
            Map.entry("policy/v1 PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("monitoring.coreos.com/v1 ServiceMonitor", ServiceMonitor.class),
            Map.entry("monitoring.coreos.com/v1 PrometheusRule", PrometheusRule.class));

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static ManifestFolder read(Path folder) throws IOException {
        List<Manifest> manifests = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            problems.add(folder + ": no .yaml manifests");
        }
        for (Path file : files) {
            read(file, folder.relativize(file).toString(), manifests, problems);
        }
        return new ManifestFolder(folder, List.copyOf(manifests), List.copyOf(problems));
    }

    private static void read(Path file, String name, List<Manifest> manifests, List<String> problems)
            throws IOException {
        List<JsonNode> documents;
        try (MappingIterator<JsonNode> values = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            documents = values.readAll();
        } catch (JsonProcessingException e) {
            problems.add(name + ": not valid YAML: " + e.getOriginalMessage() + location(e));
            return;
        }
        int document = 0;
        for (JsonNode node : documents) {
            document++;
            if (node == null || node.isNull() || node.isMissingNode()) {
                continue;
            }
            String at = documents.size() > 1 ? name + " (document " + document + ")" : name;
            String apiVersion = node.path("apiVersion").asText("");
            String kind = node.path("kind").asText("");
            Class<? extends HasMetadata> type = KINDS.get(apiVersion + " " + kind);
            if (type == null) {
                problems.add(at + ": unknown kind \"" + kind + "\" of apiVersion \"" + apiVersion + "\"");
                continue;
            }
            HasMetadata resource;
            try {
                resource = YAML.treeToValue(node, type);
            } catch (JsonProcessingException e) {
                problems.add(at + ": " + e.getOriginalMessage());
                continue;
            }
            if (resource.getMetadata() == null || resource.getMetadata().getName() == null) {
                problems.add(at + ": " + kind + " without metadata.name");
                continue;
            }
            for (String unknown : StrictModel.unknownFields(resource)) {
                problems.add(at + ": " + kind + "/" + resource.getMetadata().getName() + ": unknown field " + unknown);
            }
            manifests.add(new Manifest(name, document, resource));
        }
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return manifests.stream()
                .map(Manifest::resource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    Manifest of(HasMetadata resource) {
        return manifests.stream()
                .filter(manifest -> manifest.resource() == resource)
                .findFirst()
                .orElseThrow();
    }
}
