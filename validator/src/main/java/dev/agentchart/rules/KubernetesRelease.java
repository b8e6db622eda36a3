package dev.agentchart.rules;

import java.util.List;

/**
 * One row of the version table: what the API offers for image volumes from this minor on.
 *
 * @param major the major version, 1
 * @param minor the first minor of the row
 * @param imageVolumeStage {@code none} (no image volume source), {@code alpha}, {@code beta} or
 *     {@code ga}
 * @param imageVolumeOnByDefault whether the ImageVolume feature gate is on by default
 * @param imageSubPathAllowed whether a mount of an image volume may use subPath or subPathExpr
 */
public record KubernetesRelease(
    int major,
    int minor,
    String imageVolumeStage,
    boolean imageVolumeOnByDefault,
    boolean imageSubPathAllowed) {

  /** The stages of a feature, in the order a feature goes through them. */
  public static final List<String> STAGES = List.of("none", "alpha", "beta", "ga");

  public KubernetesRelease {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException("version " + major + "." + minor + " is negative");
    }
    if (!STAGES.contains(imageVolumeStage)) {
      throw new IllegalArgumentException(
          "image volume stage '" + imageVolumeStage + "' is not one of " + STAGES);
    }
  }

  /** {@code 1.31}. */
  public String version() {
    return major + "." + minor;
  }

  /** Whether the API of this release has the image volume source at all. */
  public boolean hasImageVolumes() {
    return !imageVolumeStage.equals("none");
  }
}
