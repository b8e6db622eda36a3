package dev.agentchart.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import dev.agentchart.support.Project;
import dev.agentchart.yaml.TreeDiff;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The generated chart is a drop-in for the real chart 3.13.2: rendered by the real Helm engine with
 * the values of each reference render, it produces the same objects, field by field. Only the
 * chart's own version may differ, in the {@code helm.sh/chart} label and HELMCHARTVERSION.
 */
@DisplayName("The generated chart renders like the real chart")
class ReferenceRenderTest {

  private static final String REAL_VERSION = "3.13.2";

  @TempDir static Path chartDir;
  private static String ownVersion;

  @BeforeAll
  static void generateChart() throws Exception {
    GeneratedChart chart = Project.generate();
    ChartWriter.write(chart, chartDir.resolve("kubernetes-agent"));
    ownVersion = Project.loadModel().chart().version();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "deployment-target",
        "worker",
        "deployment-target-calamari-private",
        "deployment-target-nfs"
      })
  @DisplayName("renders the same objects as the reference render")
  void rendersTheSameObjects(String configuration) throws Exception {
    String reference = resource("/reference/" + configuration + ".yaml");

    Map<String, Object> expected =
        objects(
            reference.replace(
                "kubernetes-agent-" + REAL_VERSION, "kubernetes-agent-" + ownVersion));
    Map<String, Object> actual = objects(render(setValues(reference)));
    normalizeChartVersion(expected);

    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    List<String> differences = new ArrayList<>();
    for (String object : expected.keySet()) {
      TreeDiff.compare(expected.get(object), actual.get(object))
          .forEach(d -> differences.add(object + " " + d));
    }
    assertThat(differences).as("differences from the real chart").isEmpty();
  }

  private static String render(List<String[]> sets) {
    TemplateCommand template =
        new Helm(chartDir.resolve("kubernetes-agent"))
            .template()
            .withName("agent")
            .withNamespace("octopus-agent")
            .withKubeVersion("1.35.0");
    for (String[] set : sets) {
      template = template.set(set[0], set[1]);
    }
    return template.call();
  }

  /** The {@code --set} pairs listed in a reference file's header. */
  private static List<String[]> setValues(String reference) {
    List<String[]> sets = new ArrayList<>();
    for (String line : reference.split("\n")) {
      if (!line.startsWith("#")) {
        break;
      }
      String pair = line.substring(1).strip();
      if (line.startsWith("#   ") && pair.contains("=") && !pair.contains(" ")) {
        int eq = pair.indexOf('=');
        sets.add(new String[] {pair.substring(0, eq), pair.substring(eq + 1)});
      }
    }
    assertThat(sets).as("--set pairs in the reference header").isNotEmpty();
    return sets;
  }

  /** The objects of a multi-document render, keyed by kind and name. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> objects(String manifests) {
    Map<String, Object> objects = new TreeMap<>();
    for (Object document : new Yaml().loadAll(manifests)) {
      if (document instanceof Map<?, ?> map) {
        Map<String, Object> metadata = (Map<String, Object>) map.get("metadata");
        objects.put(map.get("kind") + "/" + metadata.get("name"), document);
      }
    }
    return objects;
  }

  /** HELMCHARTVERSION carries this chart's own version, as it must. */
  @SuppressWarnings("unchecked")
  private static void normalizeChartVersion(Map<String, Object> objects) {
    Object deployment = objects.get("Deployment/octopus-agent-tentacle");
    Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) deployment).get("spec");
    Map<String, Object> pod =
        (Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec");
    for (Object container : (List<Object>) pod.get("containers")) {
      Object env = ((Map<String, Object>) container).get("env");
      if (env == null) {
        continue;
      }
      for (Object variable : (List<Object>) env) {
        Map<String, Object> v = (Map<String, Object>) variable;
        if ("OCTOPUS__K8STENTACLE__HELMCHARTVERSION".equals(v.get("name"))) {
          assertThat(v.get("value")).isEqualTo(REAL_VERSION);
          v.put("value", ownVersion);
        }
      }
    }
  }

  private static String resource(String name) throws Exception {
    try (InputStream in = ReferenceRenderTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
