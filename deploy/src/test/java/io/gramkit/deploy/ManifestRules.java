package io.gramkit.deploy;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.Rule;
import io.fabric8.openshift.api.model.monitoring.v1.RuleGroup;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the project requires of its manifests beyond their being well-formed, checked on one
 * folder (a variant): every container hardened (non-root, read-only root, no privilege
 * escalation, capabilities dropped, RuntimeDefault seccomp), probed and bounded in resources;
 * every workload behind a default-deny NetworkPolicy and selected by a policy of its own; and
 * every reference between manifests (selectors, ports, claims, config maps, scale targets)
 * pointing at something the folder defines, since no cluster is there to say so. Each problem
 * names the file, the resource and what is wrong.
 */
final class ManifestRules {
    private final ManifestFolder folder;
    private final List<String> problems = new ArrayList<>();

    private ManifestRules(ManifestFolder folder) {
        this.folder = folder;
    }

    /** The folder's parse problems and every rule it breaks; empty when it is fine. */
    static List<String> check(ManifestFolder folder) {
        ManifestRules rules = new ManifestRules(folder);
        rules.problems.addAll(folder.problems());
        folder.all(Deployment.class).forEach(rules::deployment);
        folder.all(Service.class).forEach(rules::service);
        folder.all(Ingress.class).forEach(rules::ingress);
        folder.all(ServiceMonitor.class).forEach(rules::serviceMonitor);
        folder.all(PrometheusRule.class).forEach(rules::prometheusRule);
        folder.all(HorizontalPodAutoscaler.class).forEach(rules::autoscaler);
        folder.all(PodDisruptionBudget.class).forEach(rules::disruptionBudget);
        return List.copyOf(rules.problems);
    }

    private void problem(Object resource, String message) {
        problems.add(folder.of((HasMetadata) resource).where() + ": " + message);
    }

    private void deployment(Deployment deployment) {
        var template = deployment.getSpec().getTemplate();
        Map<String, String> labels = template.getMetadata() == null
                ? Map.of()
                : Objects.requireNonNullElse(template.getMetadata().getLabels(), Map.of());
        if (!matches(deployment.getSpec().getSelector(), labels)) {
            problem(deployment, "spec.selector does not match the pod template's labels");
        }
        PodSpec pod = template.getSpec();
        PodSecurityContext podSecurity = Objects.requireNonNullElse(pod.getSecurityContext(), new PodSecurityContext());
        if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
            problem(deployment, "automountServiceAccountToken is not false (the service never calls the API server)");
        }
        List<Container> containers = new ArrayList<>(pod.getContainers());
        containers.addAll(pod.getInitContainers());
        for (Container container : containers) {
            boolean init = pod.getInitContainers().contains(container);
            container(deployment, pod, podSecurity, container, init);
        }
        String namespace = deployment.getMetadata().getNamespace();
        List<NetworkPolicy> policies = folder.all(NetworkPolicy.class).stream()
                .filter(policy -> Objects.equals(policy.getMetadata().getNamespace(), namespace))
                .toList();
        boolean denied = policies.stream().anyMatch(ManifestRules::defaultDeny);
        if (!denied) {
            problem(
                    deployment,
                    "no default-deny NetworkPolicy (empty podSelector, Ingress and Egress) in namespace " + namespace);
        }
        boolean selected = policies.stream()
                .filter(policy ->
                        !policy.getSpec().getPodSelector().getMatchLabels().isEmpty())
                .anyMatch(policy -> matches(policy.getSpec().getPodSelector(), labels));
        if (!selected) {
            problem(deployment, "no NetworkPolicy selects its pods (labels " + labels + ")");
        }
    }

    private void container(
            Deployment deployment, PodSpec pod, PodSecurityContext podSecurity, Container container, boolean init) {
        String name = "container " + container.getName() + ": ";
        SecurityContext security = Objects.requireNonNullElse(container.getSecurityContext(), new SecurityContext());
        if (!Boolean.TRUE.equals(security.getRunAsNonRoot()) && !Boolean.TRUE.equals(podSecurity.getRunAsNonRoot())) {
            problem(deployment, name + "runAsNonRoot is not true");
        }
        Long user = security.getRunAsUser() != null ? security.getRunAsUser() : podSecurity.getRunAsUser();
        if (user != null && user == 0) {
            problem(deployment, name + "runAsUser is 0 (root)");
        }
        if (Boolean.TRUE.equals(security.getPrivileged())) {
            problem(deployment, name + "privileged");
        }
        if (!Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())) {
            problem(deployment, name + "readOnlyRootFilesystem is not true");
        }
        if (!Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())) {
            problem(deployment, name + "allowPrivilegeEscalation is not false");
        }
        Capabilities capabilities = Objects.requireNonNullElse(security.getCapabilities(), new Capabilities());
        if (!capabilities.getDrop().contains("ALL")) {
            problem(deployment, name + "capabilities do not drop ALL");
        }
        if (!capabilities.getAdd().isEmpty()) {
            problem(deployment, name + "capabilities add " + capabilities.getAdd());
        }
        SeccompProfile seccomp =
                security.getSeccompProfile() != null ? security.getSeccompProfile() : podSecurity.getSeccompProfile();
        if (seccomp == null || !"RuntimeDefault".equals(seccomp.getType())) {
            problem(deployment, name + "seccompProfile is not RuntimeDefault");
        }
        ResourceRequirements resources =
                Objects.requireNonNullElse(container.getResources(), new ResourceRequirements());
        for (String resource : List.of("cpu", "memory")) {
            if (!resources.getRequests().containsKey(resource)) {
                problem(deployment, name + "no " + resource + " request");
            }
            if (!resources.getLimits().containsKey(resource)) {
                problem(deployment, name + "no " + resource + " limit");
            }
        }
        if (!init && container.getLivenessProbe() == null) {
            problem(deployment, name + "no livenessProbe");
        }
        if (!init && container.getReadinessProbe() == null) {
            problem(deployment, name + "no readinessProbe");
        }
        String image = Objects.requireNonNullElse(container.getImage(), "");
        if (!image.contains("@sha256:")) {
            problem(deployment, name + "image \"" + image + "\" is not pinned by digest");
        }
        List<String> volumes = pod.getVolumes().stream().map(Volume::getName).toList();
        for (VolumeMount mount : container.getVolumeMounts()) {
            if (!volumes.contains(mount.getName())) {
                problem(deployment, name + "mounts volume " + mount.getName() + ", which the pod does not declare");
            }
        }
        if (container.getVolumeMounts().stream().noneMatch(mount -> "/tmp".equals(mount.getMountPath()))) {
            problem(deployment, name + "no volume at /tmp (the root file system is read-only)");
        }
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() != null
                    && !defines(ConfigMap.class, source.getConfigMapRef().getName())) {
                problem(
                        deployment,
                        name + "envFrom names ConfigMap "
                                + source.getConfigMapRef().getName() + ", which the folder does not define");
            }
        }
        for (Volume volume : pod.getVolumes()) {
            if (volume.getPersistentVolumeClaim() != null
                    && !defines(
                            PersistentVolumeClaim.class,
                            volume.getPersistentVolumeClaim().getClaimName())) {
                problem(
                        deployment,
                        "volume " + volume.getName() + " claims "
                                + volume.getPersistentVolumeClaim().getClaimName()
                                + ", which the folder does not define");
            }
        }
    }

    private void service(Service service) {
        Optional<Deployment> target = folder.all(Deployment.class).stream()
                .filter(deployment -> service.getSpec().getSelector() != null
                        && podLabels(deployment)
                                .entrySet()
                                .containsAll(service.getSpec().getSelector().entrySet()))
                .findFirst();
        if (target.isEmpty()) {
            problem(service, "selector " + service.getSpec().getSelector() + " matches no workload's pods");
            return;
        }
        List<String> containerPorts = target.get().getSpec().getTemplate().getSpec().getContainers().stream()
                .flatMap(container -> container.getPorts().stream())
                .map(ContainerPort::getName)
                .toList();
        for (ServicePort port : service.getSpec().getPorts()) {
            String targetPort =
                    port.getTargetPort() == null ? null : port.getTargetPort().getStrVal();
            if (targetPort != null && !containerPorts.contains(targetPort)) {
                problem(
                        service,
                        "targetPort " + targetPort + " is no container port of "
                                + target.get().getMetadata().getName());
            }
        }
    }

    private void ingress(Ingress ingress) {
        ingress.getSpec().getRules().stream()
                .flatMap(rule -> rule.getHttp().getPaths().stream())
                .map(path -> path.getBackend().getService())
                .forEach(backend -> backend(ingress, backend));
    }

    private void backend(Ingress ingress, IngressServiceBackend backend) {
        Optional<Service> service = named(Service.class, backend.getName());
        if (service.isEmpty()) {
            problem(ingress, "backend service " + backend.getName() + " is not defined");
        } else if (backend.getPort().getName() != null
                && service.get().getSpec().getPorts().stream()
                        .noneMatch(port -> backend.getPort().getName().equals(port.getName()))) {
            problem(
                    ingress,
                    "backend port " + backend.getPort().getName() + " is no port of service " + backend.getName());
        }
    }

    private void serviceMonitor(ServiceMonitor monitor) {
        List<Service> services = folder.all(Service.class).stream()
                .filter(service -> matches(
                        monitor.getSpec().getSelector(),
                        Objects.requireNonNullElse(service.getMetadata().getLabels(), Map.of())))
                .toList();
        if (services.isEmpty()) {
            problem(monitor, "selector matches no Service");
        }
        monitor.getSpec().getEndpoints().forEach(endpoint -> {
            if (services.stream()
                    .flatMap(s -> s.getSpec().getPorts().stream())
                    .noneMatch(port -> Objects.equals(port.getName(), endpoint.getPort()))) {
                problem(monitor, "endpoint port " + endpoint.getPort() + " is no port of the selected services");
            }
        });
    }

    private void prometheusRule(PrometheusRule rules) {
        for (RuleGroup group : rules.getSpec().getGroups()) {
            for (Rule rule : group.getRules()) {
                String expr = rule.getExpr() == null ? "" : rule.getExpr().getStrVal();
                if (rule.getAlert() == null || expr == null || expr.isBlank()) {
                    problem(rules, "group " + group.getName() + ": a rule without alert name or expr");
                    continue;
                }
                if (!rule.getLabels().containsKey("severity")
                        || !rule.getAnnotations().containsKey("summary")) {
                    problem(rules, "alert " + rule.getAlert() + " has no severity label or summary annotation");
                }
            }
        }
    }

    private void autoscaler(HorizontalPodAutoscaler autoscaler) {
        var target = autoscaler.getSpec().getScaleTargetRef();
        if (!"Deployment".equals(target.getKind())
                || named(Deployment.class, target.getName()).isEmpty()) {
            problem(autoscaler, "scaleTargetRef " + target.getKind() + "/" + target.getName() + " is not defined");
        }
    }

    private void disruptionBudget(PodDisruptionBudget budget) {
        if (folder.all(Deployment.class).stream()
                .noneMatch(deployment -> matches(budget.getSpec().getSelector(), podLabels(deployment)))) {
            problem(budget, "selector matches no workload's pods");
        }
    }

    private static boolean defaultDeny(NetworkPolicy policy) {
        var spec = policy.getSpec();
        return spec.getPodSelector().getMatchLabels().isEmpty()
                && spec.getPodSelector().getMatchExpressions().isEmpty()
                && spec.getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                && spec.getIngress().isEmpty()
                && spec.getEgress().isEmpty();
    }

    private static Map<String, String> podLabels(Deployment deployment) {
        var metadata = deployment.getSpec().getTemplate().getMetadata();
        return metadata == null ? Map.of() : Objects.requireNonNullElse(metadata.getLabels(), Map.of());
    }

    /** Whether a selector of matchLabels (the only form these manifests use) selects the labels. */
    private static boolean matches(LabelSelector selector, Map<String, String> labels) {
        return selector != null
                && selector.getMatchExpressions().isEmpty()
                && labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
    }

    private <T extends HasMetadata> boolean defines(Class<T> type, String name) {
        return named(type, name).isPresent();
    }

    private <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
        return folder.all(type).stream()
                .filter(resource -> resource.getMetadata().getName().equals(name))
                .findFirst();
    }
}
