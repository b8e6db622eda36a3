package dev.agentchart.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentchart.agent.AgentConfiguration;
import dev.agentchart.agent.AgentVariables;
import dev.agentchart.agent.TentacleEnv;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Affinity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1EnvFromSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1ImageVolumeSource;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1LabelSelectorRequirement;
import io.kubernetes.client.openapi.models.V1LocalObjectReference;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodAffinity;
import io.kubernetes.client.openapi.models.V1PodAffinityTerm;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SecretEnvSource;
import io.kubernetes.client.openapi.models.V1Toleration;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Composing a script pod as the agent would")
class ScriptPodComposerTest {

  static final String TICKET = "B4D2E1A07F3C4E5D9A8B7C6D5E4F3A2B";
  static final String POD = "octopus-script-b4d2e1a07f3c4e5d9a8b7c6d5e4f3a2b";
  static final ClusterVersion V1_35 = new ClusterVersion(1, 35);

  static final String WARNING_FOR_1_34 =
      "The ImageVolume feature gate is required to use the Calamari Image Volume feature. This is"
          + " enabled by default in Kubernetes 1.35 and newer. The current cluster version is"
          + " 1.34.";

  final ScriptPodComposer composer = new ScriptPodComposer();

  @Nested
  @DisplayName("for the chart's default deployment target with image volumes on")
  class Reference {

    @Test
    @DisplayName("gives the whole pod written down in compose/reference-script-pod.json")
    void matchesTheReferencePod() throws Exception {
      ComposedPod composed = composer.compose(withImageVolumes().read(), terraformStep(), V1_35);

      assertThat(composed.pod()).isEqualTo(V1Pod.fromJson(resource("reference-script-pod.json")));
      assertThat(composed.taskLog()).isEmpty();
    }

    @Test
    @DisplayName("gives an equal pod every time, from the same inputs")
    void isDeterministic() throws Exception {
      AgentConfiguration configuration =
          withImageVolumes()
              .set(AgentVariables.POD_LABELS_JSON, "{\"z\":\"1\",\"a\":\"2\",\"m\":\"3\"}")
              .read();

      V1Pod first = composer.compose(configuration, terraformStep(), V1_35).pod();
      V1Pod second = composer.compose(configuration, terraformStep(), V1_35).pod();

      assertThat(second).isEqualTo(first);
      assertThat(second.toJson()).isEqualTo(first.toJson());
    }

    @Test
    @DisplayName("shares nothing with the configuration, so changing one pod changes no other")
    void sharesNothingWithTheConfiguration() throws Exception {
      AgentConfiguration configuration = withImageVolumes().read();
      V1Pod first = composer.compose(configuration, terraformStep(), V1_35).pod();

      first
          .getSpec()
          .getAffinity()
          .getPodAffinity()
          .setRequiredDuringSchedulingIgnoredDuringExecution(null);
      first.getSpec().getContainers().get(0).getResources().getRequests().clear();

      assertThat(configuration.podAffinity()).isEqualTo(AgentConfiguration.defaultPodAffinity());
      assertThat(composer.compose(configuration, terraformStep(), V1_35).pod())
          .isEqualTo(V1Pod.fromJson(resource("reference-script-pod.json")));
    }
  }

  @Nested
  @DisplayName("its name and metadata")
  class Metadata {

    @ParameterizedTest(name = "ticket {0}")
    @CsvSource({
      "AbC123, octopus-script-abc123",
      "0123456789abcdef0123456789abcdef0123456789abcdef,"
          + " octopus-script-0123456789abcdef0123456789abcdef0123456789abcdef",
      "0123456789abcdef0123456789abcdef0123456789abcdefXYZ,"
          + " octopus-script-0123456789abcdef0123456789abcdef0123456789abcdef",
      "0123456789abcdef0123456789abcdef0123456789abcde-Z,"
          + " octopus-script-0123456789abcdef0123456789abcdef0123456789abcde-"
    })
    @DisplayName("name the pod and its container octopus-script-{ticket}, lower case, cut at 63")
    void namesThePod(String ticket, String name) throws Exception {
      V1Pod pod = compose(TentacleEnv.chartDefaults(), step(ticket)).pod();

      assertThat(pod.getMetadata().getName()).isEqualTo(name).hasSizeLessThanOrEqualTo(63);
      assertThat(pod.getSpec().getContainers().get(0).getName()).isEqualTo(name);
    }

    @Test
    @DisplayName("put the pod in the agent's namespace")
    void usesTheNamespace() throws Exception {
      V1Pod pod =
          compose(TentacleEnv.chartDefaults().set(AgentVariables.NAMESPACE, "scripts"), plainStep())
              .pod();

      assertThat(pod.getMetadata().getNamespace()).isEqualTo("scripts");
    }

    @Test
    @DisplayName("label the task and ticket, then the chart's labels, then permissions and Helm")
    void labelsInTheAgentsOrder() throws Exception {
      V1Pod pod =
          compose(
                  TentacleEnv.chartDefaults()
                      .set(AgentVariables.POD_LABELS_JSON, "{\"zone\":\"b\",\"team\":\"ops\"}"),
                  plainStep())
              .pod();

      assertThat(pod.getMetadata().getLabels())
          .containsExactly(
              Map.entry("octopus.com/serverTaskId", "ServerTasks-4711"),
              Map.entry("octopus.com/scriptTicketId", TICKET),
              Map.entry("zone", "b"),
              Map.entry("team", "ops"),
              Map.entry("agent.octopus.com/permissions", "enabled"),
              Map.entry("app.kubernetes.io/managed-by", "Helm"));
    }

    @Test
    @DisplayName("keep the agent's own labels when the chart's labels repeat them")
    void agentLabelsWin() throws Exception {
      V1Pod pod =
          compose(
                  TentacleEnv.chartDefaults()
                      .set(
                          AgentVariables.POD_LABELS_JSON,
                          "{\"app.kubernetes.io/managed-by\":\"me\","
                              + "\"octopus.com/scriptTicketId\":\"other\",\"team\":\"ops\"}"),
                  plainStep())
              .pod();

      assertThat(pod.getMetadata().getLabels())
          .containsExactly(
              Map.entry("octopus.com/serverTaskId", "ServerTasks-4711"),
              Map.entry("octopus.com/scriptTicketId", TICKET),
              Map.entry("team", "ops"),
              Map.entry("agent.octopus.com/permissions", "enabled"),
              Map.entry("app.kubernetes.io/managed-by", "Helm"));
    }

    @Test
    @DisplayName("annotate with the chart's annotations, then the Helm release and namespace")
    void annotatesInTheAgentsOrder() throws Exception {
      V1Pod pod =
          compose(
                  TentacleEnv.chartDefaults()
                      .set(
                          AgentVariables.POD_ANNOTATIONS_JSON,
                          "{\"meta.helm.sh/release-name\":\"spoof\",\"owner\":\"ops\"}"),
                  plainStep())
              .pod();

      assertThat(pod.getMetadata().getAnnotations())
          .containsExactly(
              Map.entry("owner", "ops"),
              Map.entry("meta.helm.sh/release-name", "agent"),
              Map.entry("meta.helm.sh/release-namespace", "octopus-agent"));
    }
  }

  @Nested
  @DisplayName("its scheduling")
  class Scheduling {

    @Test
    @DisplayName("never restarts, and runs as the script service account")
    void neverRestarts() throws Exception {
      V1Pod pod = compose(TentacleEnv.chartDefaults(), plainStep()).pod();

      assertThat(pod.getSpec().getRestartPolicy()).isEqualTo("Never");
      assertThat(pod.getSpec().getServiceAccountName()).isEqualTo("octopus-agent-scripts");
    }

    @Test
    @DisplayName("on a ReadWriteOnce volume, adds the required pod affinity to the Tentacle's node")
    void readWriteOnceKeepsPodsOnTheTentaclesNode() throws Exception {
      V1Affinity affinity =
          compose(TentacleEnv.chartDefaults(), plainStep()).pod().getSpec().getAffinity();

      assertThat(affinity.getNodeAffinity())
          .isEqualTo(AgentConfiguration.defaultPodAffinity().getNodeAffinity());
      assertThat(affinity.getPodAffinity()).isEqualTo(onTentacleNode("agent"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[\"ReadWriteMany\"]", "[\"ReadWriteOnce\",\"ReadWriteMany\"]", "[]"})
    @DisplayName("on any other access modes, keeps the configured affinity alone")
    void otherAccessModesAddNothing(String accessModes) throws Exception {
      V1Pod pod =
          compose(
                  TentacleEnv.chartDefaults().set(AgentVariables.ACCESS_MODES_JSON, accessModes),
                  plainStep())
              .pod();

      assertThat(pod.getSpec().getAffinity()).isEqualTo(AgentConfiguration.defaultPodAffinity());
    }

    @Test
    @DisplayName("adds the Tentacle node term after the chart's own pod affinity terms")
    void mergesWithTheChartsPodAffinity() throws Exception {
      V1Pod pod =
          compose(
                  TentacleEnv.chartDefaults()
                      .set(
                          AgentVariables.POD_AFFINITY_JSON,
                          "{\"podAffinity\":{\"requiredDuringSchedulingIgnoredDuringExecution\":"
                              + "[{\"topologyKey\":\"topology.kubernetes.io/zone\"}]}}"),
                  plainStep())
              .pod();

      V1Affinity affinity = pod.getSpec().getAffinity();
      assertThat(affinity.getNodeAffinity()).isNull();
      assertThat(affinity.getPodAffinity().getRequiredDuringSchedulingIgnoredDuringExecution())
          .containsExactly(
              new V1PodAffinityTerm().topologyKey("topology.kubernetes.io/zone"),
              tentacleNodeTerm("agent"));
    }

    @Test
    @DisplayName("takes tolerations and the pod security context from their variables")
    void takesTolerationsAndSecurityContext() throws Exception {
      V1Pod pod =
          compose(
                  TentacleEnv.chartDefaults()
                      .set(
                          AgentVariables.POD_TOLERATIONS_JSON,
                          "[{\"key\":\"dedicated\",\"operator\":\"Exists\"}]")
                      .set(AgentVariables.POD_SECURITY_CONTEXT_JSON, "{\"runAsNonRoot\":true}"),
                  plainStep())
              .pod();

      assertThat(pod.getSpec().getTolerations())
          .containsExactly(new V1Toleration().key("dedicated").operator("Exists"));
      assertThat(pod.getSpec().getSecurityContext())
          .isEqualTo(new V1PodSecurityContext().runAsNonRoot(true));
    }

    @Test
    @DisplayName("pulls with the secrets named in PODIMAGEPULLSECRETNAMES, in order")
    void pullsWithTheNamedSecrets() throws Exception {
      V1Pod pod =
          compose(
                  TentacleEnv.chartDefaults()
                      .set(AgentVariables.POD_IMAGE_PULL_SECRET_NAMES, "mirror,docker-hub"),
                  plainStep())
              .pod();

      assertThat(pod.getSpec().getImagePullSecrets())
          .containsExactly(
              new V1LocalObjectReference().name("mirror"),
              new V1LocalObjectReference().name("docker-hub"));
    }
  }

  @Nested
  @DisplayName("its script container")
  class ScriptContainer {

    static Stream<Arguments> imageRules() {
      return Stream.of(
          Arguments.of(
              "the step's own image first",
              "myregistry.example.com/tools:2.1",
              "octopusdeploy/worker-tools",
              "ubuntu.24.04",
              V1_35,
              "myregistry.example.com/tools:2.1"),
          Arguments.of(
              "else SCRIPTPODIMAGE with its tag",
              null,
              "octopusdeploy/worker-tools",
              "ubuntu.24.04",
              V1_35,
              "octopusdeploy/worker-tools:ubuntu.24.04"),
          Arguments.of(
              "else SCRIPTPODIMAGE with latest",
              null,
              "octopusdeploy/worker-tools",
              null,
              V1_35,
              "octopusdeploy/worker-tools:latest"),
          Arguments.of(
              "else the tools image for the cluster",
              null,
              null,
              null,
              V1_35,
              "octopusdeploy/kubernetes-agent-tools-base:1.35"),
          Arguments.of(
              "else the tools image for the oldest known cluster",
              null,
              null,
              "ignored",
              new ClusterVersion(1, 26),
              "octopusdeploy/kubernetes-agent-tools-base:1.26"),
          Arguments.of(
              "else the latest tools image for a cluster newer than the agent knows",
              null,
              null,
              null,
              new ClusterVersion(1, 37),
              "octopusdeploy/kubernetes-agent-tools-base:latest"),
          Arguments.of(
              "else the latest tools image for a cluster older than the agent knows",
              null,
              null,
              null,
              new ClusterVersion(1, 25),
              "octopusdeploy/kubernetes-agent-tools-base:latest"));
    }

    @ParameterizedTest(name = "{0}: {5}")
    @MethodSource("imageRules")
    @DisplayName("runs")
    void choosesTheImage(
        String rule,
        String stepImage,
        String scriptPodImage,
        String tag,
        ClusterVersion cluster,
        String image)
        throws Exception {
      TentacleEnv env = TentacleEnv.chartDefaults();
      if (scriptPodImage != null) {
        env.set(AgentVariables.SCRIPT_POD_IMAGE, scriptPodImage);
      }
      if (tag != null) {
        env.set(AgentVariables.SCRIPT_POD_IMAGE_TAG, tag);
      }
      ScriptStep step = new ScriptStep(TICKET, "ServerTasks-4711", null, null, false, stepImage);

      V1Container container = scriptContainer(composer.compose(env.read(), step, cluster));

      assertThat(container.getImage()).isEqualTo(image);
    }

    @Test
    @DisplayName("pulls with SCRIPTPODPULLPOLICY, and leaves the policy to Kubernetes when unset")
    void pullsWithTheConfiguredPolicy() throws Exception {
      V1Container set =
          scriptContainer(
              compose(
                  TentacleEnv.chartDefaults().set(AgentVariables.SCRIPT_POD_PULL_POLICY, "Always"),
                  plainStep()));
      V1Container unset = scriptContainer(compose(TentacleEnv.chartDefaults(), plainStep()));

      assertThat(set.getImagePullPolicy()).isEqualTo("Always");
      assertThat(unset.getImagePullPolicy()).isNull();
    }

    @Test
    @DisplayName("runs the bootstrap runner of the ticket's work directory with sh -c")
    void runsTheBootstrapRunner() throws Exception {
      V1Container container = scriptContainer(compose(TentacleEnv.chartDefaults(), plainStep()));

      String work = "/octopus/Work/" + TICKET;
      assertThat(container.getCommand()).containsExactly("sh");
      assertThat(container.getArgs())
          .containsExactly(
              "-c",
              "\""
                  + work
                  + "/execute-bootstrapRunner.sh\" \""
                  + work
                  + "\" \""
                  + work
                  + "/Bootstrap.sh\"");
    }

    @Test
    @DisplayName("takes its resources from PODRESOURCEJSON")
    void takesTheConfiguredResources() throws Exception {
      V1Container container =
          scriptContainer(
              compose(
                  TentacleEnv.chartDefaults()
                      .set(AgentVariables.POD_RESOURCE_JSON, "{\"limits\":{\"memory\":\"1Gi\"}}"),
                  plainStep()));

      assertThat(container.getResources())
          .isEqualTo(new V1ResourceRequirements().putLimitsItem("memory", new Quantity("1Gi")));
    }

    @Test
    @DisplayName("asks for 25m CPU and 100Mi memory when PODRESOURCEJSON is unset")
    void asksForLittleByDefault() throws Exception {
      V1Container container =
          scriptContainer(
              compose(
                  TentacleEnv.chartDefaults().unset(AgentVariables.POD_RESOURCE_JSON),
                  plainStep()));

      assertThat(container.getResources()).isEqualTo(smallRequests());
    }

    @Test
    @DisplayName("mounts the shared volume at /octopus and the upgrade secret, both as volumes")
    void mountsTheSharedVolume() throws Exception {
      V1Pod pod =
          compose(
                  TentacleEnv.chartDefaults()
                      .set(
                          AgentVariables.POD_VOLUME_CLAIM_NAME, "octopus-agent-nfs-agent-pvc-10gi"),
                  plainStep())
              .pod();

      assertThat(scriptContainer(pod).getVolumeMounts())
          .containsExactly(
              mount("tentacle-home", "/octopus"),
              mount("agent-upgrade", "/root/agent_upgrade/"),
              mount("agent-upgrade", "/tmp/agent_upgrade/"));
      assertThat(pod.getSpec().getVolumes()).hasSize(2);
      assertThat(pod.getSpec().getVolumes().get(0).getPersistentVolumeClaim().getClaimName())
          .isEqualTo("octopus-agent-nfs-agent-pvc-10gi");
      assertThat(pod.getSpec().getVolumes().get(1).getSecret().getOptional()).isTrue();
    }

    @Test
    @DisplayName("tells the script its namespace, release, home and that it runs in a container")
    void setsTheAgentsVariables() throws Exception {
      V1Container container = scriptContainer(compose(TentacleEnv.chartDefaults(), plainStep()));

      assertThat(container.getEnv())
          .containsExactly(
              variable("OCTOPUS__K8STENTACLE__NAMESPACE", "octopus-agent"),
              variable("OCTOPUS__K8STENTACLE__HELMRELEASENAME", "agent"),
              variable("OCTOPUS__K8STENTACLE__HELMCHARTVERSION", "3.13.2"),
              variable("OCTOPUS__K8STENTACLE__KUBERNETESMONITORENABLED", "false"),
              variable("ServerCommsAddresses", "https://octopus.example.com:10943/"),
              variable("TentacleHome", "/octopus"),
              variable("TentacleInstanceName", "Tentacle"),
              variable("OCTOPUS_RUNNING_IN_CONTAINER", "Y"));
    }

    @Test
    @DisplayName("takes its environment from the proxies Secret when PODPROXIESSECRETNAME is set")
    void takesTheProxiesSecret() throws Exception {
      V1Container set =
          scriptContainer(
              compose(
                  TentacleEnv.chartDefaults()
                      .set(AgentVariables.POD_PROXIES_SECRET_NAME, "scripts-proxies"),
                  plainStep()));
      V1Container unset = scriptContainer(compose(TentacleEnv.chartDefaults(), plainStep()));

      assertThat(set.getEnvFrom())
          .containsExactly(
              new V1EnvFromSource().secretRef(new V1SecretEnvSource().name("scripts-proxies")));
      assertThat(unset.getEnvFrom()).isEmpty();
    }
  }

  @Nested
  @DisplayName("its NFS watchdog")
  class Watchdog {

    @Test
    @DisplayName("is a second container watching /octopus when NFSWATCHDOGIMAGE is set")
    void isAddedWithTheImage() throws Exception {
      V1Pod pod =
          compose(
                  TentacleEnv.chartDefaults()
                      .set(
                          AgentVariables.NFS_WATCHDOG_IMAGE,
                          "octopusdeploy/kubernetes-agent-nfs-watchdog:0.2.0"),
                  plainStep())
              .pod();

      assertThat(pod.getSpec().getContainers()).hasSize(2);
      assertThat(pod.getSpec().getContainers().get(1))
          .isEqualTo(
              new V1Container()
                  .name("nfs-watchdog")
                  .image("octopusdeploy/kubernetes-agent-nfs-watchdog:0.2.0")
                  .addVolumeMountsItem(mount("tentacle-home", "/octopus"))
                  .addEnvItem(variable("watchdog_directory", "/octopus"))
                  .resources(smallRequests()));
    }

    @Test
    @DisplayName("is absent when NFSWATCHDOGIMAGE is unset")
    void isAbsentWithoutTheImage() throws Exception {
      V1Pod pod = compose(TentacleEnv.chartDefaults(), plainStep()).pod();

      assertThat(pod.getSpec().getContainers())
          .extracting(V1Container::getName)
          .containsExactly(POD);
    }
  }

  @Nested
  @DisplayName("for a raw script")
  class RawScript {

    final ScriptStep raw = new ScriptStep(TICKET, "ServerTasks-4711", null, null, true, null);

    @Test
    @DisplayName("copies the work directory off the shared volume in an init container first")
    void copiesTheWorkDirectoryFirst() throws Exception {
      V1Pod pod =
          compose(
                  TentacleEnv.chartDefaults().set(AgentVariables.SCRIPT_POD_PULL_POLICY, "Always"),
                  raw)
              .pod();

      assertThat(pod.getSpec().getInitContainers())
          .containsExactly(
              new V1Container()
                  .name(POD + "-init")
                  .image("octopusdeploy/kubernetes-agent-tools-base:1.35")
                  .imagePullPolicy("Always")
                  .addCommandItem("sh")
                  .addCommandItem("-c")
                  .addCommandItem(
                      "mkdir -p \"/octopus/Work/"
                          + TICKET
                          + "\" && cp -r \"/nfs-mount/Work/"
                          + TICKET
                          + "\"/* \"/octopus/Work/"
                          + TICKET
                          + "\";")
                  .addVolumeMountsItem(mount("init-nfs-volume", "/nfs-mount"))
                  .addVolumeMountsItem(mount("tentacle-home", "/octopus"))
                  .resources(smallRequests()));
    }

    @Test
    @DisplayName("runs on a pod-local home, with the shared claim mounted only for the copy")
    void runsOnAPodLocalHome() throws Exception {
      V1Pod pod = compose(TentacleEnv.chartDefaults(), raw).pod();

      assertThat(pod.getSpec().getVolumes())
          .extracting(V1Volume::getName)
          .containsExactly("tentacle-home", "init-nfs-volume", "agent-upgrade");
      assertThat(pod.getSpec().getVolumes().get(0).getEmptyDir()).isNotNull();
      assertThat(pod.getSpec().getVolumes().get(0).getPersistentVolumeClaim()).isNull();
      assertThat(pod.getSpec().getVolumes().get(1).getPersistentVolumeClaim().getClaimName())
          .isEqualTo("octopus-agent-agent-pvc");
    }

    @Test
    @DisplayName("runs the same script container as any other step")
    void runsTheSameScriptContainer() throws Exception {
      V1Container rawContainer = scriptContainer(compose(TentacleEnv.chartDefaults(), raw));
      V1Container plainContainer =
          scriptContainer(compose(TentacleEnv.chartDefaults(), plainStep()));

      assertThat(rawContainer).isEqualTo(plainContainer);
    }

    @Test
    @DisplayName("has no NFS watchdog, as it never works on the shared volume")
    void hasNoWatchdog() throws Exception {
      V1Pod pod =
          compose(
                  TentacleEnv.chartDefaults()
                      .set(AgentVariables.NFS_WATCHDOG_IMAGE, "octopusdeploy/nfs-watchdog:0.2.0"),
                  raw)
              .pod();

      assertThat(pod.getSpec().getContainers())
          .extracting(V1Container::getName)
          .containsExactly(POD);
    }
  }

  @Nested
  @DisplayName("its Calamari image volume")
  class CalamariImageVolume {

    @Test
    @DisplayName("is mounted at /calamari, without readOnly or subPath, and announced to Calamari")
    void isMountedAndAnnounced() throws Exception {
      ComposedPod composed = compose(withImageVolumes(), terraformStep());
      V1Container container = scriptContainer(composed);

      assertThat(composed.pod().getSpec().getVolumes())
          .last()
          .isEqualTo(
              new V1Volume()
                  .name("calamari")
                  .image(
                      new V1ImageVolumeSource()
                          .reference("octopusdeploy/calamari.terraform:2026.3.666")
                          .pullPolicy("IfNotPresent")));
      assertThat(container.getVolumeMounts())
          .last()
          .isEqualTo(new V1VolumeMount().name("calamari").mountPath("/calamari"));
      assertThat(container.getVolumeMounts().get(3).getReadOnly()).isNull();
      assertThat(container.getVolumeMounts().get(3).getSubPath()).isNull();
      assertThat(container.getEnv())
          .last()
          .isEqualTo(variable("CalamariImageDirectoryPath", "/calamari"));
      assertThat(composed.taskLog()).isEmpty();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
      "Calamari, octopusdeploy/calamari:2026.3.666",
      "Calamari.AzureAppService, octopusdeploy/calamari.azureappservice:2026.3.666",
      "Calamari.AzureResourceGroup, octopusdeploy/calamari.azureresourcegroup:2026.3.666",
      "Calamari.AzureScripting, octopusdeploy/calamari.azurescripting:2026.3.666",
      "Calamari.GoogleCloudScripting, octopusdeploy/calamari.googlecloudscripting:2026.3.666",
      "Calamari.Terraform, octopusdeploy/calamari.terraform:2026.3.666"
    })
    @DisplayName("names each tool flavour's image in lower case, tagged with the Calamari version")
    void namesTheFlavoursImage(String tool, String reference) throws Exception {
      ScriptStep step = new ScriptStep(TICKET, "ServerTasks-4711", tool, "2026.3.666", false, null);

      assertThat(calamariVolume(compose(withImageVolumes(), step)).getReference())
          .isEqualTo(reference);
    }

    @Test
    @DisplayName("comes from the configured repository with the configured pull policy")
    void usesTheConfiguredRepositoryAndPolicy() throws Exception {
      TentacleEnv env =
          withImageVolumes()
              .set(
                  AgentVariables.CALAMARI_IMAGE_VOLUME_REPOSITORY,
                  "my-registry.example.com/octopusdeploy")
              .set(AgentVariables.CALAMARI_IMAGE_VOLUME_PULL_POLICY, "Always");

      assertThat(calamariVolume(compose(env, terraformStep())))
          .isEqualTo(
              new V1ImageVolumeSource()
                  .reference("my-registry.example.com/octopusdeploy/calamari.terraform:2026.3.666")
                  .pullPolicy("Always"));
    }

    @Test
    @DisplayName("is pulled IfNotPresent when the configuration carries no pull policy")
    void pullsIfNotPresentByDefault() throws Exception {
      AgentConfiguration read = withImageVolumes().read();
      AgentConfiguration withoutPolicy =
          new AgentConfiguration(
              read.namespace(),
              read.podServiceAccountName(),
              read.podVolumeClaimName(),
              read.helmReleaseName(),
              read.helmChartVersion(),
              null,
              null,
              null,
              List.of(),
              null,
              null,
              List.of(),
              null,
              Map.of(),
              Map.of(),
              null,
              List.of(),
              read.persistentVolumeSize(),
              false,
              AgentConfiguration.PENDING_POD_WATCHDOG_OFF,
              null,
              true,
              "octopusdeploy",
              null,
              null,
              List.of());

      ComposedPod composed = composer.compose(withoutPolicy, terraformStep(), V1_35);

      assertThat(calamariVolume(composed).getPullPolicy()).isEqualTo("IfNotPresent");
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"1.35", "v1.36.0", "2.0"})
    @DisplayName("is added on clusters from 1.35 on")
    void isAddedFrom135(String version) throws Exception {
      ComposedPod composed =
          composer.compose(
              withImageVolumes().read(), terraformStep(), ClusterVersion.parse(version));

      assertThat(calamariVolume(composed)).isNotNull();
      assertThat(composed.taskLog()).isEmpty();
    }

    static Stream<Arguments> olderClusters() {
      return Stream.of(
          Arguments.of(ClusterVersion.of("1", "34+"), "1.34"),
          Arguments.of(ClusterVersion.parse("v1.34.2-eks-113cf36"), "1.34"),
          Arguments.of(ClusterVersion.parse("1.30"), "1.30"));
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("olderClusters")
    @DisplayName("falls back below 1.35: a warning in the task log and the pod without Calamari")
    void fallsBackOnOlderClusters(ClusterVersion cluster, String printed) throws Exception {
      ComposedPod composed = composer.compose(withImageVolumes().read(), terraformStep(), cluster);
      ComposedPod featureOff =
          composer.compose(TentacleEnv.chartDefaults().read(), terraformStep(), cluster);

      assertThat(composed.taskLog())
          .containsExactly(
              "The ImageVolume feature gate is required to use the Calamari Image Volume feature."
                  + " This is enabled by default in Kubernetes 1.35 and newer. The current cluster"
                  + " version is "
                  + printed
                  + ".");
      assertThat(composed.pod()).isEqualTo(featureOff.pod());
      assertThat(composed.pod().getSpec().getVolumes())
          .extracting(V1Volume::getName)
          .containsExactly("tentacle-home", "agent-upgrade");
      assertThat(scriptContainer(composed).getEnv())
          .extracting(V1EnvVar::getName)
          .doesNotContain("CalamariImageDirectoryPath");
    }

    @Test
    @DisplayName("gives the exact fallback warning on a provider's 1.34+")
    void warnsExactlyOnAProvidersMinor() throws Exception {
      ComposedPod composed =
          composer.compose(
              withImageVolumes().read(), terraformStep(), ClusterVersion.of("1", "34+"));

      assertThat(composed.taskLog()).containsExactly(WARNING_FOR_1_34);
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"1.34", "1.35"})
    @DisplayName("is never added to a raw script, and no warning is given for one")
    void neverForRawScripts(String version) throws Exception {
      ScriptStep raw =
          new ScriptStep(
              TICKET, "ServerTasks-4711", "Calamari.Terraform", "2026.3.666", true, null);

      ComposedPod composed =
          composer.compose(withImageVolumes().read(), raw, ClusterVersion.parse(version));

      assertThat(composed.pod().getSpec().getVolumes())
          .extracting(V1Volume::getName)
          .doesNotContain("calamari");
      assertThat(composed.taskLog()).isEmpty();
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"1.34", "1.35"})
    @DisplayName("is not added, and no warning given, when the feature is off")
    void notWhenDisabled(String version) throws Exception {
      ComposedPod composed =
          composer.compose(
              TentacleEnv.chartDefaults().read(), terraformStep(), ClusterVersion.parse(version));

      assertThat(composed.pod().getSpec().getVolumes())
          .extracting(V1Volume::getName)
          .containsExactly("tentacle-home", "agent-upgrade");
      assertThat(composed.taskLog()).isEmpty();
    }

    @ParameterizedTest(name = "tool {0}, version {1}")
    @CsvSource({", 2026.3.666", "Calamari.Terraform, ", ","})
    @DisplayName("is not added, and no warning given, for a step without tool and version")
    void notWithoutToolAndVersion(String tool, String version) throws Exception {
      ScriptStep step = new ScriptStep(TICKET, "ServerTasks-4711", tool, version, false, null);

      ComposedPod composed =
          composer.compose(withImageVolumes().read(), step, new ClusterVersion(1, 34));

      assertThat(composed.pod().getSpec().getVolumes())
          .extracting(V1Volume::getName)
          .containsExactly("tentacle-home", "agent-upgrade");
      assertThat(composed.taskLog()).isEmpty();
    }
  }

  static TentacleEnv withImageVolumes() {
    return TentacleEnv.chartDefaults()
        .set(AgentVariables.CALAMARI_IMAGE_VOLUME_ENABLED, "true")
        .set(AgentVariables.CALAMARI_IMAGE_VOLUME_REPOSITORY, "octopusdeploy")
        .set(AgentVariables.CALAMARI_IMAGE_VOLUME_PULL_POLICY, "IfNotPresent");
  }

  static ScriptStep terraformStep() {
    return new ScriptStep(
        TICKET, "ServerTasks-4711", "Calamari.Terraform", "2026.3.666", false, null);
  }

  static ScriptStep plainStep() {
    return step(TICKET);
  }

  static ScriptStep step(String ticket) {
    return new ScriptStep(ticket, "ServerTasks-4711", null, null, false, null);
  }

  ComposedPod compose(TentacleEnv env, ScriptStep step) throws Exception {
    return composer.compose(env.read(), step, V1_35);
  }

  static V1Container scriptContainer(ComposedPod composed) {
    return scriptContainer(composed.pod());
  }

  static V1Container scriptContainer(V1Pod pod) {
    return pod.getSpec().getContainers().get(0);
  }

  static V1ImageVolumeSource calamariVolume(ComposedPod composed) {
    return composed.pod().getSpec().getVolumes().stream()
        .filter(volume -> volume.getName().equals("calamari"))
        .findFirst()
        .map(V1Volume::getImage)
        .orElse(null);
  }

  static V1PodAffinity onTentacleNode(String release) {
    return new V1PodAffinity()
        .addRequiredDuringSchedulingIgnoredDuringExecutionItem(tentacleNodeTerm(release));
  }

  static V1PodAffinityTerm tentacleNodeTerm(String release) {
    return new V1PodAffinityTerm()
        .topologyKey("kubernetes.io/hostname")
        .labelSelector(
            new V1LabelSelector()
                .addMatchExpressionsItem(
                    new V1LabelSelectorRequirement()
                        .key("app.kubernetes.io/instance")
                        .operator("In")
                        .addValuesItem(release))
                .addMatchExpressionsItem(
                    new V1LabelSelectorRequirement()
                        .key("agent.octopus.com/component")
                        .operator("In")
                        .addValuesItem("tentacle")));
  }

  static V1ResourceRequirements smallRequests() {
    return new V1ResourceRequirements()
        .putRequestsItem("cpu", new Quantity("25m"))
        .putRequestsItem("memory", new Quantity("100Mi"));
  }

  static V1VolumeMount mount(String name, String path) {
    return new V1VolumeMount().name(name).mountPath(path);
  }

  static V1EnvVar variable(String name, String value) {
    return new V1EnvVar().name(name).value(value);
  }

  static String resource(String name) throws IOException {
    try (InputStream in = ScriptPodComposerTest.class.getResourceAsStream("/compose/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
