package dev.agentchart.rules;

import io.kubernetes.client.openapi.models.V1Pod;
import java.util.List;
import java.util.Optional;

/**
 * An {@code image.pullPolicy} the API does not know. The values are those of a container's
 * imagePullPolicy and just as case-sensitive; an empty one counts as unset, as in Go, and is
 * defaulted (Always for a {@code :latest} image, IfNotPresent otherwise).
 */
final class ImagePullPolicyRule implements PodRule {

  static final String ID = "image-volume-pull-policy";

  private static final List<String> POLICIES = List.of("Always", "IfNotPresent", "Never");

  @Override
  public List<Violation> check(V1Pod pod, KubernetesRelease release) {
    if (!release.hasImageVolumes()) {
      return List.of();
    }
    return ImageVolumes.of(pod).stream()
        .filter(v -> isUnknown(v.volume().getImage().getPullPolicy()))
        .map(volume -> violation(volume, volume.volume().getImage().getPullPolicy()))
        .toList();
  }

  private static boolean isUnknown(String policy) {
    return policy != null && !policy.isEmpty() && !POLICIES.contains(policy);
  }

  private static Violation violation(ImageVolumes.Volume volume, String policy) {
    String remedy =
        caseCorrected(policy)
            .map(right -> "write " + right)
            .orElse(
                "leave it out for the default, Always for a :latest image and IfNotPresent"
                    + " otherwise");
    return new Violation(
        ID,
        volume.path(),
        "image.pullPolicy Always, IfNotPresent or Never, or none",
        "image.pullPolicy \"" + policy + "\"",
        "with the ImageVolume gate on, the API server rejects image.pullPolicy \""
            + policy
            + "\": it is case-sensitive and one of Always, IfNotPresent or Never; "
            + remedy);
  }

  private static Optional<String> caseCorrected(String policy) {
    return POLICIES.stream().filter(p -> p.equalsIgnoreCase(policy)).findFirst();
  }
}
