package dev.agentchart.model;

import java.util.List;

/**
 * How a value reaches the agent: the variable it is written to, when, and in which form.
 *
 * @param fallback Helm pipeline used through {@code default} when the value is empty, or null
 * @param secretKeyRef when set, the variable is read from this Secret key instead of a literal
 */
public record EnvBinding(
    String name,
    Emit emit,
    List<String> when,
    Encoding encoding,
    String fallback,
    SecretKeyRef secretKeyRef) {

  /** When the variable is written. */
  public enum Emit {
    /** On every render. */
    ALWAYS,
    /** Only when the value is set: not empty, false or zero, as Helm's {@code if} decides. */
    NON_EMPTY,
    /** Only when every value in {@code when} is set. */
    WHEN
  }

  /** The form the value takes in the variable. */
  public enum Encoding {
    PLAIN,
    QUOTED,
    JSON,
    CSV,
    NAMES
  }

  /** A key of a Secret; {@code name} is Helm template text. */
  public record SecretKeyRef(String name, String key) {}
}
