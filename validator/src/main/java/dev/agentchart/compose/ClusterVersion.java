package dev.agentchart.compose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kubernetes version as the agent reads it from {@code /version}: only the digits of major and
 * minor count (FACTS.md §5). Patch level and provider suffixes never change what the agent does.
 */
public record ClusterVersion(int major, int minor) {

  // "1.35", "v1.35.2", "v1.35.0-eks-113cf36", "1.36.0", "v1.35.2+k3s1": an optional v, major and
  // minor, an optional patch, then an optional pre-release or build suffix as providers add them.
  private static final Pattern VERSION =
      Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.\\d+)?(?:[-+][0-9A-Za-z.+-]*)?");

  private static final String ACCEPTED =
      "expected major.minor, with an optional v, patch and suffix,"
          + " e.g. 1.35, v1.35.2 or v1.35.0-eks-113cf36";

  public ClusterVersion {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException(
          "Not a Kubernetes version: "
              + major
              + "."
              + minor
              + "; major and minor are never negative");
    }
  }

  /** A version as people and {@code gitVersion} write it: "1.35", "v1.35.2", "v1.35.0-eks-1". */
  public static ClusterVersion parse(String text) {
    Matcher matcher = text == null ? null : VERSION.matcher(text.strip());
    if (matcher == null || !matcher.matches()) {
      throw new IllegalArgumentException(
          "Not a Kubernetes version: " + quoted(text) + "; " + ACCEPTED);
    }
    try {
      return new ClusterVersion(
          Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Not a Kubernetes version: " + quoted(text) + "; major and minor are too large");
    }
  }

  /**
   * The {@code major} and {@code minor} fields of {@code /version}, as providers report them
   * ({@code "1"}, {@code "35+"} on some managed clusters). Like the agent, every character that is
   * not a digit is dropped before the number is read.
   */
  public static ClusterVersion of(String major, String minor) {
    String majorDigits = major == null ? "" : major.replaceAll("[^0-9]", "");
    String minorDigits = minor == null ? "" : minor.replaceAll("[^0-9]", "");
    String given = "major " + quoted(major) + ", minor " + quoted(minor);
    if (majorDigits.isEmpty() || minorDigits.isEmpty()) {
      throw new IllegalArgumentException(
          "Not a Kubernetes version: "
              + given
              + "; each must contain digits, as /version reports them, e.g. major \"1\","
              + " minor \"35+\"");
    }
    try {
      return new ClusterVersion(Integer.parseInt(majorDigits), Integer.parseInt(minorDigits));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Not a Kubernetes version: " + given + "; major and minor are too large");
    }
  }

  /** Whether this version comes before {@code major.minor}. */
  public boolean isBefore(int major, int minor) {
    return this.major < major || (this.major == major && this.minor < minor);
  }

  /** {@code major.minor}, as the agent prints it in the task log: "1.35". */
  @Override
  public String toString() {
    return major + "." + minor;
  }

  private static String quoted(String text) {
    return text == null ? "null" : "\"" + text + "\"";
  }
}
