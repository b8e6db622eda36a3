package dev.agentchart.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ClusterRole;
import io.kubernetes.client.openapi.models.V1ClusterRoleBinding;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1PersistentVolume;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Role;
import io.kubernetes.client.openapi.models.V1RoleBinding;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Reading a Helm render")
class ManifestReaderTest {

  /** The model each kind must be read as; the reader's table is checked against this one. */
  private static final Map<String, Class<?>> MODELS =
      Map.ofEntries(
          Map.entry("ConfigMap", V1ConfigMap.class),
          Map.entry("PersistentVolume", V1PersistentVolume.class),
          Map.entry("PersistentVolumeClaim", V1PersistentVolumeClaim.class),
          Map.entry("Pod", V1Pod.class),
          Map.entry("Secret", V1Secret.class),
          Map.entry("Service", V1Service.class),
          Map.entry("ServiceAccount", V1ServiceAccount.class),
          Map.entry("Deployment", V1Deployment.class),
          Map.entry("StatefulSet", V1StatefulSet.class),
          Map.entry("PodDisruptionBudget", V1PodDisruptionBudget.class),
          Map.entry("Role", V1Role.class),
          Map.entry("RoleBinding", V1RoleBinding.class),
          Map.entry("ClusterRole", V1ClusterRole.class),
          Map.entry("ClusterRoleBinding", V1ClusterRoleBinding.class));

  private static final String DEPLOYMENT =
      """
      ---
      # Source: kubernetes-agent/templates/tentacle-deployment.yaml
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: octopus-agent-tentacle
      spec:
        selector:
          matchLabels:
            app: tentacle
        template:
          spec:
            containers:
              - name: tentacle
                image: octopusdeploy/kubernetes-agent-tentacle:9.2.4285
      """;

  private static final String LABEL =
      "templates/tentacle-deployment.yaml: Deployment octopus-agent-tentacle: ";

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  @DisplayName("a real render of the chart")
  class RealRenders {

    private String defaults;
    private String deploymentTargetWithNfs;

    @BeforeAll
    void render() {
      defaults = helm().call();
      deploymentTargetWithNfs =
          helm()
              .set("persistence.nfs.enabled", "true")
              .set("persistence.accessModes[0]", "ReadWriteMany")
              .set("agent.deploymentTarget.enabled", "true")
              .call();
    }

    @Test
    @DisplayName("with default values reads every object, each as the model of its kind")
    void readsEveryObjectOfTheDefaultRender() throws Exception {
      List<RenderedObject> objects = ManifestReader.read(defaults);

      assertThat(objects).hasSize(documentsIn(defaults));
      assertEachReadAsItsKind(objects);
      assertThat(objects)
          .extracting(RenderedObject::kind, RenderedObject::name, RenderedObject::template)
          .contains(
              tuple("Deployment", "octopus-agent-tentacle", "templates/tentacle-deployment.yaml"),
              tuple(
                  "PersistentVolumeClaim",
                  "octopus-agent-agent-pvc",
                  "templates/tentacle-pvc.yaml"),
              tuple(
                  "ServiceAccount", "octopus-agent-scripts", "templates/pod-serviceaccount.yaml"));
    }

    @Test
    @DisplayName("keeps quantities and integers as the API reads them")
    void keepsScalarMeaning() throws Exception {
      List<RenderedObject> objects = ManifestReader.read(defaults);

      V1Deployment deployment =
          ManifestReader.find(objects, "Deployment", "octopus-agent-tentacle")
              .as(V1Deployment.class);
      V1Container tentacle = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
      assertThat(deployment.getSpec().getReplicas()).isEqualTo(1);
      assertThat(tentacle.getResources().getRequests())
          .containsEntry("cpu", Quantity.fromString("100m"))
          .containsEntry("memory", Quantity.fromString("150Mi"));
      assertThat(tentacle.getEnv())
          .filteredOn(e -> e.getName().equals("OCTOPUS__K8STENTACLE__NAMESPACE"))
          .singleElement()
          .satisfies(e -> assertThat(e.getValue()).isEqualTo("octopus-agent"));
    }

    @Test
    @DisplayName("as a deployment target with NFS reads the NFS objects too")
    void readsTheNfsRender() throws Exception {
      List<RenderedObject> objects = ManifestReader.read(deploymentTargetWithNfs);

      assertThat(objects).hasSize(documentsIn(deploymentTargetWithNfs));
      assertEachReadAsItsKind(objects);
      assertThat(ManifestReader.find(objects, "StatefulSet", "octopus-agent-nfs").model())
          .isInstanceOf(V1StatefulSet.class);
      assertThat(
              ManifestReader.find(objects, "Service", "octopus-agent-nfs")
                  .as(V1Service.class)
                  .getSpec()
                  .getPorts()
                  .get(0)
                  .getPort())
          .isEqualTo(2049);
      V1PersistentVolume volume =
          ManifestReader.find(objects, "PersistentVolume", "octopus-agent-nfs-agent-pv-10gi")
              .as(V1PersistentVolume.class);
      assertThat(volume.getSpec().getCapacity())
          .containsEntry("storage", Quantity.fromString("10Gi"));
      assertThat(objects)
          .extracting(RenderedObject::kind)
          .contains("PersistentVolume", "PersistentVolumeClaim", "Service", "StatefulSet");
    }

    private static TemplateCommand helm() {
      return new Helm(Path.of(System.getProperty("agentchart.root"), "charts/kubernetes-agent"))
          .template()
          .withName("agent")
          .withNamespace("octopus-agent")
          .withKubeVersion("1.35.0")
          .set("agent.acceptEula", "Y");
    }

    private static int documentsIn(String render) {
      return (int) Pattern.compile("(?m)^kind: ").matcher(render).results().count();
    }

    private static void assertEachReadAsItsKind(List<RenderedObject> objects) {
      assertThat(objects)
          .allSatisfy(
              o -> {
                assertThat(o.model()).isExactlyInstanceOf(MODELS.get(o.kind()));
                assertThat(o.template()).startsWith("templates/");
                assertThat(o.name()).isNotBlank();
              });
    }
  }

  @Nested
  @DisplayName("a render with mistakes")
  class Mistakes {

    @Test
    @DisplayName("names the template, the object and the path of an unknown field")
    void reportsUnknownField() {
      String render =
          DEPLOYMENT.replace(
              "          image: octopusdeploy",
              "          imagePullPolicyy: Always\n          image: octopusdeploy");

      assertThatThrownBy(() -> ManifestReader.read(render))
          .isInstanceOf(ManifestException.class)
          .hasMessage(
              LABEL
                  + "spec.template.spec.containers[0].imagePullPolicyy: unknown field"
                  + " (V1Container has no field 'imagePullPolicyy')");
    }

    @Test
    @DisplayName("names the expected type and the value found for a wrong type")
    void reportsWrongType() {
      String render =
          DEPLOYMENT.replace("spec:\n  selector:", "spec:\n  replicas: one\n  selector:");

      assertThatThrownBy(() -> ManifestReader.read(render))
          .hasMessage(LABEL + "spec.replicas: expected an integer, found \"one\"");
    }

    @Test
    @DisplayName("reports every problem of the document at once, in document order")
    void collectsEveryProblem() {
      String render =
          DEPLOYMENT
              .replace(
                  "spec:\n  selector:",
                  "spec:\n  replicas: \"1\"\n  paused: yes please\n  selector:")
              .replace("        - name: tentacle\n", "        - ports: [{containerPort: 1.5}]\n");

      assertThatThrownBy(() -> ManifestReader.read(render))
          .isInstanceOfSatisfying(
              ManifestException.class,
              e ->
                  assertThat(e.problems())
                      .containsExactly(
                          LABEL + "spec.replicas: expected an integer, found \"1\"",
                          LABEL + "spec.paused: expected a boolean, found \"yes please\"",
                          LABEL
                              + "spec.template.spec.containers[0].ports[0].containerPort:"
                              + " expected an integer, found 1.5",
                          LABEL
                              + "spec.template.spec.containers[0].name: required field is"
                              + " missing (V1Container requires 'name')"));
    }

    @Test
    @DisplayName("refuses a kind it has no model for, listing the kinds it knows")
    void refusesUnknownKind() {
      String render =
          """
          ---
          # Source: kubernetes-agent/templates/ingress.yaml
          apiVersion: networking.k8s.io/v1
          kind: Ingress
          metadata:
            name: web
          """;

      assertThatThrownBy(() -> ManifestReader.read(render))
          .hasMessage(
              "templates/ingress.yaml: Ingress web: kind: unknown kind \"Ingress\"; this reader"
                  + " knows ClusterRole, ClusterRoleBinding, ConfigMap, Deployment,"
                  + " PersistentVolume, PersistentVolumeClaim, Pod, PodDisruptionBudget, Role,"
                  + " RoleBinding, Secret, Service, ServiceAccount, StatefulSet");
    }

    @Test
    @DisplayName("refuses a known kind at an apiVersion other than the one it is read at")
    void refusesWrongApiVersion() {
      String render = DEPLOYMENT.replace("apiVersion: apps/v1", "apiVersion: extensions/v1beta1");

      assertThatThrownBy(() -> ManifestReader.read(render))
          .hasMessage(
              LABEL
                  + "apiVersion: expected apps/v1 for a Deployment, found \"extensions/v1beta1\"");
    }

    @Test
    @DisplayName("locates broken YAML in the render and names the template it came from")
    void reportsBrokenYaml() {
      String render =
          DEPLOYMENT
              + """
              ---
              # Source: kubernetes-agent/templates/tentacle-configmap.yaml
              apiVersion: v1
              kind: ConfigMap
              metadata:
                name: tentacle-config
              data:
                Space: Default: Other
              """
              + DEPLOYMENT;

      assertThatThrownBy(() -> ManifestReader.read(render))
          .hasMessage(
              "templates/tentacle-configmap.yaml: invalid YAML at line 23, column 17 of the"
                  + " render: mapping values are not allowed here");
    }

    @Test
    @DisplayName("refuses a duplicate key instead of keeping the last value")
    void refusesDuplicateKeys() {
      String render =
          """
          # Source: kubernetes-agent/templates/tentacle-configmap.yaml
          apiVersion: v1
          kind: ConfigMap
          metadata:
            name: tentacle-config
          data:
            Space: Default
            Space: Other
          """;

      assertThatThrownBy(() -> ManifestReader.read(render))
          .hasMessage(
              "templates/tentacle-configmap.yaml: ConfigMap tentacle-config: data.Space:"
                  + " duplicate key (first at line 7 of the render)");
    }

    @Test
    @DisplayName("does not show Secret data that is not base64")
    void hidesSecretData() {
      String render =
          """
          # Source: kubernetes-agent/templates/tentacle-secret.yaml
          apiVersion: v1
          kind: Secret
          metadata:
            name: tentacle-secret
          data:
            token: not base64 at all!
          """;

      assertThatThrownBy(() -> ManifestReader.read(render))
          .hasMessage(
              "templates/tentacle-secret.yaml: Secret tentacle-secret: data.token: expected"
                  + " base64-encoded data, found text that is not base64 (not shown)");
    }

    @Test
    @DisplayName("brackets map keys with dots in the path, and refuses a YAML boolean as a label")
    void bracketsDottedKeys() {
      String render = DEPLOYMENT.replace("app: tentacle", "app.kubernetes.io/part-of: yes");

      assertThatThrownBy(() -> ManifestReader.read(render))
          .hasMessage(
              LABEL
                  + "spec.selector.matchLabels[\"app.kubernetes.io/part-of\"]: expected a string,"
                  + " found true");
    }

    @Test
    @DisplayName("refuses a quantity the API cannot parse")
    void refusesBadQuantity() {
      String render =
          DEPLOYMENT + "          resources:\n            limits:\n              memory: lots\n";

      assertThatThrownBy(() -> ManifestReader.read(render))
          .hasMessage(
              LABEL
                  + "spec.template.spec.containers[0].resources.limits.memory: expected a"
                  + " quantity such as 100m or 1Gi, found \"lots\"");
    }

    @Test
    @DisplayName("refuses a document that is not an object")
    void refusesNonObjects() {
      String render = "# Source: kubernetes-agent/templates/list.yaml\n- a\n- b\n";

      assertThatThrownBy(() -> ManifestReader.read(render))
          .hasMessage(
              "templates/list.yaml: the document at line 2 of the render is a list, expected a"
                  + " Kubernetes object (a mapping)");
    }

    @Test
    @DisplayName("refuses an object without a name")
    void refusesNamelessObjects() {
      String render = DEPLOYMENT.replace("  name: octopus-agent-tentacle\n", "  namespace: x\n");

      assertThatThrownBy(() -> ManifestReader.read(render))
          .hasMessage(
              "templates/tentacle-deployment.yaml: Deployment (unnamed): metadata.name: required"
                  + " field is missing");
    }

    @Test
    @DisplayName("stops at the first document it cannot read")
    void stopsAtTheFirstBrokenDocument() {
      String broken = DEPLOYMENT.replace("kind: Deployment", "kind: Deploymnet");
      String render = broken + broken.replace("octopus-agent-tentacle", "second");

      assertThatThrownBy(() -> ManifestReader.read(render))
          .isInstanceOfSatisfying(
              ManifestException.class,
              e ->
                  assertThat(e.problems())
                      .singleElement()
                      .asString()
                      .startsWith(
                          "templates/tentacle-deployment.yaml: Deploymnet octopus-agent-tentacle:"
                              + " kind: unknown kind \"Deploymnet\""));
    }
  }

  @Nested
  @DisplayName("YAML scalars")
  class Scalars {

    @ParameterizedTest(name = "targetPort {0} is read as {1}")
    @CsvSource(
        delimiter = '|',
        value = {"8080 | 8080", "http | http", "'\"8080\"' | 8080"})
    @DisplayName("an int-or-string port keeps whether it was a number or a name")
    void keepsIntOrString(String written, String read) throws Exception {
      V1Service service = service("targetPort: " + written);

      IntOrString port = service.getSpec().getPorts().get(0).getTargetPort();
      assertThat(port.toString()).isEqualTo(read);
      assertThat(port.isInteger()).isEqualTo(!written.equals("http") && !written.startsWith("\""));
    }

    @ParameterizedTest(name = "env value {0} is the string {1}")
    @CsvSource(
        delimiter = '|',
        value = {"1:20 | 1:20", "2026-01-31 | 2026-01-31", "'\"yes\"' | yes", "100m | 100m"})
    @DisplayName("strings that SnakeYAML's YAML 1.1 would read as numbers or dates stay strings")
    void keepsStrings(String written, String read) throws Exception {
      V1Pod pod = pod("env: [{name: A, value: " + written + "}]", "");

      assertThat(pod.getSpec().getContainers().get(0).getEnv().get(0).getValue()).isEqualTo(read);
    }

    @ParameterizedTest(name = "defaultMode {0} is {1}")
    @CsvSource({"0644, 420", "0o755, 493", "0x1ed, 493", "420, 420"})
    @DisplayName("integers in octal and hexadecimal notation are read as go-yaml reads them")
    void readsIntegerNotations(String written, int read) throws Exception {
      V1Pod pod =
          pod("", "volumes: [{name: c, configMap: {name: c, defaultMode: " + written + "}}]");

      assertThat(pod.getSpec().getVolumes().get(0).getConfigMap().getDefaultMode()).isEqualTo(read);
    }

    @ParameterizedTest(name = "{0} is a boolean")
    @CsvSource({"y", "yes", "on", "true", "n", "no", "off", "false"})
    @DisplayName("YAML 1.1 booleans, y and n included, are booleans to the API")
    void readsGoYamlBooleans(String written) {
      assertThatThrownBy(() -> pod("env: [{name: A, value: " + written + "}]", ""))
          .hasMessageEndingWith(
              "spec.containers[0].env[0].value: expected a string, found "
                  + List.of("y", "yes", "on", "true").contains(written));
    }

    @Test
    @DisplayName(
        "an empty document, as Helm leaves for a template that renders nothing, is skipped")
    void skipsEmptyDocuments() throws Exception {
      String render =
          "---\n# Source: kubernetes-agent/templates/nfs-pv.yaml\n---\n" + DEPLOYMENT + "---\n";

      assertThat(ManifestReader.read(render))
          .extracting(RenderedObject::name)
          .containsExactly("octopus-agent-tentacle");
    }

    private static V1Service service(String targetPort) throws Exception {
      String render =
          """
          # Source: kubernetes-agent/templates/nfs-service.yaml
          apiVersion: v1
          kind: Service
          metadata:
            name: nfs
          spec:
            ports:
              - port: 2049
                %s
          """
              .formatted(targetPort);
      return ManifestReader.read(render).get(0).as(V1Service.class);
    }

    private static V1Pod pod(String container, String spec) throws Exception {
      String render =
          """
          apiVersion: v1
          kind: Pod
          metadata:
            name: octopus-script-1
          spec:
            containers:
              - name: script
                %s
            %s
          """
              .formatted(container, spec);
      return ManifestReader.read(render).get(0).as(V1Pod.class);
    }
  }

  @Nested
  @DisplayName("finding an object")
  class Finding {

    private final List<RenderedObject> objects =
        List.of(
            new RenderedObject("templates/a.yaml", "ConfigMap", "one", new V1ConfigMap()),
            new RenderedObject("templates/b.yaml", "ConfigMap", "two", new V1ConfigMap()),
            new RenderedObject("templates/c.yaml", "Secret", "two", new V1Secret()),
            new RenderedObject("templates/d.yaml", "Secret", "two", new V1Secret()));

    @Test
    @DisplayName("returns the one object of that kind and name")
    void findsTheObject() throws Exception {
      assertThat(ManifestReader.find(objects, "ConfigMap", "two").template())
          .isEqualTo("templates/b.yaml");
    }

    @Test
    @DisplayName("names the objects of that kind when the name is not there")
    void namesObjectsOfTheKind() {
      assertThatThrownBy(() -> ManifestReader.find(objects, "ConfigMap", "three"))
          .isInstanceOf(ManifestException.class)
          .hasMessage("no ConfigMap three in the render; its ConfigMap objects: one, two");
    }

    @Test
    @DisplayName("names the kinds there when the kind is not there at all")
    void namesTheKinds() {
      assertThatThrownBy(() -> ManifestReader.find(objects, "Deployment", "tentacle"))
          .hasMessage(
              "no Deployment tentacle in the render, which has no Deployment at all; its kinds:"
                  + " ConfigMap, Secret");
    }

    @Test
    @DisplayName("refuses to choose between two objects of the same kind and name")
    void refusesDuplicates() {
      assertThatThrownBy(() -> ManifestReader.find(objects, "Secret", "two"))
          .hasMessage(
              "the render has 2 objects Secret two (from templates/c.yaml, templates/d.yaml);"
                  + " expected one");
    }

    @Test
    @DisplayName("casts the model, or says what it is instead")
    void castsTheModel() {
      RenderedObject configMap = objects.get(0);

      assertThat(configMap.as(V1ConfigMap.class)).isSameAs(configMap.model());
      assertThatThrownBy(() -> configMap.as(V1Secret.class))
          .isInstanceOf(ClassCastException.class)
          .hasMessage("ConfigMap one (templates/a.yaml) is read as V1ConfigMap, not as V1Secret");
    }
  }
}
