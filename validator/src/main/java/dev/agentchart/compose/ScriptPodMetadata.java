package dev.agentchart.compose;

import dev.agentchart.agent.AgentConfiguration;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Name, labels and annotations of a script pod, in the agent's order (FACTS.md §4). The agent's own
 * keys always win over the chart's {@code scriptPods.metadata}: it finds its pods again by the
 * ticket label, and a user value there would lose track of the script.
 */
final class ScriptPodMetadata {

  static final String SERVER_TASK_ID = "octopus.com/serverTaskId";
  static final String SCRIPT_TICKET_ID = "octopus.com/scriptTicketId";
  static final String PERMISSIONS = "agent.octopus.com/permissions";
  static final String MANAGED_BY = "app.kubernetes.io/managed-by";
  static final String RELEASE_NAME = "meta.helm.sh/release-name";
  static final String RELEASE_NAMESPACE = "meta.helm.sh/release-namespace";

  /** Kubernetes limits a pod name used as a host name to one DNS label. */
  static final int MAX_NAME_LENGTH = 63;

  private ScriptPodMetadata() {}

  static V1ObjectMeta of(String name, AgentConfiguration configuration, ScriptStep step) {
    return new V1ObjectMeta()
        .name(name)
        .namespace(configuration.namespace())
        .labels(labels(configuration, step))
        .annotations(annotations(configuration));
  }

  /**
   * {@code octopus-script-{ticketId}} in lower case, cut to 63 characters, as the agent's pod name
   * extension does it: a plain cut, with nothing trimmed after it.
   */
  static String podName(String ticketId) {
    String name = ("octopus-script-" + ticketId).toLowerCase(Locale.ROOT);
    return name.length() <= MAX_NAME_LENGTH ? name : name.substring(0, MAX_NAME_LENGTH);
  }

  private static Map<String, String> labels(AgentConfiguration configuration, ScriptStep step) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (step.serverTaskId() != null) {
      labels.put(SERVER_TASK_ID, step.serverTaskId());
    }
    labels.put(SCRIPT_TICKET_ID, step.ticketId());
    configuration.podLabels().forEach(labels::putIfAbsent);
    // The permissions controller of the agent chart acts only on pods with this label.
    putLast(labels, PERMISSIONS, "enabled");
    putLast(labels, MANAGED_BY, "Helm");
    return labels;
  }

  // The Helm ownership annotations let the release, not a bystander, own the agent's pods.
  private static Map<String, String> annotations(AgentConfiguration configuration) {
    Map<String, String> annotations = new LinkedHashMap<>(configuration.podAnnotations());
    putLast(annotations, RELEASE_NAME, configuration.helmReleaseName());
    putLast(annotations, RELEASE_NAMESPACE, configuration.namespace());
    return annotations;
  }

  // A key the user also set moves to the agent's place instead of keeping the user's.
  private static void putLast(Map<String, String> map, String key, String value) {
    map.remove(key);
    map.put(key, value);
  }
}
