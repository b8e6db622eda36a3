package dev.agentchart.rules;

/**
 * One broken rule.
 *
 * @param rule the stable rule id, such as {@code image-volume-gate-off}
 * @param path where in the pod, such as {@code spec.volumes[2]}
 * @param expected what the API would accept or honour there
 * @param actual what the pod has
 * @param message what the API does with it and what would be right
 */
public record Violation(String rule, String path, String expected, String actual, String message) {

  @Override
  public String toString() {
    return rule + " at " + path + ": " + message;
  }
}
