package dev.agentchart.compose;

import dev.agentchart.agent.AgentConfiguration;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1ImageVolumeSource;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Calamari image volume of a script pod (FACTS.md §5): the Calamari flavour a step needs, as a
 * read-only image volume, instead of the copy Octopus Server pushes to the shared volume.
 *
 * @param reference {@code {repository}/{tool in lower case}:{version}}
 * @param pullPolicy the chart's pull policy, {@code IfNotPresent} when unset
 */
record CalamariImageVolume(String reference, String pullPolicy) {

  static final String NAME = "calamari";
  static final String MOUNT_PATH = "/calamari";
  static final String DIRECTORY_VARIABLE = "CalamariImageDirectoryPath";

  /** Image volumes are on by default from this minor of major 1 (KEP-4639, FACTS.md §6). */
  static final int FIRST_MINOR_WITH_IMAGE_VOLUMES = 35;

  static final String FALLBACK_WARNING =
      "The ImageVolume feature gate is required to use the Calamari Image Volume feature."
          + " This is enabled by default in Kubernetes 1.35 and newer."
          + " The current cluster version is %s.";

  /**
   * The volume, when the agent would add one. Below 1.35 the API server would silently drop the
   * volume and its mount, leaving the pod without Calamari, so the agent warns in the task log and
   * leaves Calamari to the shared volume. Only then is there a warning: with the feature off, for a
   * raw script or for a step without Calamari, nothing is said.
   */
  static Optional<CalamariImageVolume> forStep(
      AgentConfiguration configuration,
      ScriptStep step,
      ClusterVersion cluster,
      List<String> taskLog) {
    if (!configuration.calamariImageVolumeEnabled() || !needsCalamari(step) || step.rawScript()) {
      return Optional.empty();
    }
    if (tooOldForImageVolumes(cluster)) {
      taskLog.add(String.format(Locale.ROOT, FALLBACK_WARNING, cluster));
      return Optional.empty();
    }
    return Optional.of(
        new CalamariImageVolume(reference(configuration, step), pullPolicy(configuration)));
  }

  V1Volume volume() {
    return new V1Volume()
        .name(NAME)
        .image(new V1ImageVolumeSource().reference(reference).pullPolicy(pullPolicy));
  }

  /** No readOnly and no subPath: image volumes are read-only by definition (FACTS.md §5). */
  V1VolumeMount mount() {
    return new V1VolumeMount().name(NAME).mountPath(MOUNT_PATH);
  }

  /** Tells Calamari's bootstrap where the flavour directories of the image are. */
  V1EnvVar variable() {
    return new V1EnvVar().name(DIRECTORY_VARIABLE).value(MOUNT_PATH);
  }

  /** The server names a tool and a version only for steps that run Calamari. */
  private static boolean needsCalamari(ScriptStep step) {
    return present(step.toolName()) && present(step.calamariVersion());
  }

  /** The agent's task-log warning for a cluster too old for image volumes, if it is. */
  static java.util.Optional<String> fallbackWarning(ClusterVersion cluster) {
    return tooOldForImageVolumes(cluster)
        ? java.util.Optional.of(String.format(Locale.ROOT, FALLBACK_WARNING, cluster))
        : java.util.Optional.empty();
  }

  // The agent's own rule: only a major 1 with a minor below 35 falls back (FACTS.md §5).
  private static boolean tooOldForImageVolumes(ClusterVersion cluster) {
    return cluster.major() == 1 && cluster.minor() < FIRST_MINOR_WITH_IMAGE_VOLUMES;
  }

  // Image names are lower case; the flavour keeps its case inside the image (/Calamari.Terraform/).
  private static String reference(AgentConfiguration configuration, ScriptStep step) {
    String repository = configuration.calamariImageVolumeRepository();
    return (present(repository) ? repository : AgentConfiguration.DEFAULT_CALAMARI_REPOSITORY)
        + "/"
        + step.toolName().toLowerCase(Locale.ROOT)
        + ":"
        + step.calamariVersion();
  }

  private static String pullPolicy(AgentConfiguration configuration) {
    String policy = configuration.calamariImageVolumePullPolicy();
    return present(policy) ? policy : AgentConfiguration.DEFAULT_CALAMARI_PULL_POLICY;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
