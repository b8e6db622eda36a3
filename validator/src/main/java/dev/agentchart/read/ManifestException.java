package dev.agentchart.read;

import java.util.List;

/**
 * A render that cannot be read, or an object that is not in it. Carries every problem found in the
 * first document that could not be read, each naming its template, object and field path, so that
 * all of them can be fixed in one pass.
 */
public class ManifestException extends Exception {

  private final List<String> problems;

  public ManifestException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public ManifestException(String problem) {
    this(List.of(problem));
  }

  /** One line per problem, in document order. */
  public List<String> problems() {
    return problems;
  }
}
