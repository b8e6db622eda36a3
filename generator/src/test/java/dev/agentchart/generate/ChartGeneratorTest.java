package dev.agentchart.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentchart.model.ChartModel;
import dev.agentchart.model.ValueNode;
import dev.agentchart.schema.JsonSchema;
import dev.agentchart.schema.SchemaViolation;
import dev.agentchart.support.Project;
import dev.agentchart.yaml.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

@DisplayName("Generating the chart from the model")
class ChartGeneratorTest {

  private static ChartModel model;
  private static GeneratedChart chart;

  @BeforeAll
  static void generate() throws Exception {
    model = Project.loadModel();
    chart = Project.generate();
  }

  @Test
  @DisplayName("writes the chart's files and every template")
  void writesEveryFile() {
    assertThat(chart.files().keySet())
        .contains(
            "Chart.yaml",
            "README.md",
            "values.yaml",
            "values.schema.json",
            "templates/NOTES.txt",
            "templates/_helpers.tpl",
            "templates/tentacle-deployment.yaml")
        .noneMatch(path -> path.endsWith(".j2") || path.startsWith("partials/"));
  }

  @Test
  @DisplayName("produces byte-identical files on every run")
  void isDeterministic() throws Exception {
    assertThat(Project.generate().files()).isEqualTo(chart.files());
    assertThat(String.join("", chart.files().values()))
        .doesNotContain("\r")
        .doesNotContain(Project.root().toString());
  }

  @Nested
  @DisplayName("Chart.yaml")
  class ChartYaml {
    @Test
    @DisplayName("carries the model's name, version and appVersion")
    void carriesMetadata() {
      Map<String, Object> yaml = new Yaml().load(chart.files().get("Chart.yaml"));

      assertThat(yaml)
          .containsEntry("apiVersion", "v2")
          .containsEntry("name", "kubernetes-agent")
          .containsEntry("version", model.chart().version())
          .containsEntry("appVersion", "9.2.4285");
    }
  }

  @Nested
  @DisplayName("values.yaml")
  class ValuesYaml {
    @Test
    @DisplayName("holds exactly the model's defaults")
    void holdsTheDefaults() {
      Map<String, Object> values = new Yaml().load(chart.files().get("values.yaml"));

      assertThat(normalize(values)).isEqualTo(normalize(model.defaults()));
    }

    @Test
    @DisplayName("points editors at the schema and documents every key helm-docs style")
    void documentsEveryKey() {
      String text = chart.files().get("values.yaml");
      List<String> lines = List.of(text.split("\n"));

      assertThat(lines.get(0)).isEqualTo("# yaml-language-server: $schema=values.schema.json");
      long described = lines.stream().filter(l -> l.strip().startsWith("# -- ")).count();
      long sections = lines.stream().filter(l -> l.strip().startsWith("# @section -- ")).count();
      assertThat(described).isEqualTo(model.leaves().size());
      assertThat(sections).isEqualTo(model.leaves().size());
      assertThat(lines).allMatch(l -> l.length() <= 100, "lines within 100 columns");
    }

    @Test
    @DisplayName("puts the description and section right above each key")
    void commentsSitAboveTheirKey() {
      String text = chart.files().get("values.yaml");

      assertThat(text)
          .contains("    # @section -- Calamari image volume\n    enabled: false\n")
          .contains("# -- The registry and path that hold the Calamari images");
    }
  }

  @Nested
  @DisplayName("values.schema.json")
  class ValuesSchemaJson {
    private static JsonSchema schema;

    @BeforeAll
    static void compile() {
      schema = JsonSchema.compile(chart.files().get("values.schema.json"));
    }

    @Test
    @DisplayName("names its draft")
    void namesItsDraft() {
      assertThat(chart.files().get("values.schema.json"))
          .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    }

    @Test
    @DisplayName("accepts the chart's own defaults")
    void acceptsTheDefaults() {
      assertThat(schema.validate(model.defaults())).isEmpty();
    }

    @Test
    @DisplayName("rejects an unknown key in a closed group")
    void rejectsUnknownKeys() {
      Map<String, Object> values =
          Map.of("scriptPods", Map.of("calamariImageVolumes", Map.of("enabled", true)));

      List<SchemaViolation> violations = schema.validate(values);

      assertThat(violations)
          .extracting(SchemaViolation::keyword, SchemaViolation::property)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("additionalProperties", "calamariImageVolumes"));
    }

    @Test
    @DisplayName("rejects a string where a boolean belongs, and a misspelt pull policy")
    void rejectsWrongTypesAndEnums() {
      Map<String, Object> values =
          Map.of(
              "scriptPods",
              Map.of(
                  "calamariImageVolume",
                  Map.of("enabled", "true", "image", Map.of("pullPolicy", "ifNotPresent"))));

      assertThat(schema.validate(values))
          .extracting(SchemaViolation::pointer)
          .containsExactly(
              "/scriptPods/calamariImageVolume/enabled",
              "/scriptPods/calamariImageVolume/image/pullPolicy");
    }

    @Test
    @DisplayName("rejects a repository that carries a tag")
    void rejectsTaggedRepository() {
      Map<String, Object> values =
          Map.of(
              "scriptPods",
              Map.of(
                  "calamariImageVolume",
                  Map.of("image", Map.of("repository", "octopusdeploy:2026.3.666"))));

      assertThat(schema.validate(values))
          .extracting(SchemaViolation::keyword)
          .containsExactly("pattern");
    }

    @Test
    @DisplayName("keeps labels and annotations open")
    void keepsMapsOpen() {
      Map<String, Object> values =
          Map.of(
              "scriptPods",
              Map.of(
                  "metadata",
                  Map.of("labels", Map.of("team", "payments", "example.com/tier", "gold"))));

      assertThat(schema.validate(values)).isEmpty();
    }
  }

  @Nested
  @DisplayName("the Tentacle container's environment")
  class Environment {
    @Test
    @DisplayName("is generated from the model's contract, one entry per variable")
    void isGeneratedFromTheContract() {
      String deployment = chart.files().get("templates/tentacle-deployment.yaml");

      for (var entry : model.environment()) {
        assertThat(deployment).contains("- name: \"" + entry.name() + "\"");
      }
      assertThat(deployment)
          .contains(
              """
          {{- if .Values.scriptPods.calamariImageVolume.enabled }}
                      - name: "OCTOPUS__K8STENTACLE__CALAMARIIMAGEVOLUMEPULLPOLICY"
                        value: {{ .Values.scriptPods.calamariImageVolume.image.pullPolicy | quote }}
                      {{- end }}""");
    }
  }

  @Nested
  @DisplayName("README.md")
  class Readme {
    @Test
    @DisplayName("has a values table row for every key, by section")
    void listsEveryKey() {
      String readme = chart.files().get("README.md");

      for (ValueNode.Value value : model.leaves()) {
        assertThat(readme).contains("| `" + value.path() + "` | " + value.type().modelName());
      }
      for (var section : model.sections()) {
        assertThat(readme).contains("### " + section.title());
      }
    }
  }

  @Nested
  @DisplayName("template errors")
  class TemplateErrors {
    @TempDir Path templates;

    @Test
    @DisplayName("name the template file and line of an unknown variable")
    void nameFileAndLine() throws Exception {
      Files.writeString(
          templates.resolve("Chart.yaml.j2"),
          "name: << chart.name >>\n" + "version: << chart.nonsense >>\n");

      assertThatThrownBy(() -> new ChartGenerator(templates, "chart-templates").generate(model))
          .isInstanceOf(InputException.class)
          .hasMessageStartingWith("chart-templates/Chart.yaml.j2:2: template error: ")
          .hasMessageContaining("nonsense");
    }

    @Test
    @DisplayName("leave Helm's own braces untouched")
    void passHelmThrough() throws Exception {
      Files.writeString(templates.resolve("x.yaml.j2"), "a: {{ .Values.x | quote }}\n");

      GeneratedChart out = new ChartGenerator(templates, "chart-templates").generate(model);

      assertThat(out.files()).containsEntry("x.yaml", "a: {{ .Values.x | quote }}\n");
    }
  }

  /** YAML reads small integers as Integer; the model holds Long. */
  private static Object normalize(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), normalize(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ChartGeneratorTest::normalize).toList();
    }
    return value instanceof Integer i ? (Object) (long) i : value;
  }
}
