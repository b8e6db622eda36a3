package dev.agentchart.agent;

import dev.agentchart.yaml.Json;
import io.kubernetes.client.openapi.models.V1Affinity;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1Toleration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the agent's configuration from the Tentacle container's environment the way the agent does:
 * the same names, the same defaults, the same parsing of lists, booleans and JSON. Where the agent
 * would silently fall back on a malformed value, this reader reports it instead.
 */
public final class AgentConfigurationReader {

  private AgentConfigurationReader() {}

  /**
   * From the Tentacle container's env list (variables with {@code valueFrom} are ignored).
   *
   * @throws ConfigurationException with every problem found, when a required variable is missing or
   *     a value cannot be read
   */
  public static AgentConfiguration read(List<V1EnvVar> env) throws ConfigurationException {
    TentacleEnvironment environment = new TentacleEnvironment(env);

    AgentConfiguration configuration =
        new AgentConfiguration(
            environment.required(AgentVariables.NAMESPACE, "the namespace of its script pods"),
            environment.required(
                AgentVariables.POD_SERVICE_ACCOUNT_NAME, "the service account of its script pods"),
            environment.required(
                AgentVariables.POD_VOLUME_CLAIM_NAME,
                "the claim of the volume its script pods share"),
            environment.required(AgentVariables.HELM_RELEASE_NAME, "the name of its release"),
            environment.required(AgentVariables.HELM_CHART_VERSION, "the version of its chart"),
            environment.optional(AgentVariables.SCRIPT_POD_IMAGE),
            environment.optional(AgentVariables.SCRIPT_POD_IMAGE_TAG),
            environment.optional(AgentVariables.SCRIPT_POD_PULL_POLICY),
            environment.names(AgentVariables.POD_IMAGE_PULL_SECRET_NAMES),
            json(environment, AgentVariables.POD_RESOURCE_JSON).model(V1ResourceRequirements.class),
            affinity(environment),
            json(environment, AgentVariables.POD_TOLERATIONS_JSON).models(V1Toleration.class),
            json(environment, AgentVariables.POD_SECURITY_CONTEXT_JSON)
                .model(V1PodSecurityContext.class),
            json(environment, AgentVariables.POD_ANNOTATIONS_JSON).strings(),
            json(environment, AgentVariables.POD_LABELS_JSON).strings(),
            environment.optional(AgentVariables.POD_PROXIES_SECRET_NAME),
            json(environment, AgentVariables.ACCESS_MODES_JSON).stringList(),
            environment.required(
                AgentVariables.PERSISTENT_VOLUME_SIZE, "the size of the volume its pods share"),
            environment.bool(AgentVariables.DISABLE_POD_EVENTS_IN_TASK_LOG),
            pendingPodsStuckAfterMinutes(environment),
            environment.optional(AgentVariables.NFS_WATCHDOG_IMAGE),
            environment.bool(AgentVariables.CALAMARI_IMAGE_VOLUME_ENABLED),
            environment.optional(
                AgentVariables.CALAMARI_IMAGE_VOLUME_REPOSITORY,
                AgentConfiguration.DEFAULT_CALAMARI_REPOSITORY),
            environment.optional(
                AgentVariables.CALAMARI_IMAGE_VOLUME_PULL_POLICY,
                AgentConfiguration.DEFAULT_CALAMARI_PULL_POLICY),
            environment.raw(AgentVariables.KUBERNETES_MONITOR_ENABLED),
            serverCommsAddresses(environment));

    if (!environment.problems().isEmpty()) {
      throw new ConfigurationException(environment.problems());
    }
    return configuration;
  }

  private static JsonVariable json(TentacleEnvironment environment, String variable) {
    return JsonVariable.of(environment, variable);
  }

  /** Unset, the agent keeps script pods on the platforms its tools images exist for. */
  private static V1Affinity affinity(TentacleEnvironment environment) {
    V1Affinity affinity =
        json(environment, AgentVariables.POD_AFFINITY_JSON).model(V1Affinity.class);
    return affinity == null ? AgentConfiguration.defaultPodAffinity() : affinity;
  }

  /**
   * The agent parses the minutes with {@code int.TryParse}; unset or unparsable, its pending-pod
   * watchdog does not start. Zero or less would make it cancel every pod still pending at its first
   * check, one minute after start, which no one wants.
   */
  private static int pendingPodsStuckAfterMinutes(TentacleEnvironment environment) {
    String variable = AgentVariables.PENDING_PODS_STUCK_AFTER_MINUTES;
    String value = environment.raw(variable);
    if (value == null) {
      return AgentConfiguration.PENDING_POD_WATCHDOG_OFF;
    }
    int minutes;
    try {
      minutes = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      environment.problem(
          variable,
          Json.quote(value)
              + " is not a whole number of minutes; the agent would not watch pending pods");
      return AgentConfiguration.PENDING_POD_WATCHDOG_OFF;
    }
    if (minutes < 1) {
      environment.problem(
          variable,
          minutes
              + " minutes would make the agent cancel every script pod still pending at its"
              + " first check; use 1 or more");
      return AgentConfiguration.PENDING_POD_WATCHDOG_OFF;
    }
    return minutes;
  }

  /**
   * What the agent hands script pods as {@code ServerCommsAddresses}: the single address first,
   * when set, then the comma-separated ones, empty items dropped.
   */
  private static List<String> serverCommsAddresses(TentacleEnvironment environment) {
    List<String> addresses = new ArrayList<>();
    String single = environment.raw(AgentVariables.SERVER_COMMS_ADDRESS);
    if (single != null && !single.isEmpty()) {
      addresses.add(single);
    }
    String several = environment.raw(AgentVariables.SERVER_COMMS_ADDRESSES);
    if (several != null) {
      for (String address : several.split(",")) {
        if (!address.isEmpty()) {
          addresses.add(address);
        }
      }
    }
    return addresses;
  }
}
