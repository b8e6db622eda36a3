package dev.agentchart.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentchart.compose.ClusterVersion;
import dev.agentchart.yaml.UnreadableFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Validating a values file")
class ValuesValidatorTest {

  private static ValuesValidator validator;

  @TempDir Path dir;

  @BeforeAll
  static void loadChart() throws Exception {
    validator =
        ValuesValidator.forChart(
            Path.of(System.getProperty("agentchart.root"), "charts/kubernetes-agent"));
  }

  private List<Diagnostic> validate(String yaml) throws Exception {
    return validate(yaml, null);
  }

  private List<Diagnostic> validate(String yaml, String kube) throws Exception {
    Path file = dir.resolve("values.yaml");
    Files.writeString(file, yaml);
    return validator.validate(
        file, "values.yaml", kube == null ? null : ClusterVersion.parse(kube));
  }

  private static String volume(String image) {
    return "scriptPods:\n  calamariImageVolume:\n    enabled: true\n    image:\n" + image;
  }

  @Nested
  @DisplayName("the repository rule")
  class Repository {

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource({
      "registry.example.com/octopusdeploy/calamari, image-repository-tool, "
          + "registry.example.com/octopusdeploy",
      "registry.example.com/od/CALAMARI.GOOGLECLOUDSCRIPTING, image-repository-tool, "
          + "registry.example.com/od",
      "localhost:5000/mirror/octopusdeploy:1.0, image-repository-tag, "
          + "localhost:5000/mirror/octopusdeploy",
      "calamari, image-repository-tool, octopusdeploy",
    })
    @DisplayName("shows the repository it should be")
    void showsTheFix(String repository, String rule, String fixed) throws Exception {
      List<Diagnostic> found = validate(volume("      repository: " + repository + "\n"));

      assertThat(found).extracting(Diagnostic::rule).contains(rule);
      assertThat(found.get(0).message()).endsWith("write \"" + fixed + "\"");
      assertThat(found.get(0).line()).isEqualTo(5);
      assertThat(found.get(0).column()).isEqualTo(19);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "octopusdeploy",
      "registry.example.com/octopusdeploy",
      "localhost:5000/mirror/octopusdeploy",
      "docker.io/octopusdeploy",
      "registry-1.example.com:443/a/b/c"
    })
    @DisplayName("accepts a registry host, optional port and lower-case path")
    void acceptsValidRepositories(String repository) throws Exception {
      assertThat(validate(volume("      repository: " + repository + "\n")))
          .extracting(Diagnostic::rule)
          .doesNotContain(
              "image-repository-tool", "image-repository-tag", "image-repository-format");
    }

    @Test
    @DisplayName("refuses a scheme with the exact message")
    void refusesScheme() throws Exception {
      assertThat(validate(volume("      repository: https://registry.example.com/od\n")))
          .extracting(Diagnostic::toString)
          .containsExactly(
              "values.yaml:5:19: error: 'scriptPods.calamariImageVolume.image."
                  + "repository' is \"https://registry.example.com/od\", not a valid image "
                  + "repository: an image reference has no scheme: write"
                  + " \"registry.example.com/od\""
                  + " [image-repository-format]");
    }
  }

  @Nested
  @DisplayName("the image volume warnings")
  class Warnings {

    @Test
    @DisplayName("warn with the agent's fallback message below Kubernetes 1.35")
    void oldCluster() throws Exception {
      List<Diagnostic> found = validate(volume("      pullPolicy: Always\n"), "v1.34.2-gke.100");

      assertThat(found).extracting(Diagnostic::rule).containsExactly("image-volume-kube-version");
      assertThat(found.get(0).message()).endsWith("The current cluster version is 1.34.");
      assertThat(found.get(0).isError()).isFalse();
    }

    @Test
    @DisplayName("say nothing of the version when the feature is off or the cluster is new")
    void noVersionWarning() throws Exception {
      assertThat(validate("scriptPods: {calamariImageVolume: {enabled: false}}\n", "1.31"))
          .isEmpty();
      assertThat(validate(volume("      pullPolicy: Always\n"), "1.35")).isEmpty();
    }

    @Test
    @DisplayName("name the six images a mirror must keep, and ask for a pull secret")
    void mirror() throws Exception {
      List<Diagnostic> found = validate(volume("      repository: registry.example.com/od\n"));

      assertThat(found)
          .extracting(Diagnostic::rule)
          .containsExactly("image-volume-mirror", "image-volume-pull-secret");
      assertThat(found.get(0).message())
          .contains(
              "registry.example.com/od/calamari, ", "registry.example.com/od/calamari.terraform ");
    }

    @Test
    @DisplayName("do not ask for a pull secret when one is set")
    void pullSecretSet() throws Exception {
      List<Diagnostic> found =
          validate(
              "imagePullSecrets: [{name: creds}]\n"
                  + volume("      repository: registry.example.com/od\n"));

      assertThat(found).extracting(Diagnostic::rule).containsExactly("image-volume-mirror");
    }

    @Test
    @DisplayName("warn that Never needs the images on every node")
    void pullNever() throws Exception {
      assertThat(validate(volume("      pullPolicy: Never\n")))
          .extracting(Diagnostic::rule)
          .containsExactly("image-volume-pull-never");
    }
  }

  @Nested
  @DisplayName("schema findings")
  class Schema {

    @Test
    @DisplayName("suggest the key a typo meant, at the key's line and column")
    void didYouMean() throws Exception {
      assertThat(validate("scriptPods:\n  calamariImageVolumes: {}\n"))
          .extracting(Diagnostic::toString)
          .containsExactly(
              "values.yaml:2:3: error: unknown key 'calamariImageVolumes' in "
                  + "scriptPods; did you mean 'calamariImageVolume'? [unknown-key]");
    }

    @Test
    @DisplayName("place podAntiAffinity under nodeAffinity at its line, one level too deep")
    void antiAffinityTooDeep() throws Exception {
      assertThat(
              validate("scriptPods:\n  affinity:\n    nodeAffinity:\n      podAntiAffinity: {}\n"))
          .extracting(Diagnostic::toString)
          .containsExactly(
              "values.yaml:4:7: error: unknown key 'podAntiAffinity' in "
                  + "scriptPods.affinity.nodeAffinity; it belongs directly under"
                  + " scriptPods.affinity,"
                  + " one level up [unknown-key]");
    }

    @Test
    @DisplayName("spell out a pull policy in the wrong case")
    void pullPolicyCase() throws Exception {
      assertThat(validate(volume("      pullPolicy: always\n")))
          .extracting(Diagnostic::message)
          .containsExactly(
              "'scriptPods.calamariImageVolume.image.pullPolicy' is \"always\"; the "
                  + "value is case-sensitive: write Always");
    }

    @Test
    @DisplayName("explain a boolean written as a string")
    void booleanAsString() throws Exception {
      assertThat(validate("scriptPods:\n  calamariImageVolume:\n    enabled: \"false\"\n"))
          .extracting(Diagnostic::rule, Diagnostic::line, Diagnostic::column)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("boolean-as-string", 3, 14));
    }
  }

  @Nested
  @DisplayName("hostile files")
  class Hostile {

    @Test
    @DisplayName("refuse a file over the size limit without parsing it")
    void tooLarge() throws Exception {
      Path big = dir.resolve("big.yaml");
      Files.writeString(big, "a: \"" + "x".repeat(3 * 1024 * 1024) + "\"\n");

      assertThat(validator.validate(big, "big.yaml", null))
          .extracting(Diagnostic::rule)
          .containsExactly("yaml-too-large");
    }

    @Test
    @DisplayName("report a missing file as unreadable")
    void missing() {
      assertThatThrownBy(() -> validator.validate(dir.resolve("no.yaml"), "no.yaml", null))
          .isInstanceOf(UnreadableFileException.class)
          .hasMessage("no.yaml: file not found");
    }

    @Test
    @DisplayName("report a directory as unreadable")
    void directory() {
      assertThatThrownBy(() -> validator.validate(dir, "dir", null))
          .isInstanceOf(UnreadableFileException.class)
          .hasMessage("dir: is a directory, expected a YAML file");
    }
  }

  @Test
  @DisplayName("finds the closest key by case first, then by edit distance")
  void closest() {
    List<String> keys = List.of("pullPolicy", "repository", "tag");

    assertThat(SchemaDiagnostics.closest("PULLPOLICY", keys)).contains("pullPolicy");
    assertThat(SchemaDiagnostics.closest("repostory", keys)).contains("repository");
    assertThat(SchemaDiagnostics.closest("colour", keys)).isEmpty();
  }

  @Test
  @DisplayName("writes JSON with stable keys for CI tools")
  void json() {
    Diagnostic d = new Diagnostic("v.yaml", 2, 3, Diagnostic.Severity.ERROR, "msg", "unknown-key");

    assertThat(DiagnosticReport.json(List.of(d), 1, List.of()))
        .isEqualTo(
            """
            {
              "diagnostics": [
                {
                  "file": "v.yaml",
                  "line": 2,
                  "column": 3,
                  "severity": "error",
                  "rule": "unknown-key",
                  "message": "msg"
                }
              ],
              "errors": 1,
              "warnings": 0,
              "files": 1,
              "previews": []
            }
            """);
  }
}
