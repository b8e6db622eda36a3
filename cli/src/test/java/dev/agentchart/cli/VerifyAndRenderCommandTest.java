package dev.agentchart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("agentchart verify and render")
class VerifyAndRenderCommandTest {

  private static final String FALLBACK =
      "The ImageVolume feature gate is required to use the Calamari Image Volume feature. This is"
          + " enabled by default in Kubernetes 1.35 and newer. The current cluster version is"
          + " 1.34.";

  @Nested
  @DisplayName("verify")
  class Verify {

    @Test
    @DisplayName("passes a committed case and closes with the counts")
    void passes() {
      CliRun run = CliRun.of("verify", "--only", "volume-on-repo-private-pull-always/k8s-1.35.0/*");

      assertThat(run.code()).isZero();
      assertThat(run.out()).endsWith("6 passed, 0 failed\n");
    }

    @Test
    @DisplayName("fails a case without a golden file, one line per failure, exit 1")
    void missingGolden(@TempDir Path golden) throws Exception {
      Files.copy(ProjectPaths.root().resolve("golden/matrix.yaml"), golden.resolve("matrix.yaml"));

      CliRun run = CliRun.of("verify", "--golden", golden.toString(), "--only", "raw-script/");

      assertThat(run.code()).isEqualTo(1);
      assertThat(run.out())
          .contains("FAIL raw-script/k8s-1.34.0/calamari: missing golden file")
          .endsWith("0 passed, 3 failed\n");
      assertThat(golden.resolve("pods")).doesNotExist();
    }

    @Test
    @DisplayName("with --update writes the missing files and reports the counts")
    void update(@TempDir Path golden) throws Exception {
      Files.copy(ProjectPaths.root().resolve("golden/matrix.yaml"), golden.resolve("matrix.yaml"));

      CliRun run =
          CliRun.of("verify", "--update", "--golden", golden.toString(), "--only", "raw-script/");

      assertThat(run.code()).isZero();
      assertThat(run.out())
          .contains("golden files: 3 added, 0 changed, 0 removed")
          .endsWith("3 passed, 0 failed\n");
      assertThat(golden.resolve("pods/raw-script/k8s-1.35.0/calamari.yaml")).isRegularFile();
    }

    @Test
    @DisplayName("refuses a pattern that selects no case, exit 2")
    void noMatch() {
      CliRun run = CliRun.of("verify", "--only", "no-such-case");

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).contains("--only no-such-case: no case of golden/matrix.yaml matches");
    }

    @Test
    @DisplayName("refuses an unreadable matrix with its location, exit 2")
    void brokenMatrix(@TempDir Path golden) throws Exception {
      Files.writeString(golden.resolve("matrix.yaml"), "release: [\n");

      CliRun run = CliRun.of("verify", "--golden", golden.toString());

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).contains("matrix.yaml:2:1: invalid YAML").doesNotContain("\tat ");
    }
  }

  @Nested
  @DisplayName("render")
  class Render {

    @Test
    @DisplayName("prints the pod with the Calamari image volume on Kubernetes 1.35")
    void imageVolume() {
      CliRun run =
          CliRun.of(
              "render",
              "--kube-version",
              "v1.35.0-eks-113cf36",
              "--set",
              "scriptPods.calamariImageVolume.enabled=true",
              "--set",
              "scriptPods.calamariImageVolume.image.repository=localhost:5000/mirror",
              "--tool",
              "Calamari.Terraform");

      assertThat(run.code()).isZero();
      assertThat(run.out())
          .startsWith("apiVersion: v1\nkind: Pod\n")
          .contains("reference: localhost:5000/mirror/calamari.terraform:2026.3.666\n")
          .contains("mountPath: /calamari");
      assertThat(run.err()).isEmpty();
    }

    @Test
    @DisplayName("refuses an unknown tool flavour, exit 2")
    void unknownTool() {
      CliRun run = CliRun.of("render", "--kube-version", "1.35", "--tool", "Calamari.Terrafrom");

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err())
          .contains(
              "--tool Calamari.Terrafrom: not a Calamari flavour; use one "
                  + "of Calamari, Calamari.AzureAppService");
    }

    @Test
    @DisplayName("prints the fallback warning on standard error below 1.35")
    void fallback() {
      CliRun run =
          CliRun.of(
              "render",
              "--kube-version",
              "1.34",
              "--set",
              "scriptPods.calamariImageVolume.enabled=true");

      assertThat(run.code()).isZero();
      assertThat(run.err().strip()).isEqualTo(FALLBACK);
      assertThat(run.out()).doesNotContain("/calamari");
    }

    @Test
    @DisplayName("takes values files and lets --set override them")
    void valuesFiles(@TempDir Path dir) throws Exception {
      Path values = dir.resolve("values.yaml");
      Files.writeString(values, "scriptPods:\n  calamariImageVolume:\n    enabled: true\n");

      CliRun run =
          CliRun.of(
              "render",
              "-f",
              values.toString(),
              "--kube-version",
              "1.35",
              "--set",
              "scriptPods.calamariImageVolume.image.pullPolicy=Never");

      assertThat(run.out()).contains("pullPolicy: Never");
    }

    @Test
    @DisplayName("refuses values Helm rejects, with Helm's message, exit 2")
    void schemaError() {
      CliRun run =
          CliRun.of(
              "render",
              "--kube-version",
              "1.35",
              "--set",
              "scriptPods.calamariImageVolume.enabled=yes-please");

      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err()).contains("error: helm: ").contains("enabled");
    }

    @Test
    @DisplayName("refuses a missing values file and a malformed version, exit 2")
    void badInput(@TempDir Path dir) {
      assertThat(
              CliRun.of(
                      "render", "--kube-version", "1.35", "-f", dir.resolve("none.yaml").toString())
                  .err())
          .contains("none.yaml: file not found");
      CliRun badVersion = CliRun.of("render", "--kube-version", "latest");
      assertThat(badVersion.code()).isEqualTo(2);
      assertThat(badVersion.err()).contains("--kube-version: ");
    }
  }
}
