package dev.agentchart.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentchart.support.Project;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The committed chart")
class CommittedChartTest {

  @Test
  @DisplayName("is exactly what the model generates (run ./agentchart generate if not)")
  void equalsTheGeneratedChart() throws Exception {
    var drifts = ChartDrift.compare(Project.generate(), Project.chart(), "charts/kubernetes-agent");

    assertThat(drifts)
        .as(
            "files of charts/kubernetes-agent that differ from the model; diffs:%n%s",
            String.join("", drifts.stream().map(ChartDrift.FileDrift::diff).toList()))
        .isEmpty();
  }
}
