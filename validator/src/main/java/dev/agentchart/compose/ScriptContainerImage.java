package dev.agentchart.compose;

import dev.agentchart.agent.AgentConfiguration;

/**
 * The script container's image, by the agent's rule (FACTS.md §4): the step's own image, else the
 * chart's script pod image, else the agent tools image for the cluster's version.
 */
final class ScriptContainerImage {

  static final String TOOLS_REPOSITORY = "octopusdeploy/kubernetes-agent-tools-base";

  /**
   * The Kubernetes minors of major 1 the agent knows a tools image tag for without asking the image
   * registry ({@code KubernetesPodContainerResolver}'s fallback list: 1.26 to 1.36).
   */
  static final int FIRST_KNOWN_MINOR = 26;

  static final int LAST_KNOWN_MINOR = 36;

  private ScriptContainerImage() {}

  static String of(AgentConfiguration configuration, ScriptStep step, ClusterVersion cluster) {
    if (present(step.image())) {
      return step.image();
    }
    if (present(configuration.scriptPodImage())) {
      String tag =
          present(configuration.scriptPodImageTag()) ? configuration.scriptPodImageTag() : "latest";
      return configuration.scriptPodImage() + ":" + tag;
    }
    return TOOLS_REPOSITORY + ":" + toolsTag(cluster);
  }

  /**
   * The agent first looks for a tag in version metadata it downloads from the registry; a composer
   * must not touch the network, so it takes the agent's fallback: the cluster's {@code major.minor}
   * when the agent knows that tag, else {@code latest}.
   */
  static String toolsTag(ClusterVersion cluster) {
    boolean known =
        cluster.major() == 1
            && cluster.minor() >= FIRST_KNOWN_MINOR
            && cluster.minor() <= LAST_KNOWN_MINOR;
    return known ? cluster.toString() : "latest";
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
