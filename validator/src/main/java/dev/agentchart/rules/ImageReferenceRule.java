package dev.agentchart.rules;

import io.kubernetes.client.openapi.models.V1Pod;
import java.util.List;

/**
 * An image volume without {@code image.reference}. The field is optional in the API schema, for pod
 * templates that a controller completes, but required in a Pod, and validation rejects a pod
 * without it wherever image volumes are served.
 */
final class ImageReferenceRule implements PodRule {

  static final String ID = "image-volume-reference";

  @Override
  public List<Violation> check(V1Pod pod, KubernetesRelease release) {
    if (!release.hasImageVolumes()) {
      return List.of();
    }
    return ImageVolumes.of(pod).stream()
        .filter(v -> isBlank(v.volume().getImage().getReference()))
        .map(
            volume ->
                new Violation(
                    ID,
                    volume.path(),
                    "image.reference naming the image to mount",
                    volume.volume().getImage().getReference() == null
                        ? "no image.reference"
                        : "image.reference \"" + volume.volume().getImage().getReference() + "\"",
                    "with the ImageVolume gate on, the API server rejects an image volume"
                        + " without a reference, which is required in a Pod; set image.reference"
                        + " to the image to mount, such as octopusdeploy/calamari:2026.3.666"))
        .toList();
  }

  private static boolean isBlank(String reference) {
    return reference == null || reference.isBlank();
  }
}
