package dev.agentchart.yaml;

import java.util.List;

/** A file that was read but is not usable YAML: each problem located and named by a rule. */
public class YamlException extends InputException {

  private final List<YamlProblem> yamlProblems;

  public YamlException(List<YamlProblem> problems) {
    super(problems.stream().map(YamlProblem::toString).toList());
    this.yamlProblems = List.copyOf(problems);
  }

  public List<YamlProblem> yamlProblems() {
    return yamlProblems;
  }
}
