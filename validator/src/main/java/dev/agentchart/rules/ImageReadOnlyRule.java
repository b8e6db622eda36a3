package dev.agentchart.rules;

import io.kubernetes.client.openapi.models.V1Pod;
import java.util.List;

/**
 * A mount of an image volume that asks to be writable. The kubelet always mounts an image volume
 * read-only (KEP-4639); the API cannot refuse {@code readOnly: false}, which in Go is the same as
 * leaving it out, so the mistake shows only when a container tries to write.
 */
final class ImageReadOnlyRule implements PodRule {

  static final String ID = "image-volume-read-only";

  @Override
  public List<Violation> check(V1Pod pod, KubernetesRelease release) {
    if (!release.hasImageVolumes()) {
      return List.of();
    }
    return ImageVolumes.mounts(pod).stream()
        .filter(m -> Boolean.FALSE.equals(m.mount().getReadOnly()))
        .map(
            mount ->
                new Violation(
                    ID,
                    mount.path(),
                    "readOnly unset or true on a mount of an image volume",
                    "readOnly false on a mount of image volume \""
                        + mount.volume().getName()
                        + "\"",
                    "an image volume is always mounted read-only: the API server accepts"
                        + " readOnly: false, but the kubelet mounts the image read-only all the"
                        + " same, so a container that writes there fails at run time; leave"
                        + " readOnly out, as the agent does, or set it to true"))
        .toList();
  }
}
