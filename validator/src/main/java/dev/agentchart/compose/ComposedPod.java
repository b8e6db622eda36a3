package dev.agentchart.compose;

import io.kubernetes.client.openapi.models.V1Pod;
import java.util.List;

/**
 * A script pod as the agent would create it, with the lines the agent would write to the task log
 * while composing it (the Calamari image volume fallback warning, FACTS.md §5).
 */
public record ComposedPod(V1Pod pod, List<String> taskLog) {

  public ComposedPod {
    taskLog = List.copyOf(taskLog);
  }
}
