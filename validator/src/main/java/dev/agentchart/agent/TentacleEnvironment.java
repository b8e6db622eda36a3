package dev.agentchart.agent;

import dev.agentchart.yaml.Json;
import io.kubernetes.client.openapi.models.V1EnvVar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Tentacle container's environment as the agent process sees it, with the problems found while
 * reading it. Reading never stops at the first problem: each accessor records what is wrong and
 * returns a stand-in, and the reader reports all problems at the end.
 */
final class TentacleEnvironment {

  private final Map<String, String> values = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  /**
   * Variables with {@code valueFrom} are resolved by the kubelet from Secrets and ConfigMaps that a
   * chart render does not contain, so they are left out. When a name repeats, the kubelet gives the
   * process the last value, which is how the chart's user-supplied variables override generated
   * ones.
   */
  TentacleEnvironment(List<V1EnvVar> env) {
    for (V1EnvVar variable : env) {
      if (variable.getValueFrom() == null) {
        values.put(variable.getName(), variable.getValue() == null ? "" : variable.getValue());
      }
    }
  }

  List<String> problems() {
    return problems;
  }

  void problem(String variable, String message) {
    problems.add(variable + ": " + message);
  }

  /**
   * A variable the agent cannot work without. The agent itself only fails on an absent one; an
   * empty one is refused here as well, as no script pod can be created with an empty name.
   */
  String required(String variable, String purpose) {
    String value = values.get(variable);
    if (value == null) {
      problem(variable, "missing; the agent requires it as " + purpose);
    } else if (value.isBlank()) {
      problem(variable, "empty; the agent requires it as " + purpose);
    }
    return value;
  }

  /**
   * A variable that may be absent. The chart emits these only when non-empty (FACTS.md §3), so an
   * empty one is taken as unset rather than as a value such as an image named {@code ""}.
   */
  String optional(String variable) {
    String value = values.get(variable);
    return value == null || value.isBlank() ? null : value;
  }

  String optional(String variable, String fallback) {
    String value = optional(variable);
    return value == null ? fallback : value;
  }

  /**
   * .NET's {@code bool.TryParse}, which the agent uses: {@code true} or {@code false} in any case,
   * surrounded by any white space. Anything else the agent silently takes as false; here it is a
   * problem, as a silently ignored setting is the kind of defect this toolkit exists to catch.
   */
  boolean bool(String variable) {
    String value = values.get(variable);
    if (value == null) {
      return false;
    }
    String word = value.strip().toLowerCase(Locale.ROOT);
    if (!word.equals("true") && !word.equals("false")) {
      problem(
          variable, Json.quote(value) + " is not true or false; the agent would read it as false");
    }
    return word.equals("true");
  }

  /** The comma-separated list the agent splits, trims and drops empty items from. */
  List<String> names(String variable) {
    String value = values.get(variable);
    List<String> names = new ArrayList<>();
    if (value != null) {
      for (String item : value.split(",")) {
        if (!item.isBlank()) {
          names.add(item.strip());
        }
      }
    }
    return names;
  }

  /** The raw value, or null when the variable is absent; for settings passed on unchanged. */
  String raw(String variable) {
    return values.get(variable);
  }
}
