package dev.agentchart.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ImageVolumeSource;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1SecretVolumeSource;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The image volume rules")
class VersionRulesTest {

  private static final String REFERENCE = "octopusdeploy/calamari.terraform:2026.3.666";
  private static final String VOLUME = "image volume \"calamari\" (" + REFERENCE + ")";

  private static final String UNSUPPORTED =
      "the API before Kubernetes 1.31 has no image volume source: the API server drops the"
          + " unknown field 'image' and defaults the volume to an empty directory, so the pod runs"
          + " without the image; leave the volume out, or use Kubernetes 1.35 or later, where"
          + " image volumes are on by default";
  private static final String GATE_OFF_ALPHA =
      "image volumes are alpha from Kubernetes 1.31 with the ImageVolume feature gate off by"
          + " default: the API server silently drops the volume and every mount of it, and the"
          + " pod starts without the image; before Kubernetes 1.35 build the pod without the"
          + " volume, as the agent does";
  private static final String GATE_OFF_BETA =
      GATE_OFF_ALPHA.replace("alpha from Kubernetes 1.31", "beta from Kubernetes 1.33");
  private static final String SUBPATH_ALPHA =
      "image volumes, alpha from Kubernetes 1.31, cannot be mounted with subPath or subPathExpr:"
          + " with the ImageVolume gate on, the API server rejects the pod; mount the whole"
          + " volume, or use Kubernetes 1.33 or later, where both are allowed";
  private static final String NO_REFERENCE =
      "with the ImageVolume gate on, the API server rejects an image volume without a"
          + " reference, which is required in a Pod; set image.reference to the image to mount,"
          + " such as octopusdeploy/calamari:2026.3.666";
  private static final String READ_WRITE =
      "an image volume is always mounted read-only: the API server accepts readOnly: false, but"
          + " the kubelet mounts the image read-only all the same, so a container that writes"
          + " there fails at run time; leave readOnly out, as the agent does, or set it to true";

  private final VersionRules rules = VersionRules.standard();

  @Nested
  @DisplayName("on a pod without image volumes")
  class WithoutImageVolumes {

    @ParameterizedTest(name = "Kubernetes 1.{0}")
    @ValueSource(ints = {20, 29, 30, 31, 32, 33, 34, 35, 36, 40})
    @DisplayName("find nothing at any version")
    void passEverywhere(int minor) {
      V1Pod pod = scriptPod(false);
      pod.getSpec().getContainers().get(0).getVolumeMounts().get(0).subPath("Work").readOnly(false);

      assertThat(rules.check(pod, 1, minor)).isEmpty();
    }
  }

  @Nested
  @DisplayName("on the pod the agent composes with the Calamari image volume")
  class AgentPod {

    @ParameterizedTest(name = "Kubernetes 1.{0}")
    @ValueSource(ints = {35, 36, 40})
    @DisplayName("find nothing from 1.35 on, where the agent adds the volume")
    void passFrom135(int minor) {
      assertThat(rules.check(scriptPod(true), 1, minor)).isEmpty();
    }

    @Test
    @DisplayName("at 1.34 find exactly the silent drop the agent's fallback avoids")
    void reportTheGateAt134() {
      assertThat(rules.check(scriptPod(true), 1, 34))
          .containsExactly(
              new Violation(
                  "image-volume-gate-off",
                  "spec.volumes[2]",
                  "no image volume before Kubernetes 1.35, where the ImageVolume gate is on by"
                      + " default",
                  VOLUME,
                  GATE_OFF_BETA));
    }

    @Test
    @DisplayName("at 1.31 list every mistake of a badly composed pod, rule by rule")
    void listEveryMistake() {
      V1Pod pod =
          withCalamari(
              v -> v.getImage().reference(null).pullPolicy("Sometimes"),
              m -> m.subPath("Calamari").readOnly(false));

      assertThat(rules.check(pod, 1, 31))
          .extracting(Violation::rule, Violation::path)
          .containsExactly(
              tuple("image-volume-gate-off", "spec.volumes[2]"),
              tuple("image-volume-subpath", "spec.containers[0].volumeMounts[2]"),
              tuple("image-volume-reference", "spec.volumes[2]"),
              tuple("image-volume-pull-policy", "spec.volumes[2]"),
              tuple("image-volume-read-only", "spec.containers[0].volumeMounts[2]"));
    }
  }

  @Nested
  @DisplayName("image-volume-unsupported")
  class Unsupported {

    @ParameterizedTest(name = "Kubernetes 1.{0}: reported {1}")
    @CsvSource({"20, true", "30, true", "31, false", "33, false", "35, false", "36, false"})
    @DisplayName("reports an image volume where the API has no image source, before 1.31")
    void reportsBefore131(int minor, boolean reported) {
      List<Violation> found = violations(scriptPod(true), minor, "image-volume-unsupported");

      if (reported) {
        assertThat(found)
            .containsExactly(
                new Violation(
                    "image-volume-unsupported",
                    "spec.volumes[2]",
                    "no image volume before Kubernetes 1.31",
                    VOLUME,
                    UNSUPPORTED));
      } else {
        assertThat(found).isEmpty();
      }
    }

    @Test
    @DisplayName("is the only report before 1.31, whatever else is wrong with the volume")
    void standsAloneBefore131() {
      V1Pod pod =
          withCalamari(v -> v.getImage().reference(null).pullPolicy("always"), m -> m.subPath("x"));

      assertThat(rules.check(pod, 1, 30))
          .extracting(Violation::rule)
          .containsExactly("image-volume-unsupported");
    }
  }

  @Nested
  @DisplayName("image-volume-gate-off")
  class GateOff {

    @ParameterizedTest(name = "Kubernetes 1.{0}")
    @MethodSource("dev.agentchart.rules.VersionRulesTest#gateOffMessages")
    @DisplayName("reports an image volume where the gate is off by default, 1.31 to 1.34")
    void reportsWhileTheGateIsOff(int minor, String message) {
      List<Violation> found = violations(scriptPod(true), minor, "image-volume-gate-off");

      if (message == null) {
        assertThat(found).isEmpty();
      } else {
        assertThat(found).singleElement().extracting(Violation::message).isEqualTo(message);
      }
    }
  }

  static List<Object[]> gateOffMessages() {
    return List.of(
        new Object[] {30, null},
        new Object[] {31, GATE_OFF_ALPHA},
        new Object[] {32, GATE_OFF_ALPHA},
        new Object[] {33, GATE_OFF_BETA},
        new Object[] {34, GATE_OFF_BETA},
        new Object[] {35, null},
        new Object[] {36, null},
        new Object[] {40, null});
  }

  @Nested
  @DisplayName("image-volume-subpath")
  class SubPath {

    @ParameterizedTest(name = "Kubernetes 1.{0}: reported {1}")
    @CsvSource({
      "30, false",
      "31, true",
      "32, true",
      "33, false",
      "34, false",
      "35, false",
      "36, false",
      "40, false"
    })
    @DisplayName("reports subPath on a mount of an image volume in the alpha API, 1.31 and 1.32")
    void reportsInTheAlphaApi(int minor, boolean reported) {
      V1Pod pod = withCalamari(v -> {}, m -> m.subPath("Calamari.Terraform"));

      List<Violation> found = violations(pod, minor, "image-volume-subpath");

      if (reported) {
        assertThat(found)
            .containsExactly(
                new Violation(
                    "image-volume-subpath",
                    "spec.containers[0].volumeMounts[2]",
                    "no subPath or subPathExpr on a mount of an image volume before Kubernetes"
                        + " 1.33",
                    "subPath \"Calamari.Terraform\" on a mount of image volume \"calamari\"",
                    SUBPATH_ALPHA));
      } else {
        assertThat(found).isEmpty();
      }
    }

    @Test
    @DisplayName("reports subPathExpr too, in init containers as well as containers")
    void reportsSubPathExprInInitContainers() {
      V1Pod pod = withCalamari(v -> {}, m -> {});
      pod.getSpec()
          .initContainers(
              List.of(
                  new V1Container()
                      .name("init")
                      .volumeMounts(
                          List.of(
                              new V1VolumeMount()
                                  .name("calamari")
                                  .mountPath("/calamari")
                                  .subPathExpr("$(FLAVOUR)")))));

      assertThat(violations(pod, 32, "image-volume-subpath"))
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.path()).isEqualTo("spec.initContainers[0].volumeMounts[0]");
                assertThat(v.actual())
                    .isEqualTo(
                        "subPathExpr \"$(FLAVOUR)\" on a mount of image volume \"calamari\"");
              });
    }
  }

  @Nested
  @DisplayName("image-volume-reference")
  class Reference {

    @ParameterizedTest(name = "Kubernetes 1.{0}: reported {1}")
    @CsvSource({
      "30, false",
      "31, true",
      "32, true",
      "33, true",
      "34, true",
      "35, true",
      "36, true",
      "40, true"
    })
    @DisplayName("reports an image volume without a reference wherever image volumes exist")
    void reportsAMissingReference(int minor, boolean reported) {
      V1Pod pod = withCalamari(v -> v.getImage().reference(null), m -> {});

      List<Violation> found = violations(pod, minor, "image-volume-reference");

      if (reported) {
        assertThat(found)
            .containsExactly(
                new Violation(
                    "image-volume-reference",
                    "spec.volumes[2]",
                    "image.reference naming the image to mount",
                    "no image.reference",
                    NO_REFERENCE));
      } else {
        assertThat(found).isEmpty();
      }
    }

    @Test
    @DisplayName("counts a blank reference as none")
    void reportsABlankReference() {
      V1Pod pod = withCalamari(v -> v.getImage().reference(" "), m -> {});

      assertThat(violations(pod, 35, "image-volume-reference"))
          .singleElement()
          .extracting(Violation::actual)
          .isEqualTo("image.reference \" \"");
    }
  }

  @Nested
  @DisplayName("image-volume-pull-policy")
  class PullPolicy {

    @ParameterizedTest(name = "pullPolicy {0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "ifNotPresent | write IfNotPresent",
          "ALWAYS       | write Always",
          "Sometimes    | leave it out for the default, Always for a :latest image and"
              + " IfNotPresent otherwise"
        })
    @DisplayName("reports a pull policy the API does not know, with the fix")
    void reportsUnknownPolicies(String policy, String remedy) {
      V1Pod pod = withCalamari(v -> v.getImage().pullPolicy(policy), m -> {});

      assertThat(violations(pod, 35, "image-volume-pull-policy"))
          .containsExactly(
              new Violation(
                  "image-volume-pull-policy",
                  "spec.volumes[2]",
                  "image.pullPolicy Always, IfNotPresent or Never, or none",
                  "image.pullPolicy \"" + policy + "\"",
                  "with the ImageVolume gate on, the API server rejects image.pullPolicy \""
                      + policy
                      + "\": it is case-sensitive and one of Always, IfNotPresent or Never; "
                      + remedy));
    }

    @ParameterizedTest(name = "pullPolicy \"{0}\"")
    @ValueSource(strings = {"Always", "IfNotPresent", "Never", ""})
    @DisplayName("accepts the three policies, and an empty one, which Go reads as unset")
    void acceptsKnownPolicies(String policy) {
      V1Pod pod = withCalamari(v -> v.getImage().pullPolicy(policy), m -> {});

      assertThat(violations(pod, 35, "image-volume-pull-policy")).isEmpty();
    }

    @ParameterizedTest(name = "Kubernetes 1.{0}: reported {1}")
    @CsvSource({
      "30, false",
      "31, true",
      "33, true",
      "34, true",
      "35, true",
      "36, true",
      "40, true"
    })
    @DisplayName("applies wherever image volumes exist")
    void appliesWithImageVolumes(int minor, boolean reported) {
      V1Pod pod = withCalamari(v -> v.getImage().pullPolicy("never"), m -> {});

      assertThat(violations(pod, minor, "image-volume-pull-policy")).hasSize(reported ? 1 : 0);
    }
  }

  @Nested
  @DisplayName("image-volume-read-only")
  class ReadOnly {

    @ParameterizedTest(name = "Kubernetes 1.{0}: reported {1}")
    @CsvSource({
      "30, false",
      "31, true",
      "32, true",
      "33, true",
      "34, true",
      "35, true",
      "36, true",
      "40, true"
    })
    @DisplayName("reports a mount of an image volume with readOnly false")
    void reportsReadOnlyFalse(int minor, boolean reported) {
      V1Pod pod = withCalamari(v -> {}, m -> m.readOnly(false));

      List<Violation> found = violations(pod, minor, "image-volume-read-only");

      if (reported) {
        assertThat(found)
            .containsExactly(
                new Violation(
                    "image-volume-read-only",
                    "spec.containers[0].volumeMounts[2]",
                    "readOnly unset or true on a mount of an image volume",
                    "readOnly false on a mount of image volume \"calamari\"",
                    READ_WRITE));
      } else {
        assertThat(found).isEmpty();
      }
    }

    @Test
    @DisplayName("accepts readOnly true")
    void acceptsReadOnlyTrue() {
      V1Pod pod = withCalamari(v -> {}, m -> m.readOnly(true));

      assertThat(rules.check(pod, 1, 36)).isEmpty();
    }
  }

  @Nested
  @DisplayName("with another table")
  class OtherTable {

    @Test
    @DisplayName("follow the table's data, not constants in the rules")
    void followTheTable() {
      String table =
          """
          releases:
            - {major: 1, minor: 28, imageVolumeStage: none, imageVolumeOnByDefault: false, \
          imageSubPathAllowed: false}
            - {major: 1, minor: 29, imageVolumeStage: beta, imageVolumeOnByDefault: false, \
          imageSubPathAllowed: true}
            - {major: 1, minor: 32, imageVolumeStage: ga, imageVolumeOnByDefault: true, \
          imageSubPathAllowed: true}
          """;
      VersionTable versions = VersionTable.parse(table.getBytes(StandardCharsets.UTF_8), "t");
      VersionRules custom = new VersionRules(versions, VersionRules.standardRules(versions));

      assertThat(custom.check(scriptPod(true), 1, 32)).isEmpty();
      assertThat(custom.check(scriptPod(true), 1, 30))
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.rule()).isEqualTo("image-volume-gate-off");
                assertThat(v.message())
                    .startsWith("image volumes are beta from Kubernetes 1.29 with")
                    .contains("before Kubernetes 1.32 build the pod without the volume");
              });
    }
  }

  private List<Violation> violations(V1Pod pod, int minor, String rule) {
    return rules.check(pod, 1, minor).stream().filter(v -> v.rule().equals(rule)).toList();
  }

  /** The agent's pod with the Calamari volume, changed by {@code volume} and {@code mount}. */
  private static V1Pod withCalamari(Consumer<V1Volume> volume, Consumer<V1VolumeMount> mount) {
    V1Pod pod = scriptPod(true);
    volume.accept(pod.getSpec().getVolumes().get(2));
    mount.accept(pod.getSpec().getContainers().get(0).getVolumeMounts().get(2));
    return pod;
  }

  /**
   * A script pod as the agent composes it (FACTS section 4 and 5): the shared home volume, the
   * optional upgrade secret and, with {@code calamari}, the image volume mounted at /calamari with
   * neither readOnly nor subPath.
   */
  private static V1Pod scriptPod(boolean calamari) {
    List<V1Volume> volumes = new ArrayList<>();
    volumes.add(
        new V1Volume()
            .name("tentacle-home")
            .persistentVolumeClaim(
                new V1PersistentVolumeClaimVolumeSource().claimName("octopus-agent-agent-pvc")));
    volumes.add(
        new V1Volume()
            .name("agent-upgrade")
            .secret(new V1SecretVolumeSource().secretName("agent-upgrade").optional(true)));
    List<V1VolumeMount> mounts = new ArrayList<>();
    mounts.add(new V1VolumeMount().name("tentacle-home").mountPath("/octopus"));
    mounts.add(new V1VolumeMount().name("agent-upgrade").mountPath("/octopus/upgrade"));
    if (calamari) {
      volumes.add(
          new V1Volume()
              .name("calamari")
              .image(new V1ImageVolumeSource().reference(REFERENCE).pullPolicy("IfNotPresent")));
      mounts.add(new V1VolumeMount().name("calamari").mountPath("/calamari"));
    }
    return new V1Pod()
        .apiVersion("v1")
        .kind("Pod")
        .metadata(new V1ObjectMeta().name("octopus-script-1").namespace("octopus-agent"))
        .spec(
            new V1PodSpec()
                .restartPolicy("Never")
                .containers(
                    List.of(
                        new V1Container()
                            .name("octopus-script-1")
                            .image("octopusdeploy/kubernetes-agent-tools-base:latest")
                            .volumeMounts(mounts)))
                .volumes(volumes));
  }
}
