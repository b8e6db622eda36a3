package dev.agentchart.compose;

import dev.agentchart.agent.AgentConfiguration;
import dev.agentchart.agent.AgentVariables;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1KeyToPath;
import io.kubernetes.client.openapi.models.V1LocalObjectReference;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SecretEnvSource;
import io.kubernetes.client.openapi.models.V1SecretVolumeSource;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Composes the script pod the agent would create for one step (FACTS.md §4, §5). Composition is a
 * pure function: the same configuration, step and cluster version give an equal pod, with lists and
 * maps in a fixed order, and nothing of the configuration is shared with the pod.
 *
 * <p>A raw script (one that runs without Calamari) gets the agent's raw-script pod: an init
 * container copies the step's work directory from the shared volume into a pod-local {@code
 * tentacle-home}, so the script never touches the shared volume, and there is no NFS watchdog.
 *
 * <p>Not modelled, because a chart cannot influence them: the image pull secret the agent makes for
 * a step's private feed, the service account a server may name per step, labels and annotations of
 * the server's authorization context, the {@code ScriptPodTemplate} resource, and the variables
 * whose values the agent measures at run time (free and total bytes of the shared volume, the
 * Tentacle version, its certificate algorithm).
 */
public final class ScriptPodComposer {

  /** The Calamari flavours published as images (FACTS.md §5), in the order Octopus lists them. */
  public static final List<String> CALAMARI_FLAVOURS =
      List.of(
          "Calamari",
          "Calamari.AzureAppService",
          "Calamari.AzureResourceGroup",
          "Calamari.AzureScripting",
          "Calamari.GoogleCloudScripting",
          "Calamari.Terraform");

  /**
   * The warning the agent writes to a task's log when the Calamari image volume is enabled but
   * {@code cluster} is too old for it; empty when the cluster is new enough.
   */
  public static java.util.Optional<String> imageVolumeFallback(ClusterVersion cluster) {
    return CalamariImageVolume.fallbackWarning(cluster);
  }

  /** The Tentacle's home directory in the agent image; the shared volume is mounted there. */
  static final String HOME = "/octopus";

  static final String HOME_VOLUME = "tentacle-home";
  static final String SHARED_VOLUME_FOR_INIT = "init-nfs-volume";
  static final String SHARED_MOUNT_FOR_INIT = "/nfs-mount";
  static final String UPGRADE_VOLUME = "agent-upgrade";
  static final String UPGRADE_SECRET = "agent-upgrade-secret";
  static final String WATCHDOG = "nfs-watchdog";

  /** The name of the Tentacle instance in the agent's container. */
  static final String INSTANCE_NAME = "Tentacle";

  /**
   * The pod the agent would create for {@code step} on a cluster of version {@code cluster}, with
   * what it would write to the task log meanwhile.
   */
  public ComposedPod compose(
      AgentConfiguration configuration, ScriptStep step, ClusterVersion cluster) {
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(cluster, "cluster version");
    List<String> taskLog = new ArrayList<>();

    String name = ScriptPodMetadata.podName(step.ticketId());
    Optional<CalamariImageVolume> calamari =
        CalamariImageVolume.forStep(configuration, step, cluster, taskLog);

    V1Pod pod =
        new V1Pod()
            .apiVersion("v1")
            .kind("Pod")
            .metadata(ScriptPodMetadata.of(name, configuration, step))
            .spec(spec(name, configuration, step, cluster, calamari));
    return new ComposedPod(pod, taskLog);
  }

  private static V1PodSpec spec(
      String name,
      AgentConfiguration configuration,
      ScriptStep step,
      ClusterVersion cluster,
      Optional<CalamariImageVolume> calamari) {
    List<V1Container> initContainers = new ArrayList<>();
    if (step.rawScript()) {
      initContainers.add(workDirectoryCopier(name, configuration, step, cluster));
    }
    List<V1Container> containers = new ArrayList<>();
    containers.add(scriptContainer(name, configuration, step, cluster, calamari));
    if (configuration.nfsWatchdogImage() != null && !step.rawScript()) {
      containers.add(watchdogContainer(configuration.nfsWatchdogImage()));
    }

    return new V1PodSpec()
        .restartPolicy("Never")
        .affinity(ScriptPodAffinity.of(configuration))
        .tolerations(KubernetesModels.copies(configuration.podTolerations()))
        .securityContext(KubernetesModels.copy(configuration.podSecurityContext()))
        .serviceAccountName(configuration.podServiceAccountName())
        .imagePullSecrets(pullSecrets(configuration))
        .initContainers(initContainers)
        .containers(containers)
        .volumes(volumes(configuration, step, calamari));
  }

  /**
   * The container named like the pod. It runs the bootstrap runner the agent copies into the step's
   * work directory, with that directory and the bootstrap script; every word is quoted, as the
   * agent quotes them, so that paths with spaces survive {@code sh -c}.
   */
  private static V1Container scriptContainer(
      String name,
      AgentConfiguration configuration,
      ScriptStep step,
      ClusterVersion cluster,
      Optional<CalamariImageVolume> calamari) {
    String workDirectory = HOME + "/Work/" + step.ticketId();
    String commandLine =
        String.join(
            " ",
            quoted(workDirectory + "/execute-bootstrapRunner.sh"),
            quoted(workDirectory),
            quoted(workDirectory + "/Bootstrap.sh"));

    List<V1VolumeMount> mounts = new ArrayList<>();
    mounts.add(new V1VolumeMount().name(HOME_VOLUME).mountPath(HOME));
    // Where the agent's upgrade jobs look for registry credentials, under either home.
    mounts.add(new V1VolumeMount().name(UPGRADE_VOLUME).mountPath("/root/agent_upgrade/"));
    mounts.add(new V1VolumeMount().name(UPGRADE_VOLUME).mountPath("/tmp/agent_upgrade/"));
    calamari.ifPresent(volume -> mounts.add(volume.mount()));

    List<V1EnvVar> env = scriptEnvironment(configuration);
    calamari.ifPresent(volume -> env.add(volume.variable()));

    return new V1Container()
        .name(name)
        .image(ScriptContainerImage.of(configuration, step, cluster))
        .imagePullPolicy(configuration.scriptPodPullPolicy())
        .command(new ArrayList<>(List.of("sh")))
        .args(new ArrayList<>(List.of("-c", commandLine)))
        .volumeMounts(mounts)
        .env(env)
        .envFrom(proxies(configuration))
        .resources(resources(configuration));
  }

  /**
   * What the agent tells every script about itself, in its order. It deliberately sets no {@code
   * TentacleJournal}: a deployment journal makes no sense for short-lived pods.
   */
  private static List<V1EnvVar> scriptEnvironment(AgentConfiguration configuration) {
    List<V1EnvVar> env = new ArrayList<>();
    env.add(variable(AgentVariables.NAMESPACE, configuration.namespace()));
    env.add(variable(AgentVariables.HELM_RELEASE_NAME, configuration.helmReleaseName()));
    env.add(variable(AgentVariables.HELM_CHART_VERSION, configuration.helmChartVersion()));
    if (configuration.kubernetesMonitorEnabled() != null) {
      env.add(
          variable(
              AgentVariables.KUBERNETES_MONITOR_ENABLED, configuration.kubernetesMonitorEnabled()));
    }
    env.add(
        variable(
            AgentVariables.SERVER_COMMS_ADDRESSES,
            String.join(",", configuration.serverCommsAddresses())));
    env.add(variable("TentacleHome", HOME));
    env.add(variable("TentacleInstanceName", INSTANCE_NAME));
    env.add(variable("OCTOPUS_RUNNING_IN_CONTAINER", "Y"));
    return env;
  }

  /** Every key of the proxies Secret becomes a variable, so tools find HTTP_PROXY and the like. */
  private static List<V1EnvFromSource> proxies(AgentConfiguration configuration) {
    List<V1EnvFromSource> envFrom = new ArrayList<>();
    if (configuration.proxiesSecretName() != null) {
      envFrom.add(
          new V1EnvFromSource()
              .secretRef(new V1SecretEnvSource().name(configuration.proxiesSecretName())));
    }
    return envFrom;
  }

  /** Unset, the agent asks for little: scripts tend to be short and light. */
  private static V1ResourceRequirements resources(AgentConfiguration configuration) {
    V1ResourceRequirements configured = KubernetesModels.copy(configuration.podResources());
    return configured != null ? configured : smallRequests();
  }

  /**
   * The raw-script pod's init container: it copies the step's work directory from the shared volume
   * into the pod's own home, in the script's image and with the script's resources. The agent
   * writes the same command over several indented lines; it is one line here.
   */
  private static V1Container workDirectoryCopier(
      String name, AgentConfiguration configuration, ScriptStep step, ClusterVersion cluster) {
    String shared = SHARED_MOUNT_FOR_INIT + "/Work/" + step.ticketId();
    String local = HOME + "/Work/" + step.ticketId();
    String copy =
        "mkdir -p " + quoted(local) + " && cp -r " + quoted(shared) + "/* " + quoted(local) + ";";

    return new V1Container()
        .name(name + "-init")
        .image(ScriptContainerImage.of(configuration, step, cluster))
        .imagePullPolicy(configuration.scriptPodPullPolicy())
        .command(new ArrayList<>(List.of("sh", "-c", copy)))
        .addVolumeMountsItem(
            new V1VolumeMount().name(SHARED_VOLUME_FOR_INIT).mountPath(SHARED_MOUNT_FOR_INIT))
        .addVolumeMountsItem(new V1VolumeMount().name(HOME_VOLUME).mountPath(HOME))
        .resources(resources(configuration));
  }

  /**
   * The NFS watchdog ends the pod when the NFS share stops answering, as a hanging mount would
   * otherwise freeze the script for good. It takes neither the chart's resources nor its pull
   * policy: the agent gives it fixed small requests.
   */
  private static V1Container watchdogContainer(String image) {
    return new V1Container()
        .name(WATCHDOG)
        .image(image)
        .volumeMounts(
            new ArrayList<>(List.of(new V1VolumeMount().name(HOME_VOLUME).mountPath(HOME))))
        .env(new ArrayList<>(List.of(variable("watchdog_directory", HOME))))
        .resources(smallRequests());
  }

  private static List<V1LocalObjectReference> pullSecrets(AgentConfiguration configuration) {
    List<V1LocalObjectReference> secrets = new ArrayList<>();
    for (String name : configuration.imagePullSecretNames()) {
      secrets.add(new V1LocalObjectReference().name(name));
    }
    return secrets;
  }

  /**
   * The home volume (the shared claim, or for a raw script a pod-local directory beside the shared
   * claim), the optional upgrade credentials, then the Calamari image volume when there is one.
   */
  private static List<V1Volume> volumes(
      AgentConfiguration configuration, ScriptStep step, Optional<CalamariImageVolume> calamari) {
    V1PersistentVolumeClaimVolumeSource sharedClaim =
        new V1PersistentVolumeClaimVolumeSource().claimName(configuration.podVolumeClaimName());
    List<V1Volume> volumes = new ArrayList<>();
    if (step.rawScript()) {
      volumes.add(new V1Volume().name(HOME_VOLUME).emptyDir(new V1EmptyDirVolumeSource()));
      volumes.add(new V1Volume().name(SHARED_VOLUME_FOR_INIT).persistentVolumeClaim(sharedClaim));
    } else {
      volumes.add(new V1Volume().name(HOME_VOLUME).persistentVolumeClaim(sharedClaim));
    }
    // Optional: the Secret exists only while an agent upgrade is under way.
    volumes.add(
        new V1Volume()
            .name(UPGRADE_VOLUME)
            .secret(
                new V1SecretVolumeSource()
                    .secretName(UPGRADE_SECRET)
                    .addItemsItem(new V1KeyToPath().key(".dockerconfigjson").path("config.json"))
                    .optional(true)));
    calamari.ifPresent(volume -> volumes.add(volume.volume()));
    return volumes;
  }

  private static V1ResourceRequirements smallRequests() {
    return new V1ResourceRequirements()
        .putRequestsItem("cpu", new Quantity("25m"))
        .putRequestsItem("memory", new Quantity("100Mi"));
  }

  private static V1EnvVar variable(String name, String value) {
    return new V1EnvVar().name(name).value(value);
  }

  private static String quoted(String word) {
    return "\"" + word + "\"";
  }
}
