package dev.agentchart.render;

import java.nio.file.Path;
import java.util.List;

/**
 * One Helm render: values files and {@code --set} strings in command-line order, the Kubernetes
 * version Helm should assume, and the release. Equal requests give equal renders, which is what
 * lets many script-pod cases share one render.
 *
 * @param sets {@code --set} arguments exactly as a user writes them ({@code a.b=1,c[0]=x})
 * @param kubeVersion always explicit: without one, helm-java renders as Kubernetes 1.20
 */
public record RenderRequest(
    List<Path> valuesFiles,
    List<String> sets,
    String kubeVersion,
    String releaseName,
    String namespace) {

  public RenderRequest {
    valuesFiles = List.copyOf(valuesFiles);
    sets = List.copyOf(sets);
    if (kubeVersion == null || kubeVersion.isBlank()) {
      throw new IllegalArgumentException("a render needs an explicit Kubernetes version");
    }
  }
}
