package dev.agentchart.validate;

import dev.agentchart.agent.AgentConfiguration;
import dev.agentchart.agent.RenderedAgent;
import dev.agentchart.compose.ClusterVersion;
import dev.agentchart.compose.ComposedPod;
import dev.agentchart.compose.ScriptPodComposer;
import dev.agentchart.compose.ScriptStep;
import dev.agentchart.render.HelmRenderer;
import dev.agentchart.render.RenderRequest;
import io.kubernetes.client.openapi.models.V1Volume;
import java.nio.file.Path;
import java.util.List;

/**
 * What the agent will do for script pods with a values file on a given Kubernetes version, in one
 * line: found by rendering the chart with Helm and composing a Calamari step's pod exactly as
 * {@code verify} does, not by reading the values.
 */
public final class ImageVolumePreview {

  private static final String PREVIEW_VERSION = "2026.3.666";

  private ImageVolumePreview() {}

  public static String of(
      Path chartDir,
      Path valuesFile,
      String displayName,
      String kubeVersion,
      ClusterVersion cluster)
      throws Exception {
    String manifests;
    try (HelmRenderer renderer = new HelmRenderer(chartDir, 1)) {
      manifests =
          renderer.render(
              new RenderRequest(
                  List.of(valuesFile), List.of(), kubeVersion, "agent", "octopus-agent"));
    }
    AgentConfiguration configuration = RenderedAgent.configuration(manifests);
    ComposedPod pod =
        new ScriptPodComposer()
            .compose(
                configuration,
                new ScriptStep(
                    "preview", "ServerTasks-1", "Calamari", PREVIEW_VERSION, false, null),
                cluster);
    return displayName + ": on Kubernetes " + cluster + ", " + describe(configuration, pod);
  }

  private static String describe(AgentConfiguration configuration, ComposedPod pod) {
    V1Volume calamari =
        pod.pod().getSpec().getVolumes().stream()
            .filter(v -> v.getImage() != null)
            .findFirst()
            .orElse(null);
    if (calamari != null) {
      String reference =
          calamari
              .getImage()
              .getReference()
              .replace(":" + PREVIEW_VERSION, ":<version>")
              .replace("/calamari:", "/<tool>:");
      return "script pods mount Calamari read-only at /calamari from the image volume "
          + reference
          + " (pull policy "
          + calamari.getImage().getPullPolicy()
          + ")";
    }
    if (configuration.calamariImageVolumeEnabled()) {
      return "the agent falls back and copies Calamari over the shared volume: "
          + String.join(" ", pod.taskLog());
    }
    return "the image volume is off: Calamari comes over the shared volume";
  }
}
