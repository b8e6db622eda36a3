package dev.agentchart.golden;

import dev.agentchart.compose.ScriptStep;
import dev.agentchart.render.RenderRequest;
import java.util.List;

/**
 * One composed script pod of the matrix: the values it renders the chart with, the Kubernetes
 * version, and the step the agent builds the pod for.
 *
 * @param id the case's path below {@code golden/pods}, without {@code .yaml}: {@code <values
 *     case>/<k8s-version>/<tool>}
 */
public record PodCase(
    String id, String valuesCase, List<String> sets, KubeTarget kube, ScriptStep step) {

  public PodCase {
    sets = List.copyOf(sets);
  }

  /** The golden file's path below the golden directory. */
  public String goldenPath() {
    return "pods/" + id + ".yaml";
  }

  /** The render this case needs; cases differing only in their step share it. */
  public RenderRequest render(String releaseName, String namespace) {
    return new RenderRequest(List.of(), sets, kube.helm(), releaseName, namespace);
  }
}
