package dev.agentchart.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Affinity;
import io.kubernetes.client.openapi.models.V1PodAntiAffinity;
import io.kubernetes.client.openapi.models.V1PodSecurityContext;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1Toleration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Reading the agent's configuration from the Tentacle container's environment")
class AgentConfigurationReaderTest {

  @Nested
  @DisplayName("the environment the chart renders with its defaults")
  class ChartDefaults {

    @Test
    @DisplayName("gives the names of the namespace, service account, claim and release")
    void readsTheAlwaysEmittedNames() throws Exception {
      AgentConfiguration configuration = TentacleEnv.chartDefaults().read();

      assertThat(configuration.namespace()).isEqualTo("octopus-agent");
      assertThat(configuration.podServiceAccountName()).isEqualTo("octopus-agent-scripts");
      assertThat(configuration.podVolumeClaimName()).isEqualTo("octopus-agent-agent-pvc");
      assertThat(configuration.helmReleaseName()).isEqualTo("agent");
      assertThat(configuration.helmChartVersion()).isEqualTo("3.13.2");
      assertThat(configuration.persistentVolumeSize()).isEqualTo("10Gi");
      assertThat(configuration.accessModes()).containsExactly("ReadWriteOnce");
      assertThat(configuration.pendingPodsStuckAfterMinutes()).isEqualTo(60);
      assertThat(configuration.disablePodEventsInTaskLog()).isFalse();
      assertThat(configuration.kubernetesMonitorEnabled()).isEqualTo("false");
      assertThat(configuration.serverCommsAddresses())
          .containsExactly("https://octopus.example.com:10943/");
    }

    @Test
    @DisplayName("parses the resource and affinity JSON into client-java models")
    void parsesTheJsonIntoModels() throws Exception {
      AgentConfiguration configuration = TentacleEnv.chartDefaults().read();

      assertThat(configuration.podResources())
          .isEqualTo(
              new V1ResourceRequirements()
                  .putRequestsItem("cpu", new Quantity("25m"))
                  .putRequestsItem("memory", new Quantity("100Mi")));
      assertThat(configuration.podAffinity()).isEqualTo(AgentConfiguration.defaultPodAffinity());
    }

    @Test
    @DisplayName("leaves everything the chart does not emit by default unset")
    void leavesTheOptionalSettingsUnset() throws Exception {
      AgentConfiguration configuration = TentacleEnv.chartDefaults().read();

      assertThat(configuration.scriptPodImage()).isNull();
      assertThat(configuration.scriptPodImageTag()).isNull();
      assertThat(configuration.scriptPodPullPolicy()).isNull();
      assertThat(configuration.imagePullSecretNames()).isEmpty();
      assertThat(configuration.podTolerations()).isEmpty();
      assertThat(configuration.podSecurityContext()).isNull();
      assertThat(configuration.podAnnotations()).isEmpty();
      assertThat(configuration.podLabels()).isEmpty();
      assertThat(configuration.proxiesSecretName()).isNull();
      assertThat(configuration.nfsWatchdogImage()).isNull();
      assertThat(configuration.calamariImageVolumeEnabled()).isFalse();
      assertThat(configuration.calamariImageVolumeRepository()).isEqualTo("octopusdeploy");
      assertThat(configuration.calamariImageVolumePullPolicy()).isEqualTo("IfNotPresent");
    }
  }

  @Nested
  @DisplayName("each variable")
  class EachVariable {

    static Stream<Arguments> variables() {
      return Stream.of(
          read(AgentVariables.NAMESPACE, "scripts", AgentConfiguration::namespace, "scripts"),
          read(
              AgentVariables.POD_SERVICE_ACCOUNT_NAME,
              "runner",
              AgentConfiguration::podServiceAccountName,
              "runner"),
          read(
              AgentVariables.POD_VOLUME_CLAIM_NAME,
              "octopus-agent-nfs-agent-pvc-10gi",
              AgentConfiguration::podVolumeClaimName,
              "octopus-agent-nfs-agent-pvc-10gi"),
          read(
              AgentVariables.HELM_RELEASE_NAME,
              "prod",
              AgentConfiguration::helmReleaseName,
              "prod"),
          read(
              AgentVariables.HELM_CHART_VERSION,
              "3.5.0",
              AgentConfiguration::helmChartVersion,
              "3.5.0"),
          read(
              AgentVariables.SCRIPT_POD_IMAGE,
              "octopusdeploy/worker-tools",
              AgentConfiguration::scriptPodImage,
              "octopusdeploy/worker-tools"),
          read(
              AgentVariables.SCRIPT_POD_IMAGE_TAG,
              "ubuntu.24.04",
              AgentConfiguration::scriptPodImageTag,
              "ubuntu.24.04"),
          read(
              AgentVariables.SCRIPT_POD_PULL_POLICY,
              "Always",
              AgentConfiguration::scriptPodPullPolicy,
              "Always"),
          read(
              AgentVariables.POD_IMAGE_PULL_SECRET_NAMES,
              " registry-a, ,registry-b,",
              AgentConfiguration::imagePullSecretNames,
              List.of("registry-a", "registry-b")),
          read(
              AgentVariables.POD_PROXIES_SECRET_NAME,
              "scripts-proxies",
              AgentConfiguration::proxiesSecretName,
              "scripts-proxies"),
          read(
              AgentVariables.ACCESS_MODES_JSON,
              "[\"ReadWriteMany\",\"ReadWriteOnce\"]",
              AgentConfiguration::accessModes,
              List.of("ReadWriteMany", "ReadWriteOnce")),
          read(
              AgentVariables.PERSISTENT_VOLUME_SIZE,
              "20Gi",
              AgentConfiguration::persistentVolumeSize,
              "20Gi"),
          read(
              AgentVariables.DISABLE_POD_EVENTS_IN_TASK_LOG,
              " True ",
              AgentConfiguration::disablePodEventsInTaskLog,
              true),
          read(
              AgentVariables.PENDING_PODS_STUCK_AFTER_MINUTES,
              "15",
              AgentConfiguration::pendingPodsStuckAfterMinutes,
              15),
          read(
              AgentVariables.NFS_WATCHDOG_IMAGE,
              "octopusdeploy/kubernetes-agent-nfs-watchdog:0.2.0",
              AgentConfiguration::nfsWatchdogImage,
              "octopusdeploy/kubernetes-agent-nfs-watchdog:0.2.0"),
          read(
              AgentVariables.CALAMARI_IMAGE_VOLUME_ENABLED,
              "true",
              AgentConfiguration::calamariImageVolumeEnabled,
              true),
          read(
              AgentVariables.CALAMARI_IMAGE_VOLUME_REPOSITORY,
              "my-registry.example.com/octopusdeploy",
              AgentConfiguration::calamariImageVolumeRepository,
              "my-registry.example.com/octopusdeploy"),
          read(
              AgentVariables.CALAMARI_IMAGE_VOLUME_PULL_POLICY,
              "Always",
              AgentConfiguration::calamariImageVolumePullPolicy,
              "Always"),
          read(
              AgentVariables.KUBERNETES_MONITOR_ENABLED,
              "true",
              AgentConfiguration::kubernetesMonitorEnabled,
              "true"),
          read(
              AgentVariables.SERVER_COMMS_ADDRESSES,
              "https://a.example.com:10943/,,https://b.example.com:10943/",
              AgentConfiguration::serverCommsAddresses,
              List.of(
                  "https://octopus.example.com:10943/",
                  "https://a.example.com:10943/",
                  "https://b.example.com:10943/")));
    }

    private static Arguments read(
        String variable,
        String value,
        Function<AgentConfiguration, Object> setting,
        Object expected) {
      return Arguments.of(variable, value, setting, expected);
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("variables")
    @DisplayName("sets its own setting")
    void setsItsSetting(
        String variable,
        String value,
        Function<AgentConfiguration, Object> setting,
        Object expected)
        throws Exception {
      AgentConfiguration configuration = TentacleEnv.chartDefaults().set(variable, value).read();

      assertThat(setting.apply(configuration)).isEqualTo(expected);
    }
  }

  @Nested
  @DisplayName("a JSON variable")
  class JsonVariables {

    @Test
    @DisplayName("PODTOLERATIONSJSON becomes V1Toleration models, in order")
    void readsTolerations() throws Exception {
      AgentConfiguration configuration =
          TentacleEnv.chartDefaults()
              .set(
                  AgentVariables.POD_TOLERATIONS_JSON,
                  "[{\"key\":\"dedicated\",\"operator\":\"Equal\",\"value\":\"scripts\","
                      + "\"effect\":\"NoSchedule\"},{\"operator\":\"Exists\"}]")
              .read();

      assertThat(configuration.podTolerations())
          .containsExactly(
              new V1Toleration()
                  .key("dedicated")
                  .operator("Equal")
                  .value("scripts")
                  .effect("NoSchedule"),
              new V1Toleration().operator("Exists"));
    }

    @Test
    @DisplayName("PODSECURITYCONTEXTJSON becomes a V1PodSecurityContext")
    void readsTheSecurityContext() throws Exception {
      AgentConfiguration configuration =
          TentacleEnv.chartDefaults()
              .set(
                  AgentVariables.POD_SECURITY_CONTEXT_JSON,
                  "{\"runAsNonRoot\":true,\"runAsUser\":1000,\"fsGroup\":2000}")
              .read();

      assertThat(configuration.podSecurityContext())
          .isEqualTo(new V1PodSecurityContext().runAsNonRoot(true).runAsUser(1000L).fsGroup(2000L));
    }

    @Test
    @DisplayName("PODLABELSJSON and PODANNOTATIONSJSON keep the order they were written in")
    void keepsTheOrderOfLabelsAndAnnotations() throws Exception {
      AgentConfiguration configuration =
          TentacleEnv.chartDefaults()
              .set(
                  AgentVariables.POD_LABELS_JSON, "{\"zone\":\"b\",\"team\":\"ops\",\"app\":\"x\"}")
              .set(AgentVariables.POD_ANNOTATIONS_JSON, "{\"z\":\"1\",\"a\":\"2\"}")
              .read();

      assertThat(configuration.podLabels())
          .containsExactly(Map.entry("zone", "b"), Map.entry("team", "ops"), Map.entry("app", "x"));
      assertThat(configuration.podAnnotations())
          .containsExactly(Map.entry("z", "1"), Map.entry("a", "2"));
    }

    @Test
    @DisplayName("PODAFFINITYJSON replaces the agent's default affinity entirely")
    void replacesTheDefaultAffinity() throws Exception {
      AgentConfiguration configuration =
          TentacleEnv.chartDefaults()
              .set(
                  AgentVariables.POD_AFFINITY_JSON,
                  "{\"podAntiAffinity\":{\"requiredDuringSchedulingIgnoredDuringExecution\":"
                      + "[{\"topologyKey\":\"kubernetes.io/hostname\"}]}}")
              .read();

      V1Affinity affinity = configuration.podAffinity();
      assertThat(affinity.getNodeAffinity()).isNull();
      assertThat(affinity.getPodAntiAffinity())
          .isEqualTo(
              new V1PodAntiAffinity()
                  .addRequiredDuringSchedulingIgnoredDuringExecutionItem(
                      new io.kubernetes.client.openapi.models.V1PodAffinityTerm()
                          .topologyKey("kubernetes.io/hostname")));
    }

    @ParameterizedTest(name = "value \"{0}\"")
    @ValueSource(strings = {"", "   ", "null"})
    @DisplayName("that is blank or JSON null counts as unset, as for the agent")
    void blankOrNullIsUnset(String value) throws Exception {
      AgentConfiguration configuration =
          TentacleEnv.chartDefaults()
              .set(AgentVariables.POD_RESOURCE_JSON, value)
              .set(AgentVariables.POD_AFFINITY_JSON, value)
              .set(AgentVariables.POD_LABELS_JSON, value)
              .set(AgentVariables.ACCESS_MODES_JSON, value)
              .read();

      assertThat(configuration.podResources()).isNull();
      assertThat(configuration.podAffinity()).isEqualTo(AgentConfiguration.defaultPodAffinity());
      assertThat(configuration.podLabels()).isEmpty();
      assertThat(configuration.accessModes()).isEmpty();
    }
  }

  @Nested
  @DisplayName("an unset variable")
  class Unset {

    @Test
    @DisplayName("takes the agent's default")
    void takesTheAgentsDefault() throws Exception {
      AgentConfiguration configuration =
          TentacleEnv.chartDefaults()
              .unset(AgentVariables.POD_RESOURCE_JSON)
              .unset(AgentVariables.POD_AFFINITY_JSON)
              .unset(AgentVariables.ACCESS_MODES_JSON)
              .unset(AgentVariables.DISABLE_POD_EVENTS_IN_TASK_LOG)
              .unset(AgentVariables.PENDING_PODS_STUCK_AFTER_MINUTES)
              .unset(AgentVariables.KUBERNETES_MONITOR_ENABLED)
              .unset("ServerCommsAddress")
              .unset("ServerCommsAddresses")
              .read();

      assertThat(configuration.podResources()).isNull();
      assertThat(configuration.podAffinity()).isEqualTo(AgentConfiguration.defaultPodAffinity());
      assertThat(configuration.accessModes()).isEmpty();
      assertThat(configuration.disablePodEventsInTaskLog()).isFalse();
      assertThat(configuration.pendingPodsStuckAfterMinutes())
          .isEqualTo(AgentConfiguration.PENDING_POD_WATCHDOG_OFF);
      assertThat(configuration.kubernetesMonitorEnabled()).isNull();
      assertThat(configuration.serverCommsAddresses()).isEmpty();
    }

    @Test
    @DisplayName("of the Calamari image volume pulls from octopusdeploy with IfNotPresent")
    void defaultsTheImageVolumeRepositoryAndPolicy() throws Exception {
      AgentConfiguration configuration =
          TentacleEnv.chartDefaults()
              .set(AgentVariables.CALAMARI_IMAGE_VOLUME_ENABLED, "true")
              .read();

      assertThat(configuration.calamariImageVolumeEnabled()).isTrue();
      assertThat(configuration.calamariImageVolumeRepository()).isEqualTo("octopusdeploy");
      assertThat(configuration.calamariImageVolumePullPolicy()).isEqualTo("IfNotPresent");
    }

    @Test
    @DisplayName("that is set but empty counts as unset, as the chart emits these only when set")
    void emptyOptionalIsUnset() throws Exception {
      AgentConfiguration configuration =
          TentacleEnv.chartDefaults()
              .set(AgentVariables.SCRIPT_POD_IMAGE, "")
              .set(AgentVariables.SCRIPT_POD_IMAGE_TAG, "")
              .set(AgentVariables.NFS_WATCHDOG_IMAGE, " ")
              .set(AgentVariables.CALAMARI_IMAGE_VOLUME_REPOSITORY, "")
              .read();

      assertThat(configuration.scriptPodImage()).isNull();
      assertThat(configuration.scriptPodImageTag()).isNull();
      assertThat(configuration.nfsWatchdogImage()).isNull();
      assertThat(configuration.calamariImageVolumeRepository()).isEqualTo("octopusdeploy");
    }
  }

  @Nested
  @DisplayName("the list of variables, as the kubelet turns it into an environment")
  class AsTheKubeletDoes {

    @Test
    @DisplayName("ignores variables that take their value from a Secret")
    void ignoresValueFrom() throws Exception {
      AgentConfiguration configuration =
          TentacleEnv.chartDefaults()
              .unset(AgentVariables.POD_PROXIES_SECRET_NAME)
              .fromSecret(AgentVariables.POD_PROXIES_SECRET_NAME)
              .read();

      assertThat(configuration.proxiesSecretName()).isNull();
    }

    @Test
    @DisplayName("counts a required variable that comes from a Secret as missing")
    void requiredValueFromIsMissing() {
      assertThatThrownBy(
              () ->
                  TentacleEnv.chartDefaults()
                      .unset(AgentVariables.NAMESPACE)
                      .fromSecret(AgentVariables.NAMESPACE)
                      .read())
          .isInstanceOf(ConfigurationException.class)
          .hasMessage(
              "OCTOPUS__K8STENTACLE__NAMESPACE: missing; the agent requires it as the namespace of"
                  + " its script pods");
    }

    @Test
    @DisplayName("takes the last value of a repeated name, so user variables override the chart's")
    void lastValueWins() throws Exception {
      AgentConfiguration configuration =
          TentacleEnv.chartDefaults().append(AgentVariables.NAMESPACE, "elsewhere").read();

      assertThat(configuration.namespace()).isEqualTo("elsewhere");
    }
  }

  @Nested
  @DisplayName("a required variable that is missing or empty")
  class Required {

    static Stream<Arguments> requiredVariables() {
      return Stream.of(
          Arguments.of(AgentVariables.NAMESPACE, "the namespace of its script pods"),
          Arguments.of(
              AgentVariables.POD_SERVICE_ACCOUNT_NAME, "the service account of its script pods"),
          Arguments.of(
              AgentVariables.POD_VOLUME_CLAIM_NAME,
              "the claim of the volume its script pods share"),
          Arguments.of(AgentVariables.HELM_RELEASE_NAME, "the name of its release"),
          Arguments.of(AgentVariables.HELM_CHART_VERSION, "the version of its chart"),
          Arguments.of(
              AgentVariables.PERSISTENT_VOLUME_SIZE, "the size of the volume its pods share"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredVariables")
    @DisplayName("is refused with what the agent needs it for")
    void missingIsRefused(String variable, String purpose) {
      assertThatThrownBy(() -> TentacleEnv.chartDefaults().unset(variable).read())
          .isInstanceOf(ConfigurationException.class)
          .hasMessage(variable + ": missing; the agent requires it as " + purpose);
    }

    @Test
    @DisplayName("is refused when empty as well")
    void emptyIsRefused() {
      assertThatThrownBy(() -> TentacleEnv.chartDefaults().set(AgentVariables.NAMESPACE, "").read())
          .isInstanceOf(ConfigurationException.class)
          .hasMessage(
              "OCTOPUS__K8STENTACLE__NAMESPACE: empty; the agent requires it as the namespace of"
                  + " its script pods");
    }

    @Test
    @DisplayName("are all reported at once, in the order of the configuration")
    void allAreReported() {
      assertThatThrownBy(() -> TentacleEnv.empty().read())
          .isInstanceOfSatisfying(
              ConfigurationException.class,
              e ->
                  assertThat(e.problems())
                      .containsExactly(
                          "OCTOPUS__K8STENTACLE__NAMESPACE: missing; the agent requires it as the"
                              + " namespace of its script pods",
                          "OCTOPUS__K8STENTACLE__PODSERVICEACCOUNTNAME: missing; the agent requires"
                              + " it as the service account of its script pods",
                          "OCTOPUS__K8STENTACLE__PODVOLUMECLAIMNAME: missing; the agent requires it"
                              + " as the claim of the volume its script pods share",
                          "OCTOPUS__K8STENTACLE__HELMRELEASENAME: missing; the agent requires it as"
                              + " the name of its release",
                          "OCTOPUS__K8STENTACLE__HELMCHARTVERSION: missing; the agent requires it"
                              + " as the version of its chart",
                          "OCTOPUS__K8STENTACLE__PERSISTENTVOLUMESIZE: missing; the agent requires"
                              + " it as the size of the volume its pods share"));
    }
  }

  @Nested
  @DisplayName("a malformed value")
  class Malformed {

    static Stream<Arguments> malformedValues() {
      return Stream.of(
          Arguments.of(
              AgentVariables.POD_RESOURCE_JSON,
              "{\"requests\":{\"cpu\":\"25m\"",
              "OCTOPUS__K8STENTACLE__PODRESOURCEJSON: not valid JSON for V1ResourceRequirements:"
                  + " the text ends too early at line 1 column 25; value:"
                  + " {\"requests\":{\"cpu\":\"25m\""),
          Arguments.of(
              AgentVariables.POD_RESOURCE_JSON,
              "{requests: {}}",
              "OCTOPUS__K8STENTACLE__PODRESOURCEJSON: not valid JSON for V1ResourceRequirements:"
                  + " syntax error at line 1 column 3; value: {requests: {}}"),
          Arguments.of(
              AgentVariables.POD_RESOURCE_JSON,
              "{} {}",
              "OCTOPUS__K8STENTACLE__PODRESOURCEJSON: not valid JSON for V1ResourceRequirements:"
                  + " syntax error at line 1 column 5; value: {} {}"),
          Arguments.of(
              AgentVariables.POD_RESOURCE_JSON,
              "{\"request\":{\"cpu\":\"25m\"}}",
              "OCTOPUS__K8STENTACLE__PODRESOURCEJSON: not valid JSON for V1ResourceRequirements:"
                  + " The field `request` in the JSON string is not defined in the"
                  + " `V1ResourceRequirements` properties.; value:"
                  + " {\"request\":{\"cpu\":\"25m\"}}"),
          Arguments.of(
              AgentVariables.POD_RESOURCE_JSON,
              "[\"25m\"]",
              "OCTOPUS__K8STENTACLE__PODRESOURCEJSON: not valid JSON for V1ResourceRequirements:"
                  + " expected an object, found an array; value: [\"25m\"]"),
          Arguments.of(
              AgentVariables.POD_AFFINITY_JSON,
              "{\"nodeAffinity\":{\"podAntiAffinity\":{}}}",
              "OCTOPUS__K8STENTACLE__PODAFFINITYJSON: not valid JSON for V1Affinity: The field"
                  + " `podAntiAffinity` in the JSON string is not defined in the `V1NodeAffinity`"
                  + " properties.; value: {\"nodeAffinity\":{\"podAntiAffinity\":{}}}"),
          Arguments.of(
              AgentVariables.POD_TOLERATIONS_JSON,
              "[{\"key\":\"a\"},{\"tolerate\":true}]",
              "OCTOPUS__K8STENTACLE__PODTOLERATIONSJSON: not valid JSON for a list of"
                  + " V1Toleration: item 1: The field `tolerate` in the JSON string is not defined"
                  + " in the `V1Toleration` properties.; value:"
                  + " [{\"key\":\"a\"},{\"tolerate\":true}]"),
          Arguments.of(
              AgentVariables.POD_TOLERATIONS_JSON,
              "{\"key\":\"a\"}",
              "OCTOPUS__K8STENTACLE__PODTOLERATIONSJSON: not valid JSON for a list of"
                  + " V1Toleration: expected an array, found an object; value: {\"key\":\"a\"}"),
          Arguments.of(
              AgentVariables.POD_LABELS_JSON,
              "{\"team\":1}",
              "OCTOPUS__K8STENTACLE__PODLABELSJSON: not valid JSON for a map of strings: value of"
                  + " \"team\" is 1, not a string; value: {\"team\":1}"),
          Arguments.of(
              AgentVariables.ACCESS_MODES_JSON,
              "\"ReadWriteOnce\"",
              "OCTOPUS__K8STENTACLE__ACCESSMODESJSON: not valid JSON for a list of strings:"
                  + " expected an array, found a string; value: \"ReadWriteOnce\""),
          Arguments.of(
              AgentVariables.CALAMARI_IMAGE_VOLUME_ENABLED,
              "yes",
              "OCTOPUS__K8STENTACLE__CALAMARIIMAGEVOLUMEENABLED: \"yes\" is not true or false; the"
                  + " agent would read it as false"),
          Arguments.of(
              AgentVariables.PENDING_PODS_STUCK_AFTER_MINUTES,
              "1h",
              "OCTOPUS__K8STENTACLE__PENDINGPODSSTUCKAFTERMINUTES: \"1h\" is not a whole number"
                  + " of minutes; the agent would not watch pending pods"),
          Arguments.of(
              AgentVariables.PENDING_PODS_STUCK_AFTER_MINUTES,
              "0",
              "OCTOPUS__K8STENTACLE__PENDINGPODSSTUCKAFTERMINUTES: 0 minutes would make the agent"
                  + " cancel every script pod still pending at its first check; use 1 or more"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("malformedValues")
    @DisplayName("is refused, naming the variable, what is wrong and the value")
    void isRefused(String variable, String value, String message) {
      assertThatThrownBy(() -> TentacleEnv.chartDefaults().set(variable, value).read())
          .isInstanceOf(ConfigurationException.class)
          .hasMessage(message);
    }

    @Test
    @DisplayName("does not hide the next one: all problems come in one exception")
    void allProblemsAreReported() {
      assertThatThrownBy(
              () ->
                  TentacleEnv.chartDefaults()
                      .unset(AgentVariables.HELM_RELEASE_NAME)
                      .set(AgentVariables.POD_LABELS_JSON, "{")
                      .set(AgentVariables.DISABLE_POD_EVENTS_IN_TASK_LOG, "off")
                      .read())
          .isInstanceOfSatisfying(
              ConfigurationException.class,
              e ->
                  assertThat(e.problems())
                      .containsExactly(
                          "OCTOPUS__K8STENTACLE__HELMRELEASENAME: missing; the agent requires it as"
                              + " the name of its release",
                          "OCTOPUS__K8STENTACLE__PODLABELSJSON: not valid JSON for a map of"
                              + " strings: the text ends too early at line 1 column 2; value: {",
                          "OCTOPUS__K8STENTACLE__DISABLEPODEVENTSINTASKLOG: \"off\" is not true or"
                              + " false; the agent would read it as false"));
    }
  }
}
