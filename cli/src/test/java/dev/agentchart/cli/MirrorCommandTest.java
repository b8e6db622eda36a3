package dev.agentchart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("agentchart mirror")
class MirrorCommandTest {

  private static final String ENABLED = "scriptPods.calamariImageVolume.enabled=true";
  private static final String REPOSITORY = "scriptPods.calamariImageVolume.image.repository=";

  private static final String NO_MIRRORING =
      "no mirroring needed: the repository octopusdeploy is Docker Hub's octopusdeploy, every"
          + " target is its source";

  private static final String DISABLED =
      "warning: the agent will not use image volumes with these values"
          + " (scriptPods.calamariImageVolume.enabled is not true): it pulls none of these images"
          + " and Calamari comes over the shared volume; the targets are what it would pull with"
          + " the feature enabled";

  /** The sources, padded to the longest, as every text plan starts its lines. */
  private static final List<String> SOURCES =
      List.of(
          "docker.io/octopusdeploy/calamari:2026.3.666                       ->  ",
          "docker.io/octopusdeploy/calamari.azureappservice:2026.3.666       ->  ",
          "docker.io/octopusdeploy/calamari.azureresourcegroup:2026.3.666    ->  ",
          "docker.io/octopusdeploy/calamari.azurescripting:2026.3.666        ->  ",
          "docker.io/octopusdeploy/calamari.googlecloudscripting:2026.3.666  ->  ",
          "docker.io/octopusdeploy/calamari.terraform:2026.3.666             ->  ");

  private static final List<String> IMAGES =
      List.of(
          "calamari",
          "calamari.azureappservice",
          "calamari.azureresourcegroup",
          "calamari.azurescripting",
          "calamari.googlecloudscripting",
          "calamari.terraform");

  /** The JSON plan of a private registry with pull policy Never, byte for byte. */
  private static final String PRIVATE_REGISTRY_JSON =
      """
      {
        "calamariVersion": "2026.3.666",
        "repository": "registry.example.com/octopusdeploy",
        "pullPolicy": "Never",
        "imageVolumeEnabled": true,
        "images": [
          {
            "tool": "Calamari",
            "source": "docker.io/octopusdeploy/calamari:2026.3.666",
            "target": "registry.example.com/octopusdeploy/calamari:2026.3.666"
          },
          {
            "tool": "Calamari.AzureAppService",
            "source": "docker.io/octopusdeploy/calamari.azureappservice:2026.3.666",
            "target": "registry.example.com/octopusdeploy/calamari.azureappservice:2026.3.666"
          },
          {
            "tool": "Calamari.AzureResourceGroup",
            "source": "docker.io/octopusdeploy/calamari.azureresourcegroup:2026.3.666",
            "target": "registry.example.com/octopusdeploy/calamari.azureresourcegroup:2026.3.666"
          },
          {
            "tool": "Calamari.AzureScripting",
            "source": "docker.io/octopusdeploy/calamari.azurescripting:2026.3.666",
            "target": "registry.example.com/octopusdeploy/calamari.azurescripting:2026.3.666"
          },
          {
            "tool": "Calamari.GoogleCloudScripting",
            "source": "docker.io/octopusdeploy/calamari.googlecloudscripting:2026.3.666",
            "target": "registry.example.com/octopusdeploy/calamari.googlecloudscripting:2026.3.666"
          },
          {
            "tool": "Calamari.Terraform",
            "source": "docker.io/octopusdeploy/calamari.terraform:2026.3.666",
            "target": "registry.example.com/octopusdeploy/calamari.terraform:2026.3.666"
          }
        ]
      }
      """;

  private static CliRun mirror(String... args) {
    List<String> all = new ArrayList<>(List.of("mirror", "--calamari-version", "2026.3.666"));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  /** The text plan whose targets are the tool images in {@code repository}. */
  private static String plan(String repository) {
    StringBuilder plan = new StringBuilder();
    for (int i = 0; i < SOURCES.size(); i++) {
      plan.append(SOURCES.get(i)).append(repository).append('/').append(IMAGES.get(i));
      plan.append(":2026.3.666\n");
    }
    return plan.toString();
  }

  @Nested
  @DisplayName("in text format")
  class Text {

    @Test
    @DisplayName("maps Docker Hub onto itself and says no mirroring is needed by default")
    void defaultRepository() {
      CliRun run = mirror("--set", ENABLED);

      assertThat(run.code()).isZero();
      assertThat(run.out()).isEqualTo(plan("docker.io/octopusdeploy"));
      assertThat(run.err()).isEqualTo("pull policy: IfNotPresent\n" + NO_MIRRORING + "\n");
    }

    @Test
    @DisplayName("maps every flavour into a private registry, in aligned columns")
    void privateRegistry() {
      CliRun run =
          mirror("--set", ENABLED, "--set", REPOSITORY + "registry.example.com/octopusdeploy");

      assertThat(run.code()).isZero();
      assertThat(run.out())
          .isEqualTo(
              "docker.io/octopusdeploy/calamari:2026.3.666                       ->  "
                  + "registry.example.com/octopusdeploy/calamari:2026.3.666\n"
                  + "docker.io/octopusdeploy/calamari.azureappservice:2026.3.666       ->  "
                  + "registry.example.com/octopusdeploy/calamari.azureappservice:2026.3.666\n"
                  + "docker.io/octopusdeploy/calamari.azureresourcegroup:2026.3.666    ->  "
                  + "registry.example.com/octopusdeploy/calamari.azureresourcegroup:2026.3.666\n"
                  + "docker.io/octopusdeploy/calamari.azurescripting:2026.3.666        ->  "
                  + "registry.example.com/octopusdeploy/calamari.azurescripting:2026.3.666\n"
                  + "docker.io/octopusdeploy/calamari.googlecloudscripting:2026.3.666  ->  "
                  + "registry.example.com/octopusdeploy/calamari.googlecloudscripting:2026.3.666\n"
                  + "docker.io/octopusdeploy/calamari.terraform:2026.3.666             ->  "
                  + "registry.example.com/octopusdeploy/calamari.terraform:2026.3.666\n");
      assertThat(run.err()).isEqualTo("pull policy: IfNotPresent\n");
    }

    @Test
    @DisplayName("keeps a registry port and a nested path, and reports the pull policy")
    void portAndPath() {
      CliRun run =
          mirror(
              "--set",
              ENABLED,
              "--set",
              REPOSITORY + "localhost:5000/mirror/octopusdeploy",
              "--set",
              "scriptPods.calamariImageVolume.image.pullPolicy=Always");

      assertThat(run.code()).isZero();
      assertThat(run.out()).isEqualTo(plan("localhost:5000/mirror/octopusdeploy"));
      assertThat(run.err()).isEqualTo("pull policy: Always\n");
    }

    @Test
    @DisplayName("takes the repository from a values file, which --set overrides")
    void valuesFile(@TempDir Path dir) throws Exception {
      Path values = dir.resolve("values.yaml");
      Files.writeString(
          values,
          "scriptPods:\n"
              + "  calamariImageVolume:\n"
              + "    enabled: true\n"
              + "    image:\n"
              + "      repository: mirror.example.com:8443/octopus\n"
              + "      pullPolicy: Always\n");

      CliRun fromFile = mirror("-f", values.toString());
      CliRun overridden =
          mirror(
              "-f", values.toString(), "--set", REPOSITORY + "registry.example.com/octopusdeploy");

      assertThat(fromFile.code()).isZero();
      assertThat(fromFile.out()).isEqualTo(plan("mirror.example.com:8443/octopus"));
      assertThat(fromFile.err()).isEqualTo("pull policy: Always\n");
      assertThat(overridden.out()).isEqualTo(plan("registry.example.com/octopusdeploy"));
    }

    @Test
    @DisplayName(
        "still prints the plan when the feature is off, and says the agent will not use it")
    void disabled() {
      CliRun run = mirror("--set", REPOSITORY + "registry.example.com/octopusdeploy");

      assertThat(run.code()).isZero();
      assertThat(run.out()).isEqualTo(plan("registry.example.com/octopusdeploy"));
      assertThat(run.err()).isEqualTo(DISABLED + "\npull policy: IfNotPresent\n");
    }

    @Test
    @DisplayName("with the chart's defaults, says both: feature off, no mirroring needed")
    void defaults() {
      CliRun run = mirror();

      assertThat(run.code()).isZero();
      assertThat(run.out()).isEqualTo(plan("docker.io/octopusdeploy"));
      assertThat(run.err())
          .isEqualTo(DISABLED + "\npull policy: IfNotPresent\n" + NO_MIRRORING + "\n");
    }
  }

  @Nested
  @DisplayName("in JSON format")
  class JsonFormat {

    @Test
    @DisplayName("prints one object with a fixed key order")
    void privateRegistry() {
      CliRun run =
          mirror(
              "--format",
              "json",
              "--set",
              ENABLED,
              "--set",
              REPOSITORY + "registry.example.com/octopusdeploy",
              "--set",
              "scriptPods.calamariImageVolume.image.pullPolicy=Never");

      assertThat(run.code()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(run.out()).isEqualTo(PRIVATE_REGISTRY_JSON);
    }

    @Test
    @DisplayName("marks a plan for values that leave the feature off")
    void disabled() {
      CliRun run = mirror("--format", "json");

      assertThat(run.code()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(run.out())
          .contains("\n  \"repository\": \"octopusdeploy\",\n")
          .contains("\n  \"imageVolumeEnabled\": false,\n")
          .contains("\"target\": \"docker.io/octopusdeploy/calamari.terraform:2026.3.666\"");
    }
  }

  @Nested
  @DisplayName("refuses unusable input, exit 2")
  class Refuses {

    @ParameterizedTest(name = "--calamari-version \"{0}\"")
    @ValueSource(strings = {"latest", "v2026.3.666", "2026.3.666-beta", "2026..3", "2026.3.", ""})
    @DisplayName("a Calamari version that is not numbers separated by dots")
    void badVersion(String version) {
      CliRun run = CliRun.of("mirror", "--calamari-version", version);

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .isEqualTo(
              "error: --calamari-version: not a Calamari version: \""
                  + version
                  + "\"; expected numbers separated by dots, e.g. 2026.3.666\n");
    }

    @Test
    @DisplayName("a missing Calamari version, with picocli's usage message")
    void noVersion() {
      CliRun run = CliRun.of("mirror");

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).startsWith("Missing required option: '--calamari-version=X'");
    }

    @Test
    @DisplayName("a missing values file, named")
    void missingValuesFile(@TempDir Path dir) {
      CliRun run = mirror("-f", dir.resolve("none.yaml").toString());

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).endsWith("none.yaml: file not found\n").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("a values file that is not YAML, with its line and column")
    void brokenValuesFile(@TempDir Path dir) throws Exception {
      Path values = dir.resolve("values.yaml");
      Files.writeString(values, "scriptPods: [\n");

      CliRun run = mirror("-f", values.toString());

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).contains("values.yaml:2:1: ").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("a malformed --set, with what is wrong")
    void malformedSet() {
      CliRun run = mirror("--set", "scriptPods.calamariImageVolume.enabled");

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err())
          .startsWith("error: helm: ")
          .contains("--set scriptPods.calamariImageVolume.enabled: key \"enabled\" has no value")
          .doesNotContain("\tat ");
    }

    @Test
    @DisplayName("values Helm rejects, with Helm's message")
    void rejectedValues() {
      CliRun run = mirror("--set", REPOSITORY + "https://registry.example.com/octopusdeploy");

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .startsWith("error: helm: ")
          .contains("repository")
          .doesNotContain("\tat ");
    }
  }

  @Test
  @DisplayName("writes a reference in full, as the container runtime resolves it")
  void qualified() {
    assertThat(MirrorCommand.qualified("octopusdeploy/calamari:1"))
        .isEqualTo("docker.io/octopusdeploy/calamari:1");
    assertThat(MirrorCommand.qualified("index.docker.io/octopusdeploy/calamari:1"))
        .isEqualTo("docker.io/octopusdeploy/calamari:1");
    assertThat(MirrorCommand.qualified("localhost/octopusdeploy/calamari:1"))
        .isEqualTo("localhost/octopusdeploy/calamari:1");
    assertThat(MirrorCommand.qualified("registry:5000/calamari:1"))
        .isEqualTo("registry:5000/calamari:1");
  }
}
