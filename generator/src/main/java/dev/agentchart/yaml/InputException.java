package dev.agentchart.yaml;

import java.util.List;

/**
 * Input that cannot be used at all: unreadable, not YAML, hostile, or not of the expected shape.
 * Carries every problem found, each already located, so that a user fixes them in one pass.
 */
public class InputException extends Exception {

  private final List<String> problems;

  public InputException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public InputException(String problem) {
    this(List.of(problem));
  }

  public List<String> problems() {
    return problems;
  }
}
