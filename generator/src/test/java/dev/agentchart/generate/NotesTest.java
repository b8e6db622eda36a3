package dev.agentchart.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.InstallCommand;
import dev.agentchart.support.Project;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * NOTES.txt is only rendered by an install, so these tests run a client-only dry-run install with
 * the real Helm engine at a chosen Kubernetes version.
 */
@DisplayName("The install notes")
class NotesTest {

  @TempDir static Path dir;

  @BeforeAll
  static void generateChart() throws Exception {
    ChartWriter.write(Project.generate(), dir.resolve("kubernetes-agent"));
  }

  @ParameterizedTest(name = "enabled={0} at Kubernetes {1}: warning shown {2}")
  @CsvSource({
    "true,  1.34.2,                 true",
    "true,  v1.34.0-eks-113cf36,    true",
    "true,  1.31.0,                 true",
    "true,  1.35.0,                 false",
    "true,  1.36.1,                 false",
    "false, 1.34.2,                 false"
  })
  @DisplayName("warn that the agent falls back when image volumes are enabled on an old cluster")
  void warnOnOldClusters(boolean enabled, String kubeVersion, boolean warned) {
    InstallCommand install =
        new Helm(dir.resolve("kubernetes-agent"))
            .install()
            .withName("agent")
            .withNamespace("octopus-agent")
            .withKubeVersion(kubeVersion)
            .clientOnly()
            .dryRun()
            .set("agent.acceptEula", "Y")
            .set("scriptPods.calamariImageVolume.enabled", String.valueOf(enabled));

    String output = install.call().getOutput();

    assertThat(output).contains("The Octopus Kubernetes agent");
    if (warned) {
      assertThat(output)
          .contains("WARNING: scriptPods.calamariImageVolume.enabled is true")
          .contains("the agent will fall back");
    } else {
      assertThat(output).doesNotContain("WARNING");
    }
  }
}
