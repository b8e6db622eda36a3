package dev.agentchart.yaml;

/**
 * One reason a YAML file cannot be used, at its place.
 *
 * @param line 1-based, or 0 when the problem concerns the whole file
 * @param rule a stable id, such as {@code yaml-syntax} or {@code yaml-duplicate-key}
 */
public record YamlProblem(String file, int line, int column, String rule, String message) {

  static YamlProblem at(Location location, String rule, String message) {
    return new YamlProblem(location.file(), location.line(), location.column(), rule, message);
  }

  static YamlProblem whole(String file, String rule, String message) {
    return new YamlProblem(file, 0, 0, rule, message);
  }

  @Override
  public String toString() {
    return line == 0 ? file + ": " + message : file + ":" + line + ":" + column + ": " + message;
  }
}
