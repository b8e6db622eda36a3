package dev.agentchart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("agentchart validate")
class ValidateCommandTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  @DisplayName("exits 0 for a clean file and says so in the summary")
  void clean() throws Exception {
    CliRun run = CliRun.of("validate", write("ok.yaml", "agent:\n  name: one\n").toString());

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("0 errors, 0 warnings in 1 file\n");
  }

  @Test
  @DisplayName("exits 1 and prints every diagnostic of every file, sorted, with a summary")
  void errors() throws Exception {
    Path a = write("a.yaml", "scriptPods:\n  calamariImageVolume:\n    enabled: \"true\"\n");
    Path b = write("b.yaml", "agnet: {}\n");

    CliRun run = CliRun.of("validate", b.toString(), a.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out().lines().toList())
        .hasSize(3)
        .satisfies(
            lines -> {
              assertThat(lines.get(0))
                  .endsWith(
                      "a.yaml:3:14: error: 'scriptPods.calamariImageVolume"
                          + ".enabled' is the string \"true\", not a boolean; Helm templates treat"
                          + " every "
                          + "non-empty string as true, even \"false\": write true without quotes "
                          + "[boolean-as-string]");
              assertThat(lines.get(1))
                  .endsWith(
                      "b.yaml:1:1: error: unknown key 'agnet' at the top "
                          + "level; did you mean 'agent'? [unknown-key]");
              assertThat(lines.get(2)).isEqualTo("2 errors, 0 warnings in 2 files");
            });
  }

  @Test
  @DisplayName("exits 0 with warnings, and previews the agent's behaviour for --kube-version")
  void warningsAndPreview() throws Exception {
    Path file = write("v.yaml", "scriptPods:\n  calamariImageVolume:\n    enabled: true\n");

    CliRun old = CliRun.of("validate", file.toString(), "--kube-version", "1.34");
    CliRun current = CliRun.of("validate", file.toString(), "--kube-version", "v1.35.0-eks-1");

    assertThat(old.code()).isZero();
    assertThat(old.out())
        .contains("warning: the image volume is enabled, but on Kubernetes 1.34")
        .contains("[image-volume-kube-version]")
        .contains("preview: ")
        .contains("on Kubernetes 1.34, the agent falls back");
    assertThat(current.out())
        .contains(
            "on Kubernetes 1.35, script pods mount Calamari read-only at /calamari from "
                + "the image volume octopusdeploy/<tool>:<version> (pull policy IfNotPresent)");
  }

  @Test
  @DisplayName("prints JSON for CI tools")
  void json() throws Exception {
    CliRun run =
        CliRun.of("validate", "--format", "json", write("j.yaml", "agnet: {}\n").toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("{\n  \"diagnostics\": [\n    {\n")
        .contains("\"rule\": \"unknown-key\"")
        .contains("\"errors\": 1");
  }

  @Test
  @DisplayName("exits 2 when a file cannot be read, still checking the others")
  void unreadable() throws Exception {
    Path good = write("g.yaml", "agnet: {}\n");

    CliRun run = CliRun.of("validate", dir.resolve("missing.yaml").toString(), good.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("missing.yaml: file not found");
    assertThat(run.out()).contains("[unknown-key]").contains("in 1 file");
  }

  @Test
  @DisplayName("exits 2 on wrong arguments")
  void wrongArguments() {
    assertThat(CliRun.of("validate").code()).isEqualTo(2);
    assertThat(CliRun.of("validate", "x.yaml", "--format", "xml").code()).isEqualTo(2);
    assertThat(CliRun.of("validate", "x.yaml", "--kube-version", "new").err())
        .contains("--kube-version: ");
  }
}
