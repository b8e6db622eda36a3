package dev.agentchart.compose;

/**
 * What Octopus Server sends the agent for one script, as far as it shapes the script pod.
 *
 * @param ticketId the script ticket; names the pod and its work directory
 * @param serverTaskId the server task the script belongs to
 * @param toolName the Calamari flavour the step needs, e.g. {@code Calamari.Terraform}, or null
 *     when it needs none
 * @param calamariVersion the Calamari version, e.g. {@code 2026.3.666}, or null
 * @param rawScript whether the script runs without Calamari at all
 * @param image the step's own container image, or null for the agent's choice
 */
public record ScriptStep(
    String ticketId,
    String serverTaskId,
    String toolName,
    String calamariVersion,
    boolean rawScript,
    String image) {

  public ScriptStep {
    if (ticketId == null || ticketId.isBlank()) {
      throw new IllegalArgumentException("A script step needs a ticket id; it names the pod");
    }
  }
}
