package dev.agentchart.golden;

import dev.agentchart.compose.ClusterVersion;

/**
 * A Kubernetes version of the matrix: the version Helm renders for, and the version the agent reads
 * from the API server's {@code /version}, which providers may report with a suffixed minor such as
 * {@code 34+}.
 *
 * @param major the major the agent reads, or null to parse {@code helm}
 * @param minor the minor the agent reads, or null to parse {@code helm}
 */
public record KubeTarget(String helm, String major, String minor) {

  /** What the agent makes of the version. */
  public ClusterVersion cluster() {
    return major == null ? ClusterVersion.parse(helm) : ClusterVersion.of(major, minor);
  }

  /** The folder name of the version, such as {@code k8s-1.35.0} or {@code k8s-1.34+}. */
  public String folder() {
    return "k8s-" + (major == null ? helm : major + "." + minor);
  }

  /** How the version is shown in golden files. */
  public String reported() {
    return major == null ? helm : "major " + major + ", minor " + minor;
  }
}
