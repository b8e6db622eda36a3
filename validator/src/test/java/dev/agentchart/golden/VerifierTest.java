package dev.agentchart.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Verifying script pods against golden files")
class VerifierTest {

  private static final String CASE = "demo/k8s-1.35.0/calamari.terraform";
  private static final Path ROOT = Path.of(System.getProperty("agentchart.root"));

  @TempDir Path golden;

  @BeforeEach
  void writeMatrix() throws Exception {
    Files.writeString(
        golden.resolve("matrix.yaml"),
        """
        release: {name: agent, namespace: octopus-agent}
        base: [agent.acceptEula=Y, agent.deploymentTarget.enabled=true]
        step: {ticketId: abc123, serverTaskId: ServerTasks-1, calamariVersion: 2026.3.666}
        kubernetesVersions: [1.35.0]
        tools: [Calamari.Terraform]
        axes:
          volume:
            "on": [scriptPods.calamariImageVolume.enabled=true]
        cases:
          demo:
            set:
              - scriptPods.calamariImageVolume.enabled=true
              - scriptPods.calamariImageVolume.image.repository=registry.example.com/od
        """);
  }

  private Verification verify() throws Exception {
    try (Verifier verifier = new Verifier(ROOT.resolve("charts/kubernetes-agent"), golden)) {
      return verifier.verify(
          Matrix.load(golden.resolve("matrix.yaml"), "matrix.yaml"), id -> id.startsWith("demo/"));
    }
  }

  private Path goldenFile() {
    return golden.resolve("pods/" + CASE + ".yaml");
  }

  @Test
  @DisplayName("fails a case whose golden file is missing, and creates nothing")
  void missingGoldenFails() throws Exception {
    Verification verification = verify();

    assertThat(verification.failed()).isEqualTo(1);
    assertThat(verification.cases().get(0).failures())
        .containsExactly(
            "missing golden file pods/"
                + CASE
                + ".yaml; review the case and run "
                + "agentchart verify --update to create it");
    assertThat(goldenFile()).doesNotExist();
  }

  @Nested
  @DisplayName("after an update")
  class AfterUpdate {

    @BeforeEach
    void update() throws Exception {
      GoldenUpdate.Summary summary = GoldenUpdate.apply(verify(), golden);
      assertThat(summary).isEqualTo(new GoldenUpdate.Summary(1, 0, 0));
    }

    @Test
    @DisplayName("passes, and a second update writes nothing")
    void passesAndIsStable() throws Exception {
      Verification verification = verify();

      assertThat(verification.failed()).isZero();
      assertThat(GoldenUpdate.apply(verification, golden))
          .isEqualTo(new GoldenUpdate.Summary(0, 0, 0));
    }

    @Test
    @DisplayName("compares by meaning: reordered keys and comments still pass")
    void comparesByMeaning() throws Exception {
      String text = Files.readString(goldenFile());
      Files.writeString(goldenFile(), "# reviewed\n" + text.replace("case: ", "case:   "));

      assertThat(verify().failed()).isZero();
    }

    @Test
    @DisplayName("fails an altered golden file with the path, expected, actual and a diff")
    void alteredGoldenFails() throws Exception {
      String text = Files.readString(goldenFile());
      Files.writeString(
          goldenFile(),
          text.replace(
              "registry.example.com/od/calamari.terraform:2026.3.666",
              "registry.example.com/od/calamari.terraform:2026.3.1"));

      Verification verification = verify();

      assertThat(verification.failed()).isEqualTo(1);
      String failure = verification.cases().get(0).failures().get(0);
      assertThat(failure)
          .startsWith("differs from pods/" + CASE + ".yaml in 1 field(s):")
          .containsPattern(
              "pod\\.spec\\.volumes\\[\\d+]\\.image\\.reference: expected "
                  + "\"registry.example.com/od/calamari.terraform:2026.3.1\", actual "
                  + "\"registry.example.com/od/calamari.terraform:2026.3.666\"")
          .contains("--- golden/pods/" + CASE + ".yaml")
          .contains("+++ composed")
          .contains("-          reference: registry.example.com/od/calamari.terraform:2026.3.1\n")
          .contains("+          reference: registry.example.com/od/calamari.terraform:2026.3.666");
    }

    @Test
    @DisplayName("reports a golden file no case produces as stale, and an update removes it")
    void staleFiles() throws Exception {
      Path stale = golden.resolve("pods/demo/k8s-1.30.0/calamari.yaml");
      Files.createDirectories(stale.getParent());
      Files.writeString(stale, "case: old\n");

      Verification verification = verify();

      assertThat(verification.stale()).containsExactly("pods/demo/k8s-1.30.0/calamari.yaml");
      assertThat(verification.failed()).isEqualTo(1);
      assertThat(GoldenUpdate.apply(verification, golden))
          .isEqualTo(new GoldenUpdate.Summary(0, 0, 1));
      assertThat(stale.getParent()).doesNotExist();
    }
  }

  @Test
  @DisplayName("refuses to write anything when a case cannot be rendered")
  void updateRefusesUnrenderableCases() throws Exception {
    Files.writeString(
        golden.resolve("matrix.yaml"),
        Files.readString(golden.resolve("matrix.yaml")).replace("enabled=true]", "enabled=maybe]"));

    Verification verification = verify();

    assertThat(verification.anyUnusable()).isTrue();
    assertThat(verification.cases().get(0).failures().get(0)).startsWith("helm render failed: ");
    assertThatThrownBy(() -> GoldenUpdate.apply(verification, golden))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("some cases could not be composed; nothing was written");
    assertThat(golden.resolve("pods")).doesNotExist();
  }

  @Test
  @DisplayName("names the line and column of a broken matrix")
  void brokenMatrix() throws Exception {
    Files.writeString(
        golden.resolve("matrix.yaml"),
        Files.readString(golden.resolve("matrix.yaml"))
            .replace("tools: [Calamari.Terraform]", "tools: [Calamari.Terraform]\ncolour: blue"));

    assertThatThrownBy(() -> Matrix.load(golden.resolve("matrix.yaml"), "matrix.yaml"))
        .hasMessage("matrix.yaml:6:1: unknown key 'colour'");
  }

  @Test
  @DisplayName("selects cases by glob or by contained text")
  void casePatterns() {
    List<String> ids = List.of("volume-on/k8s-1.35.0/calamari", "raw/k8s-1.34.0/calamari");

    assertThat(ids.stream().filter(CasePattern.of("volume-on*/*/*"))).containsExactly(ids.get(0));
    assertThat(ids.stream().filter(CasePattern.of("k8s-1.34"))).containsExactly(ids.get(1));
    assertThat(ids.stream().filter(CasePattern.of(null))).hasSize(2);
  }
}
