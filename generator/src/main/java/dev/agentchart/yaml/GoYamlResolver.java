package dev.agentchart.yaml;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Plain scalars as Helm and the Kubernetes API read them: both go through go-yaml v2 (by way of
 * {@code sigs.k8s.io/yaml}), whose YAML 1.1 rules differ from SnakeYAML's in the corners users hit:
 * {@code y}, {@code Y}, {@code n} and {@code N} are booleans (so an unquoted {@code acceptEula: Y}
 * is {@code true}, not the string the chart expects), {@code 0755} is octal, and base-60 numbers
 * such as {@code 1:20} stay strings.
 */
public final class GoYamlResolver extends Resolver {

  private static final Pattern BOOL =
      Pattern.compile(
          "^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE"
              + "|on|On|ON|off|Off|OFF)$");
  private static final Pattern INT =
      Pattern.compile(
          "^(?:[-+]?0b[01_]+|[-+]?0o?[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+)$");
  private static final Pattern FLOAT =
      Pattern.compile(
          "^(?:[-+]?(?:\\.[0-9_]+|[0-9][0-9_]*(?:\\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?"
              + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");

  /** The words go-yaml v2 reads as {@code true}; every other boolean word is {@code false}. */
  static boolean isTrue(String word) {
    return switch (word) {
      case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON" -> true;
      default -> false;
    };
  }

  @Override
  protected void addImplicitResolvers() {
    addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
    addImplicitResolver(Tag.INT, INT, "-+0123456789");
    addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
    addImplicitResolver(Tag.MERGE, MERGE, "<");
    addImplicitResolver(Tag.NULL, NULL, "~nN\0");
    addImplicitResolver(Tag.NULL, EMPTY, null);
  }
}
