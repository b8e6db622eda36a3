package dev.agentchart.agent;

import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tentacle container environments for tests, starting from the one the chart renders with its
 * defaults for a deployment target (release {@code agent} in namespace {@code octopus-agent}).
 */
public final class TentacleEnv {

  private final Map<String, String> values = new LinkedHashMap<>();
  private final List<V1EnvVar> extra = new ArrayList<>();

  private TentacleEnv() {}

  /** The variables the agent reads, as chart 3.13.2 renders them with default values. */
  public static TentacleEnv chartDefaults() {
    return new TentacleEnv()
        .set("ServerCommsAddresses", "")
        .set("ServerCommsAddress", "https://octopus.example.com:10943/")
        .set(AgentVariables.NAMESPACE, "octopus-agent")
        .set(AgentVariables.POD_SERVICE_ACCOUNT_NAME, "octopus-agent-scripts")
        .set(AgentVariables.POD_VOLUME_CLAIM_NAME, "octopus-agent-agent-pvc")
        .set(AgentVariables.HELM_RELEASE_NAME, "agent")
        .set(AgentVariables.HELM_CHART_VERSION, "3.13.2")
        .set(AgentVariables.PREFIX + "DISABLEAUTOPODCLEANUP", "false")
        .set(AgentVariables.DISABLE_POD_EVENTS_IN_TASK_LOG, "false")
        .set(AgentVariables.ACCESS_MODES_JSON, "[\"ReadWriteOnce\"]")
        .set(AgentVariables.KUBERNETES_MONITOR_ENABLED, "false")
        .set("TentacleHome", "/octopus")
        .set(AgentVariables.PENDING_PODS_STUCK_AFTER_MINUTES, "60")
        .set(
            AgentVariables.POD_RESOURCE_JSON,
            "{\"requests\":{\"cpu\":\"25m\",\"memory\":\"100Mi\"}}")
        .set(
            AgentVariables.POD_AFFINITY_JSON,
            "{\"nodeAffinity\":{\"requiredDuringSchedulingIgnoredDuringExecution\":"
                + "{\"nodeSelectorTerms\":[{\"matchExpressions\":["
                + "{\"key\":\"kubernetes.io/os\",\"operator\":\"In\",\"values\":[\"linux\"]},"
                + "{\"key\":\"kubernetes.io/arch\",\"operator\":\"In\","
                + "\"values\":[\"arm64\",\"amd64\"]}]}]}}}")
        .set(AgentVariables.PERSISTENT_VOLUME_SIZE, "10Gi");
  }

  public static TentacleEnv empty() {
    return new TentacleEnv();
  }

  public TentacleEnv set(String name, String value) {
    values.put(name, value);
    return this;
  }

  public TentacleEnv unset(String name) {
    values.remove(name);
    return this;
  }

  /** A variable filled by the kubelet from a Secret, as the chart's credentials are. */
  public TentacleEnv fromSecret(String name) {
    extra.add(
        new V1EnvVar()
            .name(name)
            .valueFrom(
                new V1EnvVarSource()
                    .secretKeyRef(new V1SecretKeySelector().name("server-auth").key("token"))));
    return this;
  }

  /** A further entry after all others, as the chart's user-supplied variables come last. */
  public TentacleEnv append(String name, String value) {
    extra.add(new V1EnvVar().name(name).value(value));
    return this;
  }

  public List<V1EnvVar> list() {
    List<V1EnvVar> env = new ArrayList<>();
    values.forEach((name, value) -> env.add(new V1EnvVar().name(name).value(value)));
    env.addAll(extra);
    return env;
  }

  public AgentConfiguration read() throws ConfigurationException {
    return AgentConfigurationReader.read(list());
  }
}
