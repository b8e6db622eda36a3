package dev.agentchart.rules;

import io.kubernetes.client.openapi.models.V1Pod;
import java.util.List;

/**
 * An image volume sent to a release that has the source but keeps the ImageVolume feature gate off
 * by default: alpha in 1.31 and 1.32, beta but still off in 1.33 and 1.34. With the gate off the
 * API server drops the volume and its mounts without an error, so the pod is created without the
 * image. This is why the agent adds the Calamari volume only from 1.35 on.
 */
final class GateOffImageVolumeRule implements PodRule {

  static final String ID = "image-volume-gate-off";

  private final String firstOnByDefault;

  GateOffImageVolumeRule(VersionTable table) {
    this.firstOnByDefault =
        table.first(KubernetesRelease::imageVolumeOnByDefault, "with image volumes on").version();
  }

  @Override
  public List<Violation> check(V1Pod pod, KubernetesRelease release) {
    if (!release.hasImageVolumes() || release.imageVolumeOnByDefault()) {
      return List.of();
    }
    return ImageVolumes.of(pod).stream()
        .map(
            volume ->
                new Violation(
                    ID,
                    volume.path(),
                    "no image volume before Kubernetes "
                        + firstOnByDefault
                        + ", where the ImageVolume gate is on by default",
                    volume.describe(),
                    "image volumes are "
                        + release.imageVolumeStage()
                        + " from Kubernetes "
                        + release.version()
                        + " with the ImageVolume feature gate off by default: the API server"
                        + " silently drops the volume and every mount of it, and the pod starts"
                        + " without the image; before Kubernetes "
                        + firstOnByDefault
                        + " build the pod without the volume, as the agent does"))
        .toList();
  }
}
