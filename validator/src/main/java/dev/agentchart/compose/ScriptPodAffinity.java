package dev.agentchart.compose;

import dev.agentchart.agent.AgentConfiguration;
import io.kubernetes.client.openapi.models.V1Affinity;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1LabelSelectorRequirement;
import io.kubernetes.client.openapi.models.V1PodAffinity;
import io.kubernetes.client.openapi.models.V1PodAffinityTerm;
import java.util.ArrayList;
import java.util.List;

/**
 * The script pod's affinity: the configured one (the agent's linux amd64/arm64 node affinity by
 * default), plus, on a ReadWriteOnce volume, a required pod affinity to the Tentacle's node
 * (FACTS.md §4). Such a volume can be mounted on one node only, so a script pod elsewhere would
 * hang in ContainerCreating.
 */
final class ScriptPodAffinity {

  static final String HOSTNAME = "kubernetes.io/hostname";
  static final String INSTANCE = "app.kubernetes.io/instance";
  static final String COMPONENT = "agent.octopus.com/component";

  private ScriptPodAffinity() {}

  static V1Affinity of(AgentConfiguration configuration) {
    V1Affinity affinity = KubernetesModels.copy(configuration.podAffinity());
    if (!onSingleNodeVolume(configuration)) {
      return affinity;
    }
    return withTermOnTentacleNode(
        affinity == null ? new V1Affinity() : affinity, configuration.helmReleaseName());
  }

  /** Exactly {@code ["ReadWriteOnce"]}: any further mode lets the volume reach other nodes. */
  static boolean onSingleNodeVolume(AgentConfiguration configuration) {
    return configuration.accessModes().equals(List.of("ReadWriteOnce"));
  }

  /**
   * The term is added to the user's own required pod affinity terms, after them, rather than
   * replacing them: the chart's {@code scriptPods.affinity} and this rule must both hold.
   */
  private static V1Affinity withTermOnTentacleNode(V1Affinity affinity, String release) {
    V1PodAffinity podAffinity =
        affinity.getPodAffinity() == null ? new V1PodAffinity() : affinity.getPodAffinity();
    V1PodAffinityTerm onTentacleNode =
        new V1PodAffinityTerm()
            .topologyKey(HOSTNAME)
            .labelSelector(
                new V1LabelSelector()
                    .addMatchExpressionsItem(in(INSTANCE, release))
                    .addMatchExpressionsItem(in(COMPONENT, "tentacle")));
    return affinity.podAffinity(
        podAffinity.addRequiredDuringSchedulingIgnoredDuringExecutionItem(onTentacleNode));
  }

  private static V1LabelSelectorRequirement in(String key, String value) {
    return new V1LabelSelectorRequirement()
        .key(key)
        .operator("In")
        .values(new ArrayList<>(List.of(value)));
  }
}
