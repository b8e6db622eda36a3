package dev.agentchart.golden;

import dev.agentchart.compose.ComposedPod;
import dev.agentchart.compose.PodDocument;
import dev.agentchart.compose.ScriptStep;
import dev.agentchart.yaml.InputException;
import dev.agentchart.yaml.LocatedYaml;
import dev.agentchart.yaml.YamlWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A golden file: self-describing, so that a reviewer sees what produced the pod without opening the
 * matrix. The comparison is by meaning; the text layout is only for people.
 */
final class GoldenDocument {

  private GoldenDocument() {}

  /**
   * The text of a composed case: its inputs, the agent's task-log lines and the pod. The pod comes
   * already written ({@link #podBlock}), since many cases share one pod.
   */
  static String text(PodCase podCase, ComposedPod composed, String podBlock) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("set", podCase.sets());
    inputs.put("kubernetesVersion", podCase.kube().helm());
    inputs.put("clusterVersionReported", podCase.kube().reported());
    inputs.put("clusterVersionRead", podCase.kube().cluster().toString());
    inputs.put("step", step(podCase.step()));

    Map<String, Object> head = new LinkedHashMap<>();
    head.put("case", podCase.id());
    head.put("inputs", inputs);
    head.put("taskLog", composed.taskLog());
    return "# Golden script pod of case "
        + podCase.id()
        + ".\n"
        + "# Written by `agentchart verify --update`; review a change here like a code change.\n"
        + YamlWriter.document(head, YamlWriter.Strings.PLAIN_WHERE_SAFE)
        + "pod:\n"
        + podBlock;
  }

  /** The pod's lines under the {@code pod:} key of a golden file. */
  static String podBlock(ComposedPod composed) {
    return String.join(
            "\n",
            YamlWriter.block(
                PodDocument.tree(composed.pod()), 2, YamlWriter.Strings.PLAIN_WHERE_SAFE))
        + "\n";
  }

  /** Reads a golden file back into a tree. */
  static Map<String, Object> read(byte[] text, String displayName) throws InputException {
    Object root = LocatedYaml.parse(text, displayName).root();
    if (!(root instanceof Map<?, ?>)) {
      throw new InputException(displayName + ": not a golden file (expected a mapping)");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) root;
    return map;
  }

  private static Map<String, Object> step(ScriptStep step) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("ticketId", step.ticketId());
    s.put("serverTaskId", step.serverTaskId());
    s.put("tool", step.toolName() == null ? "none" : step.toolName());
    if (step.calamariVersion() != null) {
      s.put("calamariVersion", step.calamariVersion());
    }
    s.put("rawScript", step.rawScript());
    if (step.image() != null) {
      s.put("image", step.image());
    }
    return s;
  }
}
