package dev.agentchart.rules;

import io.kubernetes.client.openapi.models.V1Pod;
import java.util.List;

/**
 * An image volume sent to a release whose API has no image volume source. The source appeared as
 * alpha in Kubernetes 1.31 (KEP-4639); an older API server drops the field it does not know and,
 * finding no source left, defaults the volume to an empty directory.
 */
final class UnsupportedImageVolumeRule implements PodRule {

  static final String ID = "image-volume-unsupported";

  private final String firstWithImageVolumes;
  private final String firstOnByDefault;

  UnsupportedImageVolumeRule(VersionTable table) {
    this.firstWithImageVolumes =
        table.first(KubernetesRelease::hasImageVolumes, "with image volumes").version();
    this.firstOnByDefault =
        table.first(KubernetesRelease::imageVolumeOnByDefault, "with image volumes on").version();
  }

  @Override
  public List<Violation> check(V1Pod pod, KubernetesRelease release) {
    if (release.hasImageVolumes()) {
      return List.of();
    }
    return ImageVolumes.of(pod).stream()
        .map(
            volume ->
                new Violation(
                    ID,
                    volume.path(),
                    "no image volume before Kubernetes " + firstWithImageVolumes,
                    volume.describe(),
                    "the API before Kubernetes "
                        + firstWithImageVolumes
                        + " has no image volume source: the API server drops the unknown field"
                        + " 'image' and defaults the volume to an empty directory, so the pod"
                        + " runs without the image; leave the volume out, or use Kubernetes "
                        + firstOnByDefault
                        + " or later, where image volumes are on by default"))
        .toList();
  }
}
