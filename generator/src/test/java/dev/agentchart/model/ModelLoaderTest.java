package dev.agentchart.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentchart.support.Project;
import dev.agentchart.yaml.InputException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

@DisplayName("Loading the chart model")
class ModelLoaderTest {

  @Nested
  @DisplayName("the bundled model")
  class Bundled {

    @Test
    @DisplayName("declares every value key of the real chart 3.13.2 with the same default")
    void declaresEveryKeyOfTheRealChart() throws Exception {
      ChartModel model = Project.loadModel();

      Map<String, Object> flattened = new LinkedHashMap<>();
      flatten("", model.defaults(), flattened);

      assertThat(flattened).containsExactlyInAnyOrderEntriesOf(realChartDefaults());
      assertThat(flattened).hasSize(142);
    }

    @Test
    @DisplayName("names the chart and its Calamari image volume feature")
    void namesTheChart() throws Exception {
      ChartModel model = Project.loadModel();

      assertThat(model.chart().name()).isEqualTo("kubernetes-agent");
      assertThat(model.calamariImageVolume().enabledBy())
          .isEqualTo("scriptPods.calamariImageVolume.enabled");
      assertThat(model.calamariImageVolume().minKubeVersion()).isEqualTo("1.35");
    }

    @Test
    @DisplayName("feeds the three CALAMARIIMAGEVOLUME variables only when the feature is on")
    void bindsTheImageVolumeVariables() throws Exception {
      ChartModel model = Project.loadModel();

      for (String key : List.of("enabled", "image.repository", "image.pullPolicy")) {
        ValueNode.Value value =
            (ValueNode.Value) model.find("scriptPods.calamariImageVolume." + key).orElseThrow();
        assertThat(value.env().name()).startsWith("OCTOPUS__K8STENTACLE__CALAMARIIMAGEVOLUME");
        assertThat(value.env().emit()).isEqualTo(EnvBinding.Emit.WHEN);
        assertThat(value.env().when()).containsExactly("scriptPods.calamariImageVolume.enabled");
      }
    }
  }

  @Nested
  @DisplayName("a broken model")
  class Broken {

    @TempDir Path dir;

    @Test
    @DisplayName("is refused with every schema error located at its line and column")
    void reportsSchemaErrorsWithLocations() throws Exception {
      Path model =
          write(
              minimalModel()
                  .replace(
                      "  description: The chart.\n", "  description: The chart.\n  colour: blue\n")
                  .replace("type: boolean", "type: boolen"));

      assertThat(problemsOf(model))
          .containsExactly(
              "model.yaml:6:3: unknown key 'colour' in chart",
              "model.yaml:13:11: values.enabled.type: \"boolen\" does not have a value in the"
                  + " enumeration [\"string\", \"boolean\", \"integer\", \"enum\", \"list\","
                  + " \"map\", \"object\", \"affinity\", \"tolerations\", \"resources\","
                  + " \"podSecurityContext\", \"securityContext\", \"nodeSelector\","
                  + " \"podSpec\", \"containerSpec\", \"envVars\", \"policyRules\","
                  + " \"localObjectReferences\"]");
    }

    @Test
    @DisplayName("is refused with every broken reference, in reading order")
    void reportsBrokenReferences() throws Exception {
      Path model =
          write(
              minimalModel()
                  .replace("    default: false\n", "    default: \"no\"\n")
                  .replace("  - ENABLED\n", "  - ENABLED\n  - ORPHAN\n")
                  .replace("section: general\n    doc: On", "section: nowhere\n    doc: On"));

      assertThat(problemsOf(model))
          .containsExactly(
              "model.yaml:7:5: section 'general' has no values; remove it or assign values to it",
              "model.yaml:13:14: default of 'enabled' is the string \"no\", expected boolean",
              "model.yaml:14:14: value 'enabled' names section 'nowhere', which is not declared;"
                  + " declared: [general]",
              "model.yaml:19:5: variable ORPHAN is declared by no value; give a value an env"
                  + " binding with this name, or describe it as a derived variable");
    }

    @Test
    @DisplayName("is refused when a value's variable is missing from the environment")
    void reportsUnlistedVariable() throws Exception {
      Path model =
          write(
              minimalModel()
                  .replace(
                      "  - ENABLED\n",
                      "  - name: OTHER\n" + "    doc: A constant.\n    value: '\"x\"'\n"));

      assertThatThrownBy(() -> ModelLoader.load(model, "model.yaml"))
          .isInstanceOf(InputException.class)
          .hasMessage(
              "model.yaml:16:18: variable ENABLED of 'enabled' is missing from "
                  + "environment; add it where the agent expects it");
    }

    @Test
    @DisplayName(
        "is refused with its YAML syntax error located, an unclosed bracket at its opening")
    void reportsSyntaxErrors() throws Exception {
      Path model = write("chart:\n  name: [unclosed\n");

      assertThatThrownBy(() -> ModelLoader.load(model, "model.yaml"))
          .isInstanceOf(InputException.class)
          .hasMessageStartingWith("model.yaml:2:9: invalid YAML: ");
    }

    @Test
    @DisplayName("is refused when a key is written twice")
    void reportsDuplicateKeys() throws Exception {
      Path model =
          write(
              minimalModel().replace("  version: 1.0.0\n", "  version: 1.0.0\n  version: 2.0.0\n"));

      assertThatThrownBy(() -> ModelLoader.load(model, "model.yaml"))
          .isInstanceOf(InputException.class)
          .hasMessage("model.yaml:4:3: duplicate key 'version' (first defined at line 3)");
    }

    @Test
    @DisplayName("is refused when missing")
    void reportsMissingFile() {
      assertThatThrownBy(() -> ModelLoader.load(dir.resolve("absent.yaml"), "absent.yaml"))
          .isInstanceOf(InputException.class)
          .hasMessage("absent.yaml: file not found");
    }

    @Test
    @DisplayName("is refused when a default is what its notPattern refuses")
    void reportsDefaultMatchingNotPattern() throws Exception {
      Path model = write(withRepository("octopusdeploy/Calamari", "'(^|/)[cC]alamari(/|$)'"));

      assertThat(problemsOf(model))
          .containsExactly(
              "model.yaml:19:14: default of 'repository' is \"octopusdeploy/Calamari\", which its"
                  + " notPattern (^|/)[cC]alamari(/|$) refuses");
    }

    @Test
    @DisplayName("is refused when a notPattern does not compile")
    void reportsBrokenNotPattern() throws Exception {
      Path model = write(withRepository("octopusdeploy", "'(^|/)[cC]alamari(/|$'"));

      assertThat(problemsOf(model))
          .containsExactly(
              "model.yaml:22:17: notPattern of 'repository' is not a valid regular expression:"
                  + " Unclosed group");
    }

    @Test
    @DisplayName(
        "is refused when a notPattern uses an inline flag, which RE2 and ECMA-262 differ on")
    void reportsUnportableNotPattern() throws Exception {
      Path model = write(withRepository("octopusdeploy", "'(?i)(^|/)calamari(/|$)'"));

      assertThat(problemsOf(model))
          .containsExactly(
              "model.yaml:22:17: notPattern of 'repository' uses '(?i)', which Go's RE2 (Helm),"
                  + " ECMA-262 (editors) and Java do not read alike; for letter case, use classes"
                  + " such as [cC]");
    }

    private static String withRepository(String defaultValue, String notPattern) {
      return minimalModel()
          .replace(
              "environment:\n",
              """
                repository:
                  type: string
                  default: %s
                  section: general
                  doc: Where the images come from.
                  notPattern: %s
              environment:
              """
                  .formatted(defaultValue, notPattern));
    }

    private static List<String> problemsOf(Path model) {
      try {
        ModelLoader.load(model, "model.yaml");
      } catch (InputException e) {
        return e.problems();
      }
      throw new AssertionError("the model loaded, but should have been refused");
    }

    private Path write(String text) throws Exception {
      Path file = dir.resolve("model.yaml");
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    }
  }

  /** The smallest model that loads: one section, one value, one variable. */
  static String minimalModel() {
    return """
        chart:
          name: demo
          version: 1.0.0
          appVersion: "1"
          description: The chart.
        sections:
          - id: general
            title: General
            description: Everything.
        values:
          enabled:
            type: boolean
            default: false
            section: general
            doc: On or off.
            env: { name: ENABLED, emit: always, encoding: quoted }
        environment:
          - ENABLED
        calamariImageVolume:
          enabledBy: enabled
          minKubeVersion: "1.35"
          fallbackWarning: Too old.
        """;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '"',
      nullValues = "none",
      value = {
        "(?i)calamari => '(?i)'",
        "a(?=b) => '(?=b'",
        "a(?<name>b) => '(?<n'",
        "(a)\\1 => the backreference \\1",
        "a\\\\1 => none",
        "(?:a|b)c => none",
        "[(?]x => none",
        "\\(?x => none",
        "[cC][aA][lL] => none"
      })
  @DisplayName("a pattern that Go's RE2, ECMA-262 and Java read alike passes; others are named")
  void portablePatterns(String regex, String unportable) {
    assertThat(ModelRules.unportable(regex)).isEqualTo(unportable);
  }

  @Test
  @DisplayName("the minimal model loads")
  void minimalModelLoads(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("model.yaml");
    Files.writeString(file, minimalModel());

    ChartModel model = ModelLoader.load(file, "model.yaml");

    assertThat(model.leaves()).extracting(ValueNode::path).containsExactly("enabled");
    assertThat(model.environment()).extracting(EnvironmentEntry::name).containsExactly("ENABLED");
  }

  private static void flatten(String prefix, Map<String, Object> tree, Map<String, Object> out) {
    for (Map.Entry<String, Object> e : tree.entrySet()) {
      String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
      if (e.getValue() instanceof Map<?, ?> map && !map.isEmpty()) {
        @SuppressWarnings("unchecked")
        Map<String, Object> child = (Map<String, Object>) map;
        flatten(key, child, out);
      } else {
        out.put(key, e.getValue());
      }
    }
  }

  /** {@code key = JSON default} lines, read with the same YAML reader (JSON is YAML). */
  private static Map<String, Object> realChartDefaults() throws Exception {
    Map<String, Object> defaults = new LinkedHashMap<>();
    try (InputStream in =
        ModelLoaderTest.class.getResourceAsStream("/reference/agent-chart-values.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int eq = line.indexOf(" = ");
        Object value = new Yaml().load(line.substring(eq + 3));
        defaults.put(line.substring(0, eq), value instanceof Integer i ? (long) i : value);
      }
    }
    return defaults;
  }
}
