package dev.agentchart.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.marcnuri.helm.Helm;
import dev.agentchart.schema.JsonSchema;
import dev.agentchart.schema.SchemaViolation;
import dev.agentchart.support.Project;
import dev.agentchart.yaml.Json;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1Affinity;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Toleration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

@DisplayName("Kubernetes-typed values in the values schema")
class KubernetesSchemasTest {

  private static String schemaText;
  private static Map<String, Object> schemaTree;
  private static JsonSchema schema;

  @BeforeAll
  static void generate() throws Exception {
    schemaText = Project.generate().files().get("values.schema.json");
    schemaTree = new Yaml().load(schemaText);
    schema = JsonSchema.compile(schemaText);
  }

  @Nested
  @DisplayName("rejects")
  class Rejects {

    @Test
    @DisplayName("podAntiAffinity written under nodeAffinity, at that key")
    void antiAffinityOneLevelTooDeep() {
      List<SchemaViolation> violations =
          validate(
              """
              scriptPods:
                affinity:
                  nodeAffinity:
                    podAntiAffinity:
                      preferredDuringSchedulingIgnoredDuringExecution:
                        - weight: 100
                          podAffinityTerm:
                            topologyKey: kubernetes.io/hostname
              """);

      assertThat(violations)
          .extracting(SchemaViolation::pointer, SchemaViolation::keyword, SchemaViolation::property)
          .containsExactly(
              tuple(
                  "/scriptPods/affinity/nodeAffinity", "additionalProperties", "podAntiAffinity"));
      assertThat(violations.get(0).subjectPointer())
          .isEqualTo("/scriptPods/affinity/nodeAffinity/podAntiAffinity");
    }

    @Test
    @DisplayName("a toleration with a field Kubernetes does not have")
    void tolerationWithUnknownField() {
      List<SchemaViolation> violations =
          validate(
              """
              agent:
                tolerations:
                  - key: dedicated
                    operator: Exists
                    tolerationSecond: 30
              """);

      assertThat(violations)
          .extracting(SchemaViolation::pointer, SchemaViolation::keyword, SchemaViolation::property)
          .containsExactly(
              tuple("/agent/tolerations/0", "additionalProperties", "tolerationSecond"));
    }

    @Test
    @DisplayName("a container spec field of the wrong type")
    void containerSpecWithWrongType() {
      List<SchemaViolation> violations =
          validate(
              """
              agent:
                containers:
                  tentacle:
                    spec:
                      imagePullPolicy: Always
                      stdin: "yes"
              """);

      assertThat(violations)
          .extracting(SchemaViolation::pointer, SchemaViolation::keyword, SchemaViolation::value)
          .containsExactly(tuple("/agent/containers/tentacle/spec/stdin", "type", "\"yes\""));
    }

    @Test
    @DisplayName("a resources request that is not a quantity")
    void requestThatIsNotAQuantity() {
      List<SchemaViolation> violations =
          validate(
              """
              scriptPods:
                resources:
                  requests:
                    cpu: 250m
                    memory: 512 MB
              """);

      assertThat(violations)
          .extracting(SchemaViolation::pointer, SchemaViolation::keyword, SchemaViolation::value)
          .containsExactly(tuple("/scriptPods/resources/requests/memory", "pattern", "\"512 MB\""));
    }

    @Test
    @DisplayName("a container without a name inside a partial pod spec: nested objects keep")
    void nestedRequiredFields() {
      List<SchemaViolation> violations =
          validate(
              """
              scriptPods:
                podTemplate:
                  podSpec:
                    containers:
                      - image: busybox
              """);

      assertThat(violations)
          .extracting(SchemaViolation::pointer, SchemaViolation::keyword, SchemaViolation::property)
          .containsExactly(
              tuple("/scriptPods/podTemplate/podSpec/containers/0", "required", "name"));
    }

    @Test
    @DisplayName("null as a list item, where only an optional field may be null")
    void nullListItem() {
      List<SchemaViolation> violations =
          validate(
              """
              agent:
                tolerations:
                  - null
              """);

      assertThat(violations)
          .extracting(SchemaViolation::pointer, SchemaViolation::keyword)
          .containsExactly(tuple("/agent/tolerations/0", "type"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "calamari.terraform",
          "registry.example.com/octopusdeploy/calamari.terraform",
          "registry.example.com/octopusdeploy/calamari",
          "registry.example.com/calamari.azurescripting/mirror",
          "octopusdeploy/calamari.googlecloudscripting"
        })
    @DisplayName("a Calamari repository that names a tool")
    void repositoryNamingATool(String repository) {
      assertThat(validate(repository(repository)))
          .extracting(SchemaViolation::pointer, SchemaViolation::keyword)
          .containsExactly(tuple("/scriptPods/calamariImageVolume/image/repository", "not"));
    }

    @Test
    @DisplayName("a Calamari repository that names a tool in capitals, also for its case")
    void repositoryNamingAToolInCapitals() {
      assertThat(validate(repository("registry.example.com/octopusdeploy/Calamari")))
          .extracting(SchemaViolation::pointer, SchemaViolation::keyword)
          .containsExactlyInAnyOrder(
              tuple("/scriptPods/calamariImageVolume/image/repository", "pattern"),
              tuple("/scriptPods/calamariImageVolume/image/repository", "not"));
    }
  }

  @Nested
  @DisplayName("accepts")
  class Accepts {

    @Test
    @DisplayName("realistic affinity, tolerations, resources and security contexts")
    void realisticValues() {
      assertThat(
              validate(
                  """
                  scriptPods:
                    affinity:
                      nodeAffinity:
                        requiredDuringSchedulingIgnoredDuringExecution:
                          nodeSelectorTerms:
                            - matchExpressions:
                                - key: kubernetes.io/os
                                  operator: In
                                  values: [linux]
                      podAntiAffinity:
                        preferredDuringSchedulingIgnoredDuringExecution:
                          - weight: 100
                            podAffinityTerm:
                              topologyKey: kubernetes.io/hostname
                              labelSelector:
                                matchLabels:
                                  app.kubernetes.io/name: octopus-agent-scripts
                    tolerations:
                      - key: dedicated
                        operator: Equal
                        value: octopus
                        effect: NoSchedule
                      - key: node.kubernetes.io/not-ready
                        operator: Exists
                        effect: NoExecute
                        tolerationSeconds: 300
                    resources:
                      requests:
                        cpu: 250m
                        memory: 512Mi
                      limits:
                        cpu: 2
                        memory: 2Gi
                        ephemeral-storage: 10G
                    securityContext:
                      runAsNonRoot: true
                      runAsUser: 1000
                      fsGroup: 2000
                      seccompProfile:
                        type: RuntimeDefault
                  agent:
                    nodeSelector:
                      kubernetes.io/arch: amd64
                    containers:
                      tentacle:
                        spec:
                          securityContext:
                            allowPrivilegeEscalation: false
                            capabilities:
                              drop: [ALL]
                  """))
          .isEmpty();
    }

    @Test
    @DisplayName("a partial container spec without a name, and a partial pod spec")
    void partialSpecs() {
      assertThat(
              validate(
                  """
                  scriptPods:
                    podTemplate:
                      scriptContainerSpec:
                        imagePullPolicy: IfNotPresent
                        env:
                          - name: HTTP_PROXY
                            value: http://proxy:3128
                  agent:
                    spec:
                      priorityClassName: octopus-high
                      hostAliases:
                        - ip: 10.0.0.5
                          hostnames: [octopus.internal]
                  """))
          .isEmpty();
    }

    @Test
    @DisplayName("null for an optional field, which the API server reads as absent")
    void nullOptionalField() {
      assertThat(
              validate(
                  """
                  scriptPods:
                    resources:
                      limits: null
                    securityContext:
                      runAsUser: null
                  """))
          .isEmpty();
    }

    @Test
    @DisplayName("the default Calamari repository and a mirror")
    void plainRepositories() {
      assertThat(validate(repository("registry.example.com/octopusdeploy"))).isEmpty();
      assertThat(validate(repository("registry.example.com/calamari-mirror"))).isEmpty();
    }
  }

  @Nested
  @DisplayName("the quantity pattern")
  class QuantityPattern {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
        strings = {
          "100m", "1Gi", "1.5", ".5", "5.", "+1", "-1", "1e3", "1E3", "1e-3", "10n", "3u", "1E",
          "1Ki", "1K", "1e", "lots", "", " 1", "1 Gi", "1.5.2", "Gi"
        })
    @DisplayName("agrees with client-java's quantity parser")
    void agreesWithClientJava(String text) {
      boolean parses;
      try {
        Quantity.fromString(text);
        parses = true;
      } catch (RuntimeException e) {
        parses = false;
      }

      assertThat(Pattern.compile(KubernetesSchemas.QUANTITY_PATTERN).matcher(text).find())
          .isEqualTo(parses);
    }
  }

  @Nested
  @DisplayName("the derivation")
  class Derivation {

    @Test
    @DisplayName("gives the same definitions, in the same order, on every run")
    void isDeterministic() {
      assertThat(Json.pretty(derive(), 0)).isEqualTo(Json.pretty(derive(), 0));
    }

    @Test
    @DisplayName("sorts the definitions by name")
    void sortsDefinitions() {
      List<String> names = List.copyOf(defs().keySet());

      assertThat(names).isSorted().contains("V1Affinity", "V1NodeAffinity", "Quantity");
    }

    @Test
    @DisplayName("resolves every $ref to a definition of the same schema")
    void everyRefResolves() {
      List<String> refs = new ArrayList<>();
      collectRefs(schemaTree, refs);

      assertThat(refs).isNotEmpty().allMatch(ref -> ref.startsWith("#/$defs/"), "local refs");
      assertThat(refs.stream().map(ref -> ref.substring("#/$defs/".length())).distinct())
          .allMatch(defs()::containsKey, "defined");
      assertThat(defs().keySet())
          .allMatch(name -> refs.contains("#/$defs/" + name), "every definition used");
    }

    @Test
    @DisplayName("closes every model object")
    void closesEveryObject() {
      defs()
          .forEach(
              (name, def) -> {
                Map<String, Object> d = map(def);
                if (d.containsKey("properties")) {
                  assertThat(d.get("additionalProperties")).as(name).isEqualTo(false);
                }
              });
    }

    @Test
    @DisplayName("requires what client-java requires, except at the top of a partial override")
    void requiredFields() {
      KubernetesSchemas kubernetes = new KubernetesSchemas();
      String full = kubernetes.ref(V1Container.class);
      String partial = kubernetes.partialRef(V1Container.class);
      String pod = kubernetes.partialRef(V1PodSpec.class);
      Map<String, Object> defs = kubernetes.defs();

      assertThat(List.of(full, partial, pod))
          .containsExactly(
              "#/$defs/V1Container", "#/$defs/V1Container.partial", "#/$defs/V1PodSpec.partial");
      assertThat(defs.get("V1Container"))
          .isEqualTo(Map.of("$ref", "#/$defs/V1Container.partial", "required", List.of("name")));
      assertThat(map(defs.get("V1Container.partial"))).doesNotContainKey("required");
      assertThat(map(defs.get("V1PodSpec.partial"))).doesNotContainKey("required");
      assertThat(defs).doesNotContainKey("V1PodSpec");
      assertThat(map(defs.get("V1PodAffinityTerm")))
          .containsEntry("required", List.of("topologyKey"));
    }

    @Test
    @DisplayName("names fields by their JSON names and types them as the API server reads them")
    void typesFields() {
      Map<String, Object> toleration = properties("V1Toleration");
      Map<String, Object> container = properties("V1Container.partial");

      assertThat(toleration.keySet())
          .containsExactly("effect", "key", "operator", "tolerationSeconds", "value");
      assertThat(toleration.get("tolerationSeconds"))
          .isEqualTo(Map.of("type", List.of("integer", "null")));
      assertThat(container.get("ports"))
          .isEqualTo(
              Map.of(
                  "type",
                  List.of("array", "null"),
                  "items",
                  Map.of("type", "object", "$ref", "#/$defs/V1ContainerPort")));
      assertThat(properties("V1HTTPGetAction").get("port"))
          .isEqualTo(Map.of("type", List.of("integer", "string")));
      assertThat(properties("V1ResourceRequirements").get("limits"))
          .isEqualTo(
              Map.of(
                  "type",
                  List.of("object", "null"),
                  "additionalProperties",
                  Map.of("type", List.of("string", "number"), "$ref", "#/$defs/Quantity")));
    }

    @Test
    @DisplayName("refuses a class that is not a client-java model")
    void refusesOtherClasses() {
      assertThatThrownBy(() -> new KubernetesSchemas().ref(String.class))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("java.lang.String is not a client-java model");
    }

    private static Map<String, Object> derive() {
      KubernetesSchemas kubernetes = new KubernetesSchemas();
      kubernetes.ref(V1Affinity.class);
      kubernetes.ref(V1Toleration.class);
      kubernetes.partialRef(V1PodSpec.class);
      kubernetes.partialRef(V1Container.class);
      return kubernetes.defs();
    }

    private static Map<String, Object> properties(String def) {
      return map(map(defs().get(def)).get("properties"));
    }

    private static void collectRefs(Object node, List<String> into) {
      if (node instanceof Map<?, ?> map) {
        map.forEach(
            (key, value) -> {
              if ("$ref".equals(key)) {
                into.add((String) value);
              } else {
                collectRefs(value, into);
              }
            });
      } else if (node instanceof List<?> list) {
        list.forEach(item -> collectRefs(item, into));
      }
    }
  }

  @Nested
  @DisplayName("in Helm's own schema engine")
  class InHelm {

    @TempDir Path dir;

    @Test
    @DisplayName("stops the render at the misplaced key, the bad quantity and the tool name")
    void stopsTheRender() throws Exception {
      Path chart = dir.resolve("kubernetes-agent");
      ChartWriter.write(Project.generate(), chart);
      Path values = dir.resolve("values.yaml");
      Files.writeString(
          values,
          """
          scriptPods:
            affinity:
              nodeAffinity:
                podAntiAffinity: {}
            resources:
              requests:
                memory: 512 MB
            calamariImageVolume:
              image:
                repository: registry.example.com/octopusdeploy/Calamari.Terraform
          """);

      assertThatThrownBy(
              () ->
                  new Helm(chart)
                      .template()
                      .withName("agent")
                      .withKubeVersion("1.35.0")
                      .withValuesFile(values)
                      .call())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(
              "- at '/scriptPods/affinity/nodeAffinity': additional properties"
                  + " 'podAntiAffinity' not allowed")
          .hasMessageContaining(
              "- at '/scriptPods/resources/requests/memory': '512 MB' does not match pattern")
          .hasMessageContaining(
              "- at '/scriptPods/calamariImageVolume/image/repository': 'not' failed");
    }
  }

  private static List<SchemaViolation> validate(String valuesYaml) {
    return schema.validate(new Yaml().load(valuesYaml));
  }

  private static String repository(String repository) {
    return """
        scriptPods:
          calamariImageVolume:
            image:
              repository: %s
        """
        .formatted(repository);
  }

  private static Map<String, Object> defs() {
    return map(schemaTree.get("$defs"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    return (Map<String, Object>) node;
  }
}
