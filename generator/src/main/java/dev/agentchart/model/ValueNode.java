package dev.agentchart.model;

import java.util.List;

/** A node of the values tree: a group of keys, or a value. */
public sealed interface ValueNode permits ValueNode.Group, ValueNode.Value {

  /** The key within its parent, such as {@code calamariImageVolume}. */
  String key();

  /** The dotted path from the root, such as {@code scriptPods.calamariImageVolume}. */
  String path();

  String doc();

  /** The README section id, inherited from the nearest group that names one. */
  String section();

  /**
   * A group of keys.
   *
   * @param open whether keys the model does not declare are accepted (Helm's {@code global})
   */
  record Group(
      String key, String path, String doc, String section, List<ValueNode> children, boolean open)
      implements ValueNode {}

  /**
   * A value with its default, constraints and, when the agent reads it, its variable.
   *
   * @param pattern a regular expression the value must match
   * @param notPattern a regular expression the value must not match
   */
  record Value(
      String key,
      String path,
      String doc,
      String section,
      ValueType type,
      Object defaultValue,
      List<String> allowed,
      String pattern,
      String notPattern,
      Long minimum,
      Long maximum,
      String items,
      EnvBinding env)
      implements ValueNode {}
}
