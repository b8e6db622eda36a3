package dev.agentchart.model;

import java.util.List;

/** One variable of the Tentacle container's environment, in the order the model gives. */
public sealed interface EnvironmentEntry
    permits EnvironmentEntry.Declared, EnvironmentEntry.Derived {

  String name();

  /** A variable that one or more values declare in their {@link EnvBinding}. */
  record Declared(String name, List<ValueNode.Value> sources) implements EnvironmentEntry {}

  /**
   * A variable fed by the release, the chart or a constant.
   *
   * @param value Helm template text for the value, or null when {@code secretKeyRef} is set
   * @param when values that must all be set for the variable to be written
   * @param whenAny values of which one must be set for the variable to be written
   */
  record Derived(
      String name,
      String doc,
      String value,
      EnvBinding.SecretKeyRef secretKeyRef,
      List<String> when,
      List<String> whenAny)
      implements EnvironmentEntry {}
}
