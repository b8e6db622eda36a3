package dev.agentchart.cli;

import dev.agentchart.compose.ClusterVersion;
import dev.agentchart.yaml.InputException;

/** {@code --kube-version}, read the way the agent reads the API server's version. */
final class KubeVersionOption {

  private KubeVersionOption() {}

  /** The version in {@code text}; a malformed one is unusable input naming the option. */
  static ClusterVersion parse(String text) throws InputException {
    try {
      return ClusterVersion.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InputException("--kube-version: " + e.getMessage());
    }
  }
}
