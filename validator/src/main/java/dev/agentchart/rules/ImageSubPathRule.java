package dev.agentchart.rules;

import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.ArrayList;
import java.util.List;

/**
 * A subPath or subPathExpr on a mount of an image volume where the API forbids it: the alpha API of
 * 1.31 and 1.32 rejects both; the beta of 1.33 allows them. Where the API has no image volumes at
 * all, {@link UnsupportedImageVolumeRule} reports the volume and this rule stays silent.
 */
final class ImageSubPathRule implements PodRule {

  static final String ID = "image-volume-subpath";

  private final String firstAllowed;

  ImageSubPathRule(VersionTable table) {
    this.firstAllowed =
        table.first(KubernetesRelease::imageSubPathAllowed, "allowing subPath").version();
  }

  @Override
  public List<Violation> check(V1Pod pod, KubernetesRelease release) {
    if (!release.hasImageVolumes() || release.imageSubPathAllowed()) {
      return List.of();
    }
    List<Violation> violations = new ArrayList<>();
    for (ImageVolumes.Mount mount : ImageVolumes.mounts(pod)) {
      String subPaths = subPaths(mount.mount());
      if (!subPaths.isEmpty()) {
        violations.add(
            new Violation(
                ID,
                mount.path(),
                "no subPath or subPathExpr on a mount of an image volume before Kubernetes "
                    + firstAllowed,
                subPaths + " on a mount of image volume \"" + mount.volume().getName() + "\"",
                "image volumes, "
                    + release.imageVolumeStage()
                    + " from Kubernetes "
                    + release.version()
                    + ", cannot be mounted with subPath or subPathExpr: with the ImageVolume gate"
                    + " on, the API server rejects the pod; mount the whole volume, or use"
                    + " Kubernetes "
                    + firstAllowed
                    + " or later, where both are allowed"));
      }
    }
    return violations;
  }

  /** {@code subPath "x"}, {@code subPathExpr "$(X)"}, both, or "" when the mount has neither. */
  private static String subPaths(V1VolumeMount mount) {
    List<String> set = new ArrayList<>();
    if (mount.getSubPath() != null && !mount.getSubPath().isEmpty()) {
      set.add("subPath \"" + mount.getSubPath() + "\"");
    }
    if (mount.getSubPathExpr() != null && !mount.getSubPathExpr().isEmpty()) {
      set.add("subPathExpr \"" + mount.getSubPathExpr() + "\"");
    }
    return String.join(" and ", set);
  }
}
