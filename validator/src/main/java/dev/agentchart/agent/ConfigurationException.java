package dev.agentchart.agent;

import java.util.List;

/**
 * The Tentacle container's environment cannot configure the agent. Carries every problem found in
 * one reading, each naming the variable, its bad value and what is wrong, so that all can be fixed
 * in one pass.
 */
public class ConfigurationException extends Exception {

  private final List<String> problems;

  public ConfigurationException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
