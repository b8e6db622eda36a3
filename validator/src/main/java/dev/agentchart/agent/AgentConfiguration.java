package dev.agentchart.agent;

import io.kubernetes.client.openapi.models.V1Affinity;
import io.kubernetes.client.openapi.models.V1NodeAffinity;
import io.kubernetes.client.openapi.models.V1NodeSelector;
import io.kubernetes.client.openapi.models.V1NodeSelectorRequirement;
import io.kubernetes.client.openapi.models.V1NodeSelectorTerm;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1Toleration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typed configuration the agent reads from {@code OCTOPUS__K8STENTACLE__*} (FACTS.md §3), with the
 * agent's defaults for what is unset. Lists and maps are never null and keep the order they were
 * given in, so that everything composed from a configuration is deterministic.
 *
 * @param namespace where script pods are created; required
 * @param podServiceAccountName the script pods' service account; required
 * @param podVolumeClaimName the claim of the shared volume every script pod mounts; required
 * @param helmReleaseName the release the agent belongs to; required
 * @param helmChartVersion the chart version of that release; required
 * @param scriptPodImage the repository of the script image, or null for the agent tools image
 * @param scriptPodImageTag its tag, or null for {@code latest}
 * @param scriptPodPullPolicy the script container's pull policy, or null for the cluster default
 * @param imagePullSecretNames secrets every script pod pulls with
 * @param podResources the script container's resources, or null for the agent's small requests
 * @param podAffinity the script pods' affinity; the agent's linux amd64/arm64 rule when unset
 * @param podTolerations the script pods' tolerations
 * @param podSecurityContext the script pods' security context, or null
 * @param podAnnotations extra annotations of script pods, in the order given
 * @param podLabels extra labels of script pods, in the order given
 * @param proxiesSecretName the Secret whose keys become the script container's environment, or null
 * @param accessModes access modes of the shared volume; empty when unset
 * @param persistentVolumeSize size of the shared volume; required
 * @param disablePodEventsInTaskLog whether pod events stay out of the task log
 * @param pendingPodsStuckAfterMinutes minutes after which a pending pod is cancelled, or {@link
 *     #PENDING_POD_WATCHDOG_OFF} when unset (the agent then does not watch pending pods)
 * @param nfsWatchdogImage image of the NFS watchdog sidecar, or null for none
 * @param calamariImageVolumeEnabled whether Calamari comes as an image volume (FACTS.md §5)
 * @param calamariImageVolumeRepository the repository the tool images are in, without tool or tag
 * @param calamariImageVolumePullPolicy the image volume's pull policy
 * @param kubernetesMonitorEnabled the raw monitor setting, passed to script pods, or null
 * @param serverCommsAddresses the Tentacle's polling addresses, passed to script pods
 */
public record AgentConfiguration(
    String namespace,
    String podServiceAccountName,
    String podVolumeClaimName,
    String helmReleaseName,
    String helmChartVersion,
    String scriptPodImage,
    String scriptPodImageTag,
    String scriptPodPullPolicy,
    List<String> imagePullSecretNames,
    V1ResourceRequirements podResources,
    V1Affinity podAffinity,
    List<V1Toleration> podTolerations,
    V1PodSecurityContext podSecurityContext,
    Map<String, String> podAnnotations,
    Map<String, String> podLabels,
    String proxiesSecretName,
    List<String> accessModes,
    String persistentVolumeSize,
    boolean disablePodEventsInTaskLog,
    int pendingPodsStuckAfterMinutes,
    String nfsWatchdogImage,
    boolean calamariImageVolumeEnabled,
    String calamariImageVolumeRepository,
    String calamariImageVolumePullPolicy,
    String kubernetesMonitorEnabled,
    List<String> serverCommsAddresses) {

  /** {@link #pendingPodsStuckAfterMinutes} when the variable is unset. */
  public static final int PENDING_POD_WATCHDOG_OFF = 0;

  /** The chart's default repository of the Calamari tool images (FACTS.md §2). */
  public static final String DEFAULT_CALAMARI_REPOSITORY = "octopusdeploy";

  /** The image volume's pull policy when the chart sets none (FACTS.md §5). */
  public static final String DEFAULT_CALAMARI_PULL_POLICY = "IfNotPresent";

  public AgentConfiguration {
    imagePullSecretNames = copy(imagePullSecretNames);
    podTolerations = copy(podTolerations);
    podAnnotations = copy(podAnnotations);
    podLabels = copy(podLabels);
    accessModes = copy(accessModes);
    serverCommsAddresses = copy(serverCommsAddresses);
  }

  /**
   * The affinity the agent gives script pods when {@code PODAFFINITYJSON} is unset: a required node
   * affinity on linux nodes of arm64 or amd64, the platforms its tools images are built for
   * (FACTS.md §4). A new object on every call, so that callers may change it.
   */
  public static V1Affinity defaultPodAffinity() {
    V1NodeSelectorTerm linuxOnArmOrAmd =
        new V1NodeSelectorTerm()
            .addMatchExpressionsItem(requirement("kubernetes.io/os", "linux"))
            .addMatchExpressionsItem(requirement("kubernetes.io/arch", "arm64", "amd64"));
    return new V1Affinity()
        .nodeAffinity(
            new V1NodeAffinity()
                .requiredDuringSchedulingIgnoredDuringExecution(
                    new V1NodeSelector().addNodeSelectorTermsItem(linuxOnArmOrAmd)));
  }

  private static V1NodeSelectorRequirement requirement(String key, String... values) {
    return new V1NodeSelectorRequirement()
        .key(key)
        .operator("In")
        .values(new ArrayList<>(List.of(values)));
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  // Map.copyOf would lose the order of labels and annotations, which must stay as given.
  private static Map<String, String> copy(Map<String, String> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
